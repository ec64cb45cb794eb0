package org.marsad.event;

import java.util.List;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.TimeExpression;

/** Codes the events an article reports, with their arguments drawn from its entities and dates. */
public interface EventExtractor {
    List<Event> extract(ArticleText article, List<Entity> entities, List<TimeExpression> dates);

    /**
     * The events with the entities they refer to: the given entities, then any party the coder found that
     * no name stands for (a group named by a common noun, see docs/events.md), which the analysis lists too.
     */
    default Coding code(ArticleText article, List<Entity> entities, List<TimeExpression> dates) {
        return new Coding(extract(article, entities, dates), entities);
    }

    /** Events and every entity their ids point to. */
    record Coding(List<Event> events, List<Entity> entities) {
        public Coding {
            events = List.copyOf(events);
            entities = List.copyOf(entities);
        }
    }

    static EventExtractor none() {
        return (article, entities, dates) -> List.of();
    }
}
