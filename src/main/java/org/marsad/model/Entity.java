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

    /** The same entity with more mentions after its own (a coreferent title, head noun or group found later). */
    public Entity withMentions(java.util.Collection<Mention> more) {
        List<Mention> all = new java.util.ArrayList<>(mentions);
        all.addAll(more);
        return new Entity(id, type, name, nameEn, kb, all, geo);
    }
}
