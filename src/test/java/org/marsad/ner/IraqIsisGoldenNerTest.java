package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipelines;

/**
 * Golden test on a real scraped article: the PER and LOC entities a careful analyst marks as 'must' are
 * found by one of their named surfaces, and no 'must_not' surface is an article entity.
 */
class IraqIsisGoldenNerTest {
    private static final Path ARTICLE = Path.of("../shared/corpus/iraq-isis-2024-12.txt");
    private static final Path EXPECTED = Path.of("../shared/corpus/iraq-isis-2024-12.expected.json");
    /**
     * Must entities the standard pipeline still misses, kept visible here rather than hidden: a test fails
     * when one of them starts being found, so that the list stays true. (The tagger alone misses البادية and
     * مخيم الهول; the catalog linker finds them, see docs/ner-model-card.md.)
     */
    private static final Set<String> KNOWN_MISSES = Set.of();

    @Test
    void findsMustPeopleAndPlacesAndNoMustNot() throws Exception {
        Assumptions.assumeTrue(Files.exists(ARTICLE) && Files.exists(EXPECTED), "../shared absent: skipping the iraq-isis golden NER test");
        Analysis a = Pipelines.standard().build().analyze(RawDocument.plainText(
                new SourceRef(ARTICLE.toString(), null, SourceFormat.TEXT), Files.readAllBytes(ARTICLE)));
        Set<String> found = new TreeSet<>();
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) found.add(e.type() + ":" + m.text());
        }
        JsonNode expected = new ObjectMapper().readTree(EXPECTED.toFile());
        List<String> missing = new ArrayList<>(), nowFound = new ArrayList<>();
        for (JsonNode must : expected.path("entities").path("must")) {
            String type = must.path("type").asText();
            if (!type.equals("PER") && !type.equals("LOC")) continue;
            boolean hit = false;
            for (JsonNode s : must.path("surfaces")) hit |= found.contains(type + ":" + s.asText());
            String name = must.path("name_en").asText();
            if (KNOWN_MISSES.contains(name)) {
                if (hit) nowFound.add(name);
            } else if (!hit) {
                missing.add(name + " " + must.path("surfaces"));
            }
        }
        assertThat(missing).as("must PER/LOC entities not found; found: %s", found).isEmpty();
        assertThat(nowFound).as("known misses now found: remove them from KNOWN_MISSES").isEmpty();
        for (JsonNode not : expected.path("entities").path("must_not")) {
            String surface = not.path("surface").asText();
            assertThat(a.entities()).as("must_not %s", surface)
                    .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().contains(surface)));
        }
    }
}
