package org.marsad.geo;

import java.util.List;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.NamedMention;

/** Turns the names found in an article into entities: one per real-world referent, linked where known. */
public interface EntityLinker {
    List<Entity> link(ArticleText article, List<NamedMention> names);
}
