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

/**
 * The shipped event models: what the argument model decides, that only rule events told as fact are ever dropped, and
 * that the events kept keep their sentence, figures and attribution, and their modality unless told as fact (news or
 * background is the model's choice).
 */
class ShippedArgumentModelTest {
    @Test
    void theShippedModelDecidesEveryRole() {
        ArgumentRanker model = ArgumentRanker.shipped();
        assertThat(model).as("src/main/resources/org/marsad/event/arguments.model").isNotNull();
        assertThat(model.decides("actor")).isTrue();
        assertThat(model.decides("target")).isTrue();
        assertThat(model.decides("location")).isTrue();
        assertThat(model.decides("date")).isTrue();
        assertThat(model.decides("modality")).isTrue();
    }

    @Test
    void theModelsDropOnlyFactsKeepTheRestUnchangedAndAddOnlyTypesTheRulesLeftOutOfASentence() throws Exception {
        Pipeline shipped = Pipelines.standard().defaultPublished("2024-03-05").build();
        Pipeline rulesOnly = Pipelines.standard().defaultPublished("2024-03-05").events(RuleEventCoder.rulesOnly()).build();
        List<Path> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples/articles"))) {
            files.sorted().forEach(articles::add);
        }
        Path corpus = Path.of("../shared/corpus/iraq-isis-2024-12.txt");
        if (Files.exists(corpus)) articles.add(corpus);
        int events = 0, changed = 0, dropped = 0;
        for (Path p : articles) {
            RawDocument raw = RawDocument.plainText(new SourceRef(p.toString(), null, SourceFormat.TEXT), Files.readAllBytes(p));
            Analysis a = shipped.analyze(raw), b = rulesOnly.analyze(raw);
            for (Event y : b.events()) {
                Event x = a.events().stream().filter(e -> e.trigger().equals(y.trigger()) && e.plover().equals(y.plover()))
                        .findFirst().orElse(null);
                if (x == null) {
                    // only an event told as fact may go (the sentence model finds its type very unlikely there)
                    assertThat(SentenceTypes.toldAsFact(y)).as("a dropped rule event is told as fact: %s", y).isTrue();
                    dropped++;
                    continue;
                }
                assertThat(x.sentence()).isEqualTo(y.sentence());
                // the argument model may tell a fact as background or news; any other modality is the rules'
                if (SentenceTypes.toldAsFact(y)) assertThat(ArgumentRanker.TOLD_AS_FACT).contains(x.modality());
                else assertThat(x.modality()).isEqualTo(y.modality());
                assertThat(x.fatalities()).isEqualTo(y.fatalities());
                assertThat(x.attribution()).isEqualTo(y.attribution());
                // a statement keeps the rules' target (what a concern is about); see docs/event-arguments-model-card.md
                if (x.plover().equals("STATEMENT")) assertThat(x.target()).isEqualTo(y.target());
                events++;
                if (!java.util.Objects.equals(x.actor(), y.actor()) || !java.util.Objects.equals(x.target(), y.target())
                        || !java.util.Objects.equals(x.location(), y.location()) || !java.util.Objects.equals(x.date(), y.date())) changed++;
            }
            for (Event x : a.events()) {
                boolean added = b.events().stream().noneMatch(y -> y.trigger().equals(x.trigger()) && y.plover().equals(x.plover()));
                if (added) {
                    assertThat(b.events()).as("an added %s where the rules coded one", x.plover())
                            .noneMatch(y -> y.sentence() == x.sentence() && y.plover().equals(x.plover()));
                    var s = a.sentences().get(x.sentence());
                    assertThat(x.trigger().start()).isBetween(s.start(), s.end());
                    assertThat(a.text().substring(x.trigger().start(), x.trigger().end())).isEqualTo(x.trigger().text());
                }
                for (String id : new String[] {x.actor(), x.target(), x.location()}) {
                    if (id != null) assertThat(a.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo(id));
                }
                if (x.actor() != null && x.actor().equals(x.target())) throw new AssertionError("actor is target: " + x);
            }
            assertThat(a.events().stream().map(Event::id).distinct().count()).isEqualTo(a.events().size());
        }
        assertThat(events).isGreaterThan(10);
        assertThat(dropped).as("rule events dropped").isLessThan(events / 4);
        assertThat(changed).as("rule events whose actor, target, place or date the model re-chose").isLessThan(events);
    }
}
