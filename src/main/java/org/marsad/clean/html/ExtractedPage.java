package org.marsad.clean.html;

import java.util.List;
import org.marsad.model.Boilerplate;

/**
 * Everything the extractor found on one page: the page's own metadata, the article body as paragraphs,
 * and what was moved aside (related headlines, embeds, captions, navigation, banners, comments).
 */
public record ExtractedPage(PageMetadata metadata, List<String> paragraphs, List<Boilerplate> boilerplate) {
    public ExtractedPage {
        paragraphs = List.copyOf(paragraphs);
        boilerplate = List.copyOf(boilerplate);
    }

    /** The body: paragraphs separated by one newline. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
