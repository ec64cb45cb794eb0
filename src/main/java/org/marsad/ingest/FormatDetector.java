package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.marsad.model.SourceFormat;

/**
 * Tells what an input is. Strong content signatures come first (a WARC header, an XML RSS/Atom/RDF
 * root), then an extension naming a format (after any {@code .gz}), then an HTML doctype or root (which
 * beats ".txt"), then weak sniffing (a first line that is a JSON object, many HTML tags); plain text
 * otherwise. Gzip itself is undone before this.
 */
public final class FormatDetector {
    private static final int SNIFF = 4096;

    private FormatDetector() {
    }

    /** @param name the file name (may be null or "-"); @param bytes the (decompressed) content */
    public static SourceFormat detect(String name, byte[] bytes) {
        String head = head(bytes);
        String lower = head.toLowerCase(Locale.ROOT);
        if (head.startsWith("WARC/1.") || head.startsWith("WARC/0.")) return SourceFormat.WARC;
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf:rdf")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) return SourceFormat.RSS;
            if (lower.contains("<html")) return SourceFormat.HTML;
        }
        // a name that promises a container format is trusted (a .rss holding an error page is a bad feed)
        SourceFormat byName = byExtension(name);
        if (byName != null && byName != SourceFormat.TEXT) return byName;
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) return SourceFormat.HTML;
        if (byName != null) return byName;
        if (lower.startsWith("{") && firstLine(head).strip().endsWith("}")) return SourceFormat.JSONL;
        if (lower.startsWith("<head") || lower.startsWith("<body") || lower.startsWith("<meta") || tagCount(lower) >= 5) {
            return SourceFormat.HTML;
        }
        return SourceFormat.TEXT;
    }

    /** The format named by a file's extension (a trailing .gz ignored), or null. */
    public static SourceFormat byExtension(String name) {
        if (name == null) return null;
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".warc") || n.endsWith(".arc")) return SourceFormat.WARC;
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".rdf")) return SourceFormat.RSS;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml")) return SourceFormat.HTML;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonlines")) return SourceFormat.JSONL;
        if (n.endsWith(".txt") || n.endsWith(".text")) return SourceFormat.TEXT;
        return null;
    }

    /** The start of the content as ASCII-compatible text, without BOM and leading white space. */
    private static String head(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int start = 0;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) start = 3;
        String s;
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) s = new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        else if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) s = new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        else s = new String(bytes, start, n - start, StandardCharsets.ISO_8859_1);
        return s.stripLeading();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static int tagCount(String s) {
        int n = 0;
        for (String tag : new String[]{"<p>", "<p ", "<div", "</p>", "<br", "<a href", "<span", "<h1", "<h2"}) {
            for (int i = s.indexOf(tag); i >= 0; i = s.indexOf(tag, i + 1)) n++;
        }
        return n;
    }
}
