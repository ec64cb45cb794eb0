package org.marsad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.marsad.clean.html.DateForms;
import org.marsad.model.ContentType;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds (Rome). Every item becomes one document: its link as URL, its title,
 * publication date (else update date; with the offset it was written with, see {@link FeedDates}) and author as
 * metadata, and as content its full content
 * ({@code content:encoded}, Atom content) or else its description/summary, as HTML when it has markup.
 *
 * <p>XML safety: Rome's input refuses DOCTYPE declarations by default ({@code allowDoctypes=false}), which
 * disables external entities and entity expansion; this class never turns that on.
 */
final class FeedReader {
    void read(SourceRef container, byte[] bytes, DocumentSink sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), true, "UTF-8"));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            sink.fail(container.label(), "not a readable RSS/Atom feed: " + oneLine(e.getMessage()));
            return;
        }
        String language = feed.getLanguage() == null ? null : feed.getLanguage().toLowerCase(Locale.ROOT).split("[-_]")[0];
        List<String> writtenDates = FeedDates.of(bytes);
        boolean aligned = writtenDates.size() == feed.getEntries().size();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String link = entry.getLink() != null ? entry.getLink().strip() : entry.getUri();
            String content = content(entry);
            String title = entry.getTitle() == null ? null : entry.getTitle().strip();
            if ((content == null || content.isBlank()) && (title == null || title.isBlank())) {
                sink.fail(container.label() + " item " + n, "feed item without title or content");
                continue;
            }
            String published = aligned ? DateForms.toContract(writtenDates.get(n - 1)) : null;
            if (published == null) {
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                published = date == null ? null : DateForms.of(date.toInstant().atOffset(ZoneOffset.UTC));
            }
            String author = entry.getAuthor() == null || entry.getAuthor().isBlank() ? null : entry.getAuthor().strip();
            DocumentMetadata metadata = new DocumentMetadata(title, published, link, author, language);
            String body = content == null ? "" : content;
            boolean html = looksLikeHtml(body);
            SourceRef source = new SourceRef(container.path(), link, SourceFormat.RSS);
            sink.accept(new RawDocument(source, (body.isEmpty() ? title : body).getBytes(StandardCharsets.UTF_8),
                    html ? ContentType.HTML : ContentType.PLAIN_TEXT, StandardCharsets.UTF_8, metadata));
        }
    }

    private static String content(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        String best = null;
        for (SyndContent c : contents) {
            if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) best = c.getValue();
        }
        if (best != null && !best.isBlank()) return best;
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    static boolean looksLikeHtml(String s) {
        return s.matches("(?s).*<(p|br|div|a|span|img|b|i|em|strong|ul|li|h[1-6]|blockquote|figure)[\\s/>].*");
    }

    static String oneLine(String s) {
        if (s == null) return "unknown error";
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
