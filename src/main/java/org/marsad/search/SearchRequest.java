package org.marsad.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * One search: an Arabic query (Lucene syntax; null or blank lists everything, newest first), filters and
 * a page. {@code expandWithEntities} are store entity ids whose names match the query: documents that
 * mention them match too (so a query for an alias finds documents that name the entity otherwise).
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, String entity, String country, String plover,
                            int page, int size, Set<String> expandWithEntities) {
}
