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
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EntityKeys() {
    }

    static String id(Entity e) {
        if (e.kb() != null && !e.kb().isBlank()) {
            String kb = e.kb().trim();
            return URL_SAFE.matcher(kb).matches() ? kb : "k" + hash("kb|" + kb);
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

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
