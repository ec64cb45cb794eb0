package org.marsad.geo;

/**
 * One name of an entry. A weak alias is a common word as well and is used only after a strong mention of
 * the same entry or right after a place word; a contextual alias ({@code context} set) only when that
 * country is in the document's focus.
 */
record Alias(CatalogEntry entry, boolean weak, String context) {
    boolean plain() {
        return !weak && context == null;
    }
}
