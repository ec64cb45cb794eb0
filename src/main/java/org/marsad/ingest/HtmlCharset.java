package org.marsad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset an HTML page declares about itself, from its raw bytes, before decoding: a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">} within
 * the first 8 KB, read as ASCII (the HTML standard pre-scans 1 KB; pages with long heads declare later).
 * Labels map as browsers map them:
 * iso-8859-1 and us-ascii mean windows-1252, and cp1256/arabic aliases resolve to their Java charsets.
 */
public final class HtmlCharset {
    private static final int PRESCAN = 8192;
    private static final Pattern META = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    /** The declared charset, or null when none is declared or the label is unknown. */
    public static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) return null;
        return forLabel(m.group(1));
    }

    /** A charset label as browsers read it, or null when unknown. */
    public static Charset forLabel(String label) {
        if (label == null) return null;
        String l = label.strip().toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "latin1", "us-ascii", "ascii", "iso8859-1" -> l = "windows-1252";
            case "cp1256", "x-cp1256", "arabic" -> l = "windows-1256";
            case "iso-8859-6-i", "iso-8859-6-e", "asmo-708" -> l = "iso-8859-6";
            case "utf8" -> l = "utf-8";
            default -> {
            }
        }
        try {
            return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
