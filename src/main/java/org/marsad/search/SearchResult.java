package org.marsad.search;

import java.util.List;
import java.util.Map;

/** A page of hits with the total and facet counts (value → documents) over every match. */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    /** One hit; {@code snippet} has the matched words in {@code <b>} tags; the story id comes from the store. */
    public record Hit(String id, String title, String published, String storyId, float score, String snippet) {
        public Hit withStory(String story) {
            return new Hit(id, title, published, story, score, snippet);
        }
    }
}
