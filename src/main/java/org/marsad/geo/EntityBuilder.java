package org.marsad.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.text.ArabicNormalizer;

/**
 * Groups mentions into entities: one per catalog entry; unknown names by type and normalized text; a
 * one-word unknown person name that is the last name of a longer person mention joins that person.
 */
final class EntityBuilder {
    private EntityBuilder() {
    }

    static List<Entity> build(List<Found> found) {
        Map<String, List<Found>> groups = new LinkedHashMap<>();
        Map<String, String> lastNames = new HashMap<>();
        for (Found f : found) {
            Found h = f.head();
            if (h.type() == EntityType.PER && h.to() - h.from() >= 2 && h == f) {
                lastNames.putIfAbsent(h.units().norm[h.to() - 1], key(h));
            }
        }
        for (Found f : found) {
            Found h = f.head();
            String k = key(h);
            if (h.entry == null && h.type() == EntityType.PER && h.to() - h.from() == 1) {
                String full = lastNames.get(h.units().norm[h.from()]);
                if (full != null) k = full;
            }
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
        }
        List<Entity> out = new ArrayList<>(groups.size());
        int n = 0;
        for (List<Found> g : groups.values()) {
            Found named = null;
            for (Found f : g) {
                if (f.antecedent == null && (named == null || f.end() - f.start() > named.end() - named.start())) named = f;
            }
            if (named == null) named = g.get(0).head();
            CatalogEntry e = named.entry;
            List<Mention> mentions = new ArrayList<>(g.size());
            for (Found f : g) mentions.add(f.mention());
            EntityType type = named.type() == null ? EntityType.MISC : named.type();
            if (e != null) {
                out.add(new Entity("e" + (++n), e.type(), e.nameAr(), e.nameEn(), e.kb(), mentions, e.geo()));
            } else {
                out.add(new Entity("e" + (++n), type, named.text(), null, null, mentions, null));
            }
        }
        return out;
    }

    private static String key(Found h) {
        if (h.entry != null) return h.entry.id();
        return "?" + h.type() + "|" + ArabicNormalizer.normalizeForMatching(h.text());
    }
}
