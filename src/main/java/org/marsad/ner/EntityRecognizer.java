package org.marsad.ner;

import java.util.List;
import org.marsad.model.ArticleText;
import org.marsad.model.NamedMention;

/** Finds names of people, organizations, places and other entities in an article's title and text. */
public interface EntityRecognizer {
    List<NamedMention> recognize(ArticleText article);

    /** A recognizer that finds nothing, for pipelines built without a model. */
    static EntityRecognizer none() {
        return article -> List.of();
    }
}
