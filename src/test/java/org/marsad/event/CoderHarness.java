package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.cli.EvalEventsOracle;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.time.ArabicDateRecognizer;

/**
 * Codes a short text with entities made from listed names (the event tests' harness). The tests written with it
 * test the rules, so it codes with the rules alone: the argument model that re-chooses actors and dates in the
 * shipped coder is measured on the gold sets (train events --folds, eval events) and by the golden article test.
 */
final class CoderHarness {
    private static final Pipeline PIPELINE = Pipeline.builder().build();
    private static final RuleEventCoder CODER = RuleEventCoder.rulesOnly();

    private CoderHarness() {
    }

    /** The events of one coded text and the entities their ids point to. */
    record Coded(List<Event> events, List<Entity> entities) {
        Event only(String plover) {
            List<Event> of = events.stream().filter(e -> e.plover().equals(plover)).toList();
            assertThat(of).as("%s among %s", plover, events).hasSize(1);
            return of.get(0);
        }

        String id(String name) {
            return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
        }
    }

    /** {@code names} alternates a surface and its {@link EntityType}. */
    static Coded code(String text, String published, Object... names) {
        List<EvalEventsOracle.Referent> referents = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            referents.add(new EvalEventsOracle.Referent((String) names[i], (EntityType) names[i + 1], List.of((String) names[i]), null));
        }
        return code(text, published, referents);
    }

    static Coded code(String text, String published, List<EvalEventsOracle.Referent> referents) {
        Article a = new Article(new SourceRef(null, null, SourceFormat.TEXT), null, text, published, "ar", List.of(), List.of(), text);
        ArticleText t = PIPELINE.prepare(a);
        List<Entity> entities = EvalEventsOracle.entities(t, referents);
        EventExtractor.Coding coding = CODER.code(t, entities, new ArabicDateRecognizer().recognize(t));
        return new Coded(coding.events(), coding.entities());
    }
}
