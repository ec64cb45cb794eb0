package org.marsad.model;

import java.util.Locale;

/** Where a document came from, as named in the analysis contract's {@code source.format}. */
public enum SourceFormat {
    TEXT, HTML, RSS, WARC, JSONL;

    /** The lower-case name used in JSON and on the command line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceFormat fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
