package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The store contract on the embedded H2 database (always run). */
class H2StoreTest extends StoreContract {
    @Override
    Store open(Path data) throws Exception {
        return Store.open(data, null);
    }

    @Test
    void storiesAreTheSameWhateverTheNumberOfThreads() throws Exception {
        Map<String, String> one, four;
        try (Store store = open(dir.resolve("one"))) {
            ingestArticles(store, 1);
            one = placements(store);
        }
        try (Store store = open(dir.resolve("four"))) {
            ingestArticles(store, 4);
            four = placements(store);
        }
        assertThat(one).hasSize(5);
        // which copy came first (the story's first document, the near-duplicate's original) follows the reading order
        assertThat(four).isEqualTo(one);
    }

    /** Each stored document's story and the document it duplicates. */
    private static Map<String, String> placements(Store store) throws Exception {
        Map<String, String> out = new TreeMap<>();
        store.exportAnalyses(EventFilter.ALL, 100, a -> {
            ObjectNode i = info(store, a.id());
            out.put(a.id(), i.path("story").asText() + " " + i.path("duplicate_of").asText("-"));
        });
        return out;
    }
}
