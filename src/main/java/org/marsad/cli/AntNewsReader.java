package org.marsad.cli;

import org.marsad.ingest.AntNewsCorpus;

import org.marsad.clean.html.DateForms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputReader;
import org.marsad.model.ContentType;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

/**
 * Reads the ANT multi-source corpus (../shared/data/ant-news-multisource, one gzipped JSON object per
 * line with title, RFC-822 time, url and text) for the ingest benchmark, so that the benchmark measures
 * the same records whatever the general JSONL reader does with them. At most {@code perFile} records
 * per file.
 */
final class AntNewsReader extends InputReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final int perFile;

    AntNewsReader(int perFile) {
        this.perFile = perFile;
    }

    @Override
    protected void readFile(Path file, DocumentSink sink) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".jsonl.gz")) return;
        try (BufferedReader in = AntNewsCorpus.open(file)) {
            String line;
            int n = 0;
            while (n < perFile && (line = in.readLine()) != null) {
                n++;
                String where = file + ":" + n;
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (IOException e) {
                    sink.fail(where, "not JSON: " + e.getMessage());
                    continue;
                }
                String url = text(o, "url");
                var meta = new DocumentMetadata(text(o, "title"), published(text(o, "time")), url, text(o, "author"), "ar");
                sink.accept(new RawDocument(new SourceRef(where, url, SourceFormat.JSONL), o.path("text").asText("").getBytes(StandardCharsets.UTF_8),
                        ContentType.PLAIN_TEXT, StandardCharsets.UTF_8, meta));
            }
        } catch (IOException e) {
            sink.fail(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** RFC-822 ("Fri, 23 Feb 2018 10:37:34 GMT") to the contract's form. */
    static String published(String rfc822) {
        return rfc822 == null ? null : DateForms.toContract(rfc822);
    }
}
