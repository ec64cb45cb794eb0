package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.marsad.clean.html.DateForms;
import org.marsad.model.ContentType;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

/**
 * JSON Lines: one article per line. Fields: {@code title}; {@code text} (plain) or {@code html} (a page
 * or fragment); {@code url} (or {@code link}); {@code published} (or ant-news-multisource's {@code time},
 * RFC 822, or {@code date}); {@code author}; {@code language} (or {@code lang}). A bad line gives one
 * failure "file:line N" and the rest of the file goes on.
 */
final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    void read(SourceRef container, String text, DocumentSink sink) {
        int lineNo = 0;
        for (String line : text.split("\r?\n", -1)) {
            lineNo++;
            if (line.isBlank()) continue;
            String where = container.label() + ":line " + lineNo;
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                sink.fail(where, "not JSON: " + FeedReader.oneLine(e.getOriginalMessage()));
                continue;
            }
            if (n == null || !n.isObject()) {
                sink.fail(where, "not a JSON object");
                continue;
            }
            String title = field(n, "title", "headline");
            String body = field(n, "text", "body", "content", "articleBody");
            String html = field(n, "html");
            if (body == null && html == null && title == null) {
                sink.fail(where, "no title, text or html field");
                continue;
            }
            String url = field(n, "url", "link");
            String rawDate = field(n, "published", "time", "date", "datePublished");
            String published = DateForms.toContract(rawDate);
            DocumentMetadata metadata = new DocumentMetadata(title, published, url, field(n, "author"), field(n, "language", "lang"));
            SourceRef source = new SourceRef(container.path(), url, SourceFormat.JSONL);
            boolean isHtml = body == null && html != null;
            String content = isHtml ? html : body != null ? body : "";
            sink.accept(new RawDocument(source, content.getBytes(StandardCharsets.UTF_8),
                    isHtml ? ContentType.HTML : ContentType.PLAIN_TEXT, StandardCharsets.UTF_8, metadata));
        }
    }

    private static String field(JsonNode n, String... names) {
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
        }
        return null;
    }
}
