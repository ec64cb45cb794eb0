package org.marsad.model;

import java.util.Locale;

/** Which text of an article a span points into. */
public enum Field {
    TITLE, TEXT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Field fromWireName(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
