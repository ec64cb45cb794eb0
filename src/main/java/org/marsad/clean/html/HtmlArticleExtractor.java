package org.marsad.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.clean.ScrapedTextCleaner;
import org.marsad.ingest.InputException;
import org.marsad.model.Article;
import org.marsad.model.Boilerplate;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.Repair;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;

/**
 * Main-content extraction from one HTML page (jsoup): metadata first (JSON-LD, meta, time, byline),
 * then social embeds out, then page furniture out, then a readability-style scorer picks the article
 * container, whose text blocks become the body while link lists and captions go to boilerplate. When the
 * strict pass (which also drops every element whose class reads unlikely) finds too little text, a
 * lenient pass without that rule runs on a fresh copy.
 *
 * <p>Stateless and thread-safe. {@link #extract} also runs the plain-text cleaner's repairs over the
 * extracted body; the repairs' offsets then point into the extracted body ({@link Article#original()}).
 */
public final class HtmlArticleExtractor implements Pipeline.HtmlExtractor {
    /** Pages longer than this (UTF-16 chars) are refused: no real article page comes close. */
    public static final int MAX_PAGE_CHARS = 8 * 1024 * 1024;
    private static final int ENOUGH_TEXT = 250;

    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();

    @Override
    public Article extract(SourceRef source, String html, DocumentMetadata metadata) throws InputException {
        if (html.length() > MAX_PAGE_CHARS) {
            throw new InputException("page too large: " + html.length() + " characters (limit " + MAX_PAGE_CHARS + ")");
        }
        String baseUrl = source.url() != null ? source.url() : metadata.url();
        ExtractedPage page = extractPage(html, baseUrl);
        PageMetadata pm = page.metadata();
        String title = metadata.title() != null ? metadata.title() : pm.title();
        String published = pm.published() != null ? pm.published() : metadata.published();
        String declared = metadata.language() != null ? metadata.language() : pm.language();
        String body = page.text();
        DocumentMetadata forCleaner = new DocumentMetadata(title == null ? "" : title, published, metadata.url(),
                metadata.author() != null ? metadata.author() : pm.author(), null);
        Article cleaned = cleaner.clean(source, body, forCleaner);
        List<Boilerplate> boilerplate = new ArrayList<>(page.boilerplate());
        boilerplate.addAll(cleaned.boilerplate());
        List<Repair> repairs = cleaned.repairs();
        SourceRef src = source.url() == null && pm.canonicalUrl() != null ? source.withUrl(pm.canonicalUrl()) : source;
        String lang = language(declared, cleaned.language(), body.length());
        return new Article(src, title, cleaned.text(), published, lang, boilerplate, repairs, body);
    }

    /**
     * The declared language (html lang, Content-Language, feed or JSON field) unless enough body text is in
     * another script: templates often keep lang="en" on Arabic pages, and the other way round.
     */
    static String language(String declared, String guessed, int bodyLength) {
        if (declared == null) return guessed;
        if (bodyLength < 200 || guessed == null || guessed.equals("und") || guessed.equals(declared)) return declared;
        return arabicScript(guessed) != arabicScript(declared) ? guessed : declared;
    }

    private static boolean arabicScript(String language) {
        return language.equals("ar") || language.equals("fa") || language.equals("ur") || language.equals("ps") || language.equals("ku");
    }

    /** Extracts one page; {@code baseUrl} (may be null) resolves relative links. */
    public ExtractedPage extractPage(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMetadata metadata = MetadataReader.read(doc);
        List<Boilerplate> found = new ArrayList<>(SocialEmbeds.extract(doc));
        ContentCleaner.moveCaptions(doc, found);
        doc.select("script, style, noscript, template, svg, iframe, object, embed, canvas, button, input, select, textarea,"
                + " link, meta, [hidden], [aria-hidden=true]:not(:has(p)), [style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]")
                .remove();
        Attempt strict = attempt(doc.clone(), metadata, true);
        if (strict.length() >= ENOUGH_TEXT) {
            found.addAll(strict.boilerplate);
            return new ExtractedPage(metadata, strict.paragraphs, found);
        }
        Attempt lenient = attempt(doc.clone(), metadata, false);
        Attempt better = lenient.length() > strict.length() ? lenient : strict;
        found.addAll(better.boilerplate);
        return new ExtractedPage(metadata, better.paragraphs, found);
    }

    private record Attempt(List<String> paragraphs, List<Boilerplate> boilerplate) {
        int length() {
            int n = 0;
            for (String p : paragraphs) n += p.length();
            return n;
        }
    }

    private static Attempt attempt(Document doc, PageMetadata metadata, boolean strict) {
        List<Boilerplate> boilerplate = new ArrayList<>();
        Element body = doc.body();
        Chrome.strip(body, strict, boilerplate);
        ContentScorer scorer = new ContentScorer();
        ContentScorer.Choice choice = scorer.choose(body);
        for (Element part : choice.parts()) ContentCleaner.clean(part, boilerplate);
        List<String> paragraphs = new ArrayList<>();
        String title = metadata.title();
        boolean prose = false; // a long paragraph has been seen: the lead (title, byline, date) is over
        for (Blocks.Block b : Blocks.of(choice.parts())) {
            String text = b.text();
            if (!prose && title != null && (text.equals(title) || b.heading() && title.contains(text) && text.length() > 10)) continue;
            String teaser = Datelines.teaserHeadline(text);
            if (teaser != null && b.linkDensity() >= 0.4) {
                boilerplate.add(new Boilerplate(Boilerplate.Kind.RELATED_HEADLINE, teaser, Map.of()));
                continue;
            }
            // link lists and headline teasers; a sentence that merely links some of its words stays
            if (b.linkDensity() > 0.8 || b.linkDensity() > 0.5 && !TextStats.endsSentence(text)) {
                boolean headline = b.heading() || text.split("\\s+").length >= 4;
                boilerplate.add(new Boilerplate(headline ? Boilerplate.Kind.RELATED_HEADLINE : Boilerplate.Kind.LINK, text, Map.of()));
                continue;
            }
            if (Datelines.isReadAlsoHeading(text) || Datelines.isLabel(text) || prose && Datelines.isCopyright(text)) {
                boilerplate.add(new Boilerplate(Boilerplate.Kind.OTHER, text, Map.of("role", Datelines.isCopyright(text)
                        ? "footer" : Datelines.isLabel(text) ? "label" : "related")));
                continue;
            }
            if (!prose && Datelines.isDatelineOrByline(text)) {
                boilerplate.add(new Boilerplate(Boilerplate.Kind.OTHER, text, Map.of("role", "byline")));
                continue;
            }
            if (text.length() >= 80) prose = true;
            paragraphs.add(text);
        }
        return new Attempt(paragraphs, boilerplate);
    }
}
