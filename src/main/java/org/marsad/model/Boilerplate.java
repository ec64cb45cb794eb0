package org.marsad.model;

import java.util.Locale;
import java.util.Map;

/**
 * Text that came with the article but is not part of it: related headlines, social embeds, links,
 * captions. {@code meta} holds strings or lists of strings (an embed's author, handle, date, links).
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
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }
}
