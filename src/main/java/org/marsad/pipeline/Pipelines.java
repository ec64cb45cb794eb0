package org.marsad.pipeline;

import org.marsad.clean.html.HtmlArticleExtractor;
import org.marsad.event.RuleEventCoder;
import org.marsad.geo.CatalogLinker;
import org.marsad.ner.ShippedModel;
import org.marsad.ner.TaggerEntityRecognizer;
import org.marsad.time.ArabicDateRecognizer;

/**
 * The standard pipeline with every stage the project ships. The CLI, the ingester, the server and batch
 * workers all build their pipeline here, so that they analyse alike.
 */
public final class Pipelines {
    private Pipelines() {
    }

    /** A builder with the shipped stages set; callers may still set the default publication date. */
    public static Pipeline.Builder standard() {
        Pipeline.Builder b = Pipeline.builder()
                .htmlExtractor(new HtmlArticleExtractor())
                .linker(CatalogLinker.standard())
                .dates(new ArabicDateRecognizer())
                .events(new RuleEventCoder());
        // names come from the tagger when its model is on the class path; the catalog linker still finds
        // catalog names without it
        if (ShippedModel.available()) b.recognizer(TaggerEntityRecognizer.shipped());
        return b;
    }
}
