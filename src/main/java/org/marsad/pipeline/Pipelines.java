package org.marsad.pipeline;

/**
 * The standard pipeline with every stage the project ships. The CLI, the server and batch workers all
 * build their pipeline here, so that they analyse alike.
 */
public final class Pipelines {
    private Pipelines() {
    }

    /** A builder with the shipped stages set; callers may still set the default publication date. */
    public static Pipeline.Builder standard() {
        Pipeline.Builder b = Pipeline.builder();
        if (org.marsad.ner.ShippedModel.available()) b.recognizer(org.marsad.ner.TaggerEntityRecognizer.shipped());
        // Each stage registers here as it lands (NER, linking, dates, events, HTML extraction).
        b.htmlExtractor(new org.marsad.clean.html.HtmlArticleExtractor());
        b.linker(org.marsad.geo.CatalogLinker.standard());
        b.dates(new org.marsad.time.ArabicDateRecognizer());
        b.events(new org.marsad.event.RuleEventCoder());
        return b;
    }
}
