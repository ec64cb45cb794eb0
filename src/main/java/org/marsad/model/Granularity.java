package org.marsad.model;

import java.util.Locale;

/** How precise a resolved date is. */
public enum Granularity {
    DAY, WEEK, MONTH, YEAR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
