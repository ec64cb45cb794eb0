package org.marsad.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the index holds of one stored document.
 *
 * @param entityIds   store-wide entity ids of its entities (filter and facet)
 * @param entityNames canonical names, English names and mention texts of its entities (searchable)
 * @param countries   ISO-3166 alpha-2 codes of its places and events (filter and facet)
 * @param plover      PLOVER types of its events (filter and facet)
 */
public record IndexedDocument(String id, String title, String text, LocalDate published,
                              Set<String> entityIds, String entityNames, Set<String> countries, Set<String> plover) {
}
