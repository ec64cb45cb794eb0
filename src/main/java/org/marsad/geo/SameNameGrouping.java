package org.marsad.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.NamedMention;
import org.marsad.text.ArabicNormalizer;

/**
 * The simplest linker: mentions with the same type and the same normalized text are one entity, with no
 * knowledge-base id. Used when no catalog is available.
 */
public final class SameNameGrouping implements EntityLinker {
    @Override
    public List<Entity> link(ArticleText article, List<NamedMention> names) {
        Map<String, List<NamedMention>> groups = new LinkedHashMap<>();
        for (NamedMention name : names) {
            String key = name.type() + "|" + ArabicNormalizer.normalizeForMatching(name.mention().text());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
        }
        List<Entity> entities = new ArrayList<>(groups.size());
        int n = 0;
        for (List<NamedMention> group : groups.values()) {
            List<Mention> mentions = group.stream().map(NamedMention::mention).toList();
            EntityType type = group.get(0).type();
            entities.add(new Entity("e" + (++n), type, mentions.get(0).text(), null, null, mentions, null));
        }
        return entities;
    }
}
