package org.marsad.model;

/**
 * The origin of one document: a file path (or "-" for stdin), a URL when known, and the input format.
 * A WARC record or a feed item shares the path of its container and has its own URL.
 */
public record SourceRef(String path, String url, SourceFormat format) {
    public SourceRef {
        if (format == null) throw new IllegalArgumentException("format is required");
    }

    public SourceRef withUrl(String newUrl) {
        return new SourceRef(path, newUrl, format);
    }

    /** A short label for messages: the path, the URL, or "(input)". */
    public String label() {
        if (path != null && url != null) return path + " " + url;
        if (path != null) return path;
        return url != null ? url : "(input)";
    }
}
