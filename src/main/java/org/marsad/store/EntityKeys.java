package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.model.Entity;
import org.marsad.text.ArabicNormalizer;

/**
 * Store-wide entity ids. An entity with a knowledge-base id is that id (when it is URL-safe), so that one
 * referent has one id across documents; otherwise the id hashes its type and normalized name.
 */
final class EntityKeys {
    /** SHA-256 digests are not thread-safe; one per thread instead of a provider look-up per id. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EntityKeys() {
    }

    static String id(Entity e) {
        if (e.kb() != null && !e.kb().isBlank()) {
            String kb = e.kb().trim();
            return urlSafe(kb) ? kb : "k" + hash("kb|" + kb);
        }
        return "e" + hash(e.type().name() + "|" + normalize(e.name()));
    }

    /** The form names are compared and looked up in: normalized Arabic, lower-case Latin, single spaces. */
    static String normalize(String name) {
        if (name == null) return "";
        String n = ArabicNormalizer.normalizeForMatching(name).toLowerCase(Locale.ROOT).trim();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            // only runs of spaces and other white space need the pattern
            if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < n.length() && Character.isWhitespace(n.charAt(i + 1))))) {
                return SPACES.matcher(n).replaceAll(" ");
            }
        }
        return n;
    }

    /** {@code [A-Za-z0-9._:-]{1,64}}, without a regex match per entity. */
    static boolean urlSafe(String s) {
        if (s.isEmpty() || s.length() > 64) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) return false;
        }
        return true;
    }

    private static String hash(String s) {
        byte[] d = SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
        return HexFormat.of().formatHex(d, 0, 8);
    }
}
