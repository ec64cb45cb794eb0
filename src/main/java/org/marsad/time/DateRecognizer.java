package org.marsad.time;

import java.util.List;
import org.marsad.model.ArticleText;
import org.marsad.model.TimeExpression;

/** Finds date expressions in an article's text and resolves them against its publication date. */
public interface DateRecognizer {
    List<TimeExpression> recognize(ArticleText article);

    static DateRecognizer none() {
        return article -> List.of();
    }
}
