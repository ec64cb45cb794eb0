package org.marsad.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.marsad.clean.ScrapedTextCleaner;
import org.marsad.event.EventExtractor;
import org.marsad.geo.EntityLinker;
import org.marsad.geo.SameNameGrouping;
import org.marsad.ingest.InputException;
import org.marsad.ingest.TextDecoder;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.ContentType;
import org.marsad.model.Entity;
import org.marsad.model.NamedMention;
import org.marsad.model.RawDocument;
import org.marsad.model.TimeExpression;
import org.marsad.model.Token;
import org.marsad.ner.EntityRecognizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;
import org.marsad.time.DateRecognizer;

/**
 * The whole analysis, built once and immutable: decode → extract/clean → sentences and tokens → names →
 * entities → dates → events. Safe to call from many threads; each call is independent of the previous.
 */
public final class Pipeline {
    private final TextDecoder decoder = new TextDecoder();
    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
    private final HtmlExtractor htmlExtractor;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final EntityRecognizer recognizer;
    private final EntityLinker linker;
    private final DateRecognizer dates;
    private final EventExtractor events;
    private final String defaultPublished;

    private Pipeline(Builder b) {
        this.htmlExtractor = b.htmlExtractor;
        this.recognizer = b.recognizer;
        this.linker = b.linker;
        this.dates = b.dates;
        this.events = b.events;
        this.defaultPublished = b.defaultPublished;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Decodes, cleans and analyses one raw document. */
    public Analysis analyze(RawDocument raw) throws InputException {
        return analyze(toArticle(raw));
    }

    /** Decodes and cleans one raw document into an article, without further analysis. */
    public Article toArticle(RawDocument raw) throws InputException {
        var decoded = decoder.decode(raw.content(), raw.declaredCharset());
        var metadata = raw.metadata();
        if (metadata.published() == null && defaultPublished != null) metadata = metadata.withPublished(defaultPublished);
        Article article;
        if (raw.contentType() == ContentType.HTML) {
            article = htmlExtractor.extract(raw.source(), decoded.text(), metadata);
        } else {
            article = cleaner.clean(raw.source(), decoded.text(), metadata);
        }
        if (article.text().isBlank() && article.title() == null) throw new InputException("no article text found");
        return article;
    }

    /** Analyses an already cleaned article. */
    public Analysis analyze(Article article) {
        ArticleText text = prepare(article);
        List<NamedMention> names = recognizer.recognize(text);
        List<Entity> entities = linker.link(text, names);
        List<TimeExpression> found = dates.recognize(text);
        EventExtractor.Coding coded = events.code(text, entities, found);
        return new Analysis(article.source(), documentId(article), article.language(), article.title(), article.published(),
                article.text(), article.boilerplate(), article.repairs(), text.sentences(), coded.entities(), found, coded.events(),
                article.original());
    }

    /** Sentences and tokens of an article: what every understanding stage reads. */
    public ArticleText prepare(Article article) {
        List<Token> titleTokens = article.title() == null ? List.of() : tokenizer.tokenize(article.title());
        return new ArticleText(article, splitter.split(article.text()), titleTokens, tokenizer.tokenize(article.text()),
                publishedDate(article.published()));
    }

    /** Stable id: the first 20 hex digits of SHA-256 over the cleaned title and text. */
    public static String documentId(Article article) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((article.title() == null ? "" : article.title()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate publishedDate(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Extracts the article from an HTML page. */
    public interface HtmlExtractor {
        Article extract(org.marsad.model.SourceRef source, String html, org.marsad.model.DocumentMetadata metadata)
                throws InputException;
    }

    public static final class Builder {
        private HtmlExtractor htmlExtractor = (source, html, metadata) -> {
            throw new InputException("HTML input is not supported by this pipeline");
        };
        private EntityRecognizer recognizer = EntityRecognizer.none();
        private EntityLinker linker = new SameNameGrouping();
        private DateRecognizer dates = DateRecognizer.none();
        private EventExtractor events = EventExtractor.none();
        private String defaultPublished;

        public Builder htmlExtractor(HtmlExtractor e) {
            this.htmlExtractor = Objects.requireNonNull(e);
            return this;
        }

        public Builder recognizer(EntityRecognizer r) {
            this.recognizer = Objects.requireNonNull(r);
            return this;
        }

        public Builder linker(EntityLinker l) {
            this.linker = Objects.requireNonNull(l);
            return this;
        }

        public Builder dates(DateRecognizer d) {
            this.dates = Objects.requireNonNull(d);
            return this;
        }

        public Builder events(EventExtractor e) {
            this.events = Objects.requireNonNull(e);
            return this;
        }

        /** Publication date (YYYY-MM-DD) for documents that do not state one. */
        public Builder defaultPublished(String published) {
            if (published != null && publishedDate(published) == null) {
                throw new IllegalArgumentException("published must look like YYYY-MM-DD: " + published);
            }
            this.defaultPublished = published;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
