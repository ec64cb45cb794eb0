package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.model.ContentType;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcResource;

/**
 * WARC archives, plain or gzipped per record (jwarc reads both). Successful (2xx) HTML responses (and
 * HTML resource records) become documents with the target URI as URL and the HTTP charset as declared
 * charset; every other record is skipped and counted. The record's WARC-Date is when it was crawled,
 * not when the article was published, so it is never used as the publication date. A record that
 * cannot be parsed (a truncated archive) ends the file with one failure naming its byte offset.
 */
final class WarcArchiveReader {
    private final int maxRecordBytes;
    private final Consumer<String> notes;

    WarcArchiveReader(int maxRecordBytes, Consumer<String> notes) {
        this.maxRecordBytes = maxRecordBytes;
        this.notes = notes;
    }

    void read(SourceRef container, InputStream in, DocumentSink sink) {
        int records = 0, html = 0, skipped = 0;
        long offset = 0;
        try (WarcReader reader = new WarcReader(in)) {
            while (true) {
                offset = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) break;
                records++;
                WarcRecord record = next.get();
                offset = record.position();
                RawDocument doc = document(container, record, offset, sink);
                if (doc == null) {
                    skipped++;
                    continue;
                }
                html++;
                sink.accept(doc);
            }
        } catch (IOException | RuntimeException e) {
            sink.fail(container.label() + " at offset " + offset, "truncated or corrupt WARC record: " + FeedReader.oneLine(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        notes.accept("warc: " + records + " records, " + html + " HTML responses, " + skipped + " skipped (" + container.label() + ")");
    }

    /** The HTML document in a record, or null when the record is skipped. */
    private RawDocument document(SourceRef container, WarcRecord record, long offset, DocumentSink sink) throws IOException {
        MediaType type;
        InputStream body;
        String target;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().toString().startsWith("application/http")) return null;
            int status = response.http().status();
            if (status < 200 || status >= 300) return null;
            type = response.http().contentType();
            body = response.http().bodyDecoded().stream();
            target = response.target();
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            body = resource.body().stream();
            target = resource.target();
        } else {
            return null;
        }
        String base = type.base().toString();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return null;
        byte[] bytes = body.readNBytes(maxRecordBytes + 1);
        if (bytes.length > maxRecordBytes) {
            sink.fail(container.label() + " at offset " + offset, "page too large (over " + maxRecordBytes + " bytes): skipped");
            return null;
        }
        if (bytes.length == 0) return null;
        Charset declared = HtmlCharset.forLabel(type.parameters().get("charset"));
        if (declared == null) declared = HtmlCharset.declared(bytes);
        SourceRef source = new SourceRef(container.path(), target, SourceFormat.WARC);
        return new RawDocument(source, bytes, ContentType.HTML, declared, new DocumentMetadata(null, null, target, null, null));
    }
}
