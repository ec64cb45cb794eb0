package org.marsad.model;

import java.util.Locale;

/** PLOVER's auxiliary modes for whether an event happened. */
public enum Modality {
    ASSERTED, HYPOTHETICAL, FUTURE, NEGATED, HISTORICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
