package org.marsad.model;

import java.util.List;

/**
 * One real-world actor or place named in a document, with all its mentions.
 *
 * @param kb  a knowledge-base id (Wikidata Q-id, GeoNames id or catalog id) or null when unknown
 * @param geo coordinates for places, or null
 */
public record Entity(String id, EntityType type, String name, String nameEn, String kb,
                     List<Mention> mentions, Geo geo) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
