package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marsad.model.Analysis;
import org.marsad.model.Event;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;

/** The shipped argument model: what it decides, and that it re-chooses arguments without touching detection. */
class ShippedArgumentModelTest {
    @Test
    void theShippedModelDecidesEveryRole() {
        ArgumentRanker model = ArgumentRanker.shipped();
        assertThat(model).as("src/main/resources/org/marsad/event/arguments.model").isNotNull();
        assertThat(model.decides("actor")).isTrue();
        assertThat(model.decides("target")).isTrue();
        assertThat(model.decides("location")).isTrue();
        assertThat(model.decides("date")).isTrue();
    }

    @Test
    void rerankingKeepsEveryEventItsTypeTriggerSentenceModalityAndFigures() throws Exception {
        Pipeline withModel = Pipelines.standard().defaultPublished("2024-03-05").build();
        Pipeline rulesOnly = Pipelines.standard().defaultPublished("2024-03-05").events(RuleEventCoder.rulesOnly()).build();
        List<Path> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples/articles"))) {
            files.sorted().forEach(articles::add);
        }
        Path corpus = Path.of("../shared/corpus/iraq-isis-2024-12.txt");
        if (Files.exists(corpus)) articles.add(corpus);
        int events = 0, changed = 0;
        for (Path p : articles) {
            RawDocument raw = RawDocument.plainText(new SourceRef(p.toString(), null, SourceFormat.TEXT), Files.readAllBytes(p));
            Analysis a = withModel.analyze(raw), b = rulesOnly.analyze(raw);
            assertThat(a.events()).hasSameSizeAs(b.events());
            for (int i = 0; i < a.events().size(); i++) {
                Event x = a.events().get(i), y = b.events().get(i);
                assertThat(x.plover()).isEqualTo(y.plover());
                assertThat(x.trigger()).isEqualTo(y.trigger());
                assertThat(x.sentence()).isEqualTo(y.sentence());
                assertThat(x.modality()).isEqualTo(y.modality());
                assertThat(x.fatalities()).isEqualTo(y.fatalities());
                // a statement keeps the rules' target (what a concern is about); see docs/event-arguments-model-card.md
                if (x.plover().equals("STATEMENT")) assertThat(x.target()).isEqualTo(y.target());
                if (x.target() != null) assertThat(a.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo(x.target()));
                if (x.location() != null) assertThat(a.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo(x.location()));
                assertThat(x.attribution()).isEqualTo(y.attribution());
                if (x.actor() != null) assertThat(a.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo(x.actor()));
                if (x.actor() != null && x.actor().equals(x.target())) throw new AssertionError("actor is target: " + x);
                events++;
                if (!java.util.Objects.equals(x.actor(), y.actor()) || !java.util.Objects.equals(x.target(), y.target())
                        || !java.util.Objects.equals(x.location(), y.location())
                        || !java.util.Objects.equals(x.date(), y.date())) changed++;
            }
        }
        assertThat(events).isGreaterThan(10);
        assertThat(changed).as("events whose actor, target, place or date the model re-chose").isLessThan(events);
    }
}
