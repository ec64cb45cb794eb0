package org.marsad.model;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Text that came with the article but is not part of it: related headlines, social embeds, links,
 * captions. {@code meta} holds strings or lists of strings (an embed's author, handle, date, links), in the order of
 * their keys: {@code Map.copyOf} iterates in an order salted anew in each JVM, so the same article written twice
 * gave different bytes.
 */
public record Boilerplate(Kind kind, String text, Map<String, Object> meta) {
    public enum Kind {
        RELATED_HEADLINE, SOCIAL_EMBED, LINK, CAPTION, OTHER;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromWireName(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    public Boilerplate {
        if (meta == null || meta.isEmpty()) {
            meta = Map.of();
        } else {
            TreeMap<String, Object> sorted = new TreeMap<>();
            meta.forEach((k, v) -> sorted.put(Objects.requireNonNull(k, "meta key"), Objects.requireNonNull(v, "meta value")));
            meta = Collections.unmodifiableMap(sorted);
        }
    }
}
