package org.marsad.store;

import java.time.LocalDate;

/**
 * Filters on events (and on the documents that report them); every field may be null.
 *
 * @param entity a store entity id: the event's actor, target or location
 * @param country ISO-3166 alpha-2 code of the event's location
 * @param plover a PLOVER event type (case-insensitive)
 */
public record EventFilter(LocalDate from, LocalDate to, String entity, String country, String plover) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null);
}
