package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipelines;
import org.marsad.text.ArabicNormalizer;

/** Golden test on ../shared/corpus/iraq-isis-2024-12.txt against its expected.json (entities part). */
class GoldenIraqIsisLinkingTest {
    private static final Path CORPUS = Path.of("../shared/corpus");

    @Test
    void mustEntitiesAreOneEntityEachWithAllSurfaces_placesWithinDistance_mustNotAbsent() throws Exception {
        Path txt = CORPUS.resolve("iraq-isis-2024-12.txt");
        Path expected = CORPUS.resolve("iraq-isis-2024-12.expected.json");
        Assumptions.assumeTrue(Files.exists(txt) && Files.exists(expected), "../shared absent: skipping the golden linking test");
        JsonNode exp = new ObjectMapper().readTree(expected.toFile());
        Analysis a = Pipelines.standard().defaultPublished("2024-12-19").build()
                .analyze(RawDocument.plainText(new SourceRef(txt.toString(), null, SourceFormat.TEXT), Files.readAllBytes(txt)));
        List<String> problems = new ArrayList<>();
        for (JsonNode must : exp.get("entities").get("must")) {
            String nameEn = must.get("name_en").asText();
            EntityType type = EntityType.valueOf(must.get("type").asText());
            Entity owner = null;
            for (JsonNode s : must.get("surfaces")) {
                Entity e = entityWithSurface(a, type, s.asText());
                if (e == null) {
                    problems.add(nameEn + ": no " + type + " mention covering '" + s.asText() + "'");
                } else if (owner == null) {
                    owner = e;
                } else if (owner != e) {
                    problems.add(nameEn + ": '" + s.asText() + "' is in " + e.name() + ", not in " + owner.name());
                }
            }
            if (owner != null && must.has("country")) {
                if (owner.geo() == null) {
                    problems.add(nameEn + ": no coordinates");
                } else {
                    if (!must.get("country").asText().equals(owner.geo().country())) problems.add(nameEn + ": country " + owner.geo().country());
                    if (must.has("approx_lat")) {
                        double km = Distance.km(owner.geo().lat(), owner.geo().lon(), must.get("approx_lat").asDouble(), must.get("approx_lon").asDouble());
                        double limit = nameEn.contains("Badia") ? 100 : 50;
                        if (km > limit) problems.add(nameEn + ": " + Math.round(km) + " km from the expected point");
                    }
                }
            }
        }
        for (JsonNode not : exp.get("entities").get("must_not")) {
            String s = ArabicNormalizer.normalizeForMatching(not.get("surface").asText());
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) {
                    if (ArabicNormalizer.normalizeForMatching(m.text()).contains(s)) problems.add("must_not surface found: " + m.text());
                }
            }
        }
        assertThat(problems).isEmpty();
        // known places carry their reference coordinates: Washington and Baghdad as cities of their countries
        assertThat(a.entities()).filteredOn(e -> "Washington, D.C.".equals(e.nameEn()))
                .singleElement().satisfies(e -> assertThat(Distance.km(e.geo().lat(), e.geo().lon(), 38.9, -77.04)).isLessThan(50));
        assertThat(a.entities()).filteredOn(e -> "Baghdad".equals(e.nameEn()))
                .singleElement().satisfies(e -> assertThat(Distance.km(e.geo().lat(), e.geo().lon(), 33.34, 44.4)).isLessThan(50));
    }

    /** The entity of that type with a mention whose normalized text contains the normalized surface. */
    private static Entity entityWithSurface(Analysis a, EntityType type, String surface) {
        String s = ArabicNormalizer.normalizeForMatching(surface);
        Entity best = null;
        int bestLen = Integer.MAX_VALUE;
        for (Entity e : a.entities()) {
            if (e.type() != type) continue;
            for (Mention m : e.mentions()) {
                String t = ArabicNormalizer.normalizeForMatching(m.text());
                if (t.contains(s) && t.length() < bestLen) {
                    best = e;
                    bestLen = t.length();
                }
            }
        }
        return best;
    }
}
