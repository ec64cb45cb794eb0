package org.marsad.event;

import java.util.List;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.TimeExpression;

/** Codes the events an article reports, with their arguments drawn from its entities and dates. */
public interface EventExtractor {
    List<Event> extract(ArticleText article, List<Entity> entities, List<TimeExpression> dates);

    static EventExtractor none() {
        return (article, entities, dates) -> List.of();
    }
}
