package org.marsad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.marsad.model.ContentType;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

/**
 * An {@link InputReader} that understands every input format: plain text, HTML pages, RSS/Atom feeds,
 * WARC archives and JSON Lines, each possibly gzipped. The format is detected per input
 * ({@link FormatDetector}) unless forced. Gzip is undone with bounded decompression; WARC files are
 * streamed record by record (so they may exceed the whole-file size limit; each record is bounded).
 */
public final class FormatReader extends InputReader {
    /** A page (HTML document or WARC record) larger than this is refused. */
    public static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

    private final SourceFormat forced;
    private final BoundedGunzip gunzip;
    private final Consumer<String> notes;

    /** @param forced the format of every input, or null to detect; @param notes receives summary lines (stderr) */
    public FormatReader(SourceFormat forced, Consumer<String> notes) {
        this(forced, notes, DEFAULT_MAX_BYTES, new BoundedGunzip());
    }

    public FormatReader(SourceFormat forced, Consumer<String> notes, long maxBytes, BoundedGunzip gunzip) {
        super(maxBytes);
        this.forced = forced;
        this.notes = notes;
        this.gunzip = gunzip;
    }

    @Override
    protected void readFile(Path file, DocumentSink sink) {
        if (!isWarc(file)) {
            super.readFile(file, sink);
            return;
        }
        SourceRef source = new SourceRef(file.toString(), null, SourceFormat.WARC);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            new WarcArchiveReader(MAX_PAGE_BYTES, notes).read(source, in, sink);
        } catch (IOException e) {
            sink.fail(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private boolean isWarc(Path file) {
        if (forced != null) return forced == SourceFormat.WARC;
        if (FormatDetector.byExtension(file.getFileName().toString()) == SourceFormat.WARC) return true;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(4);
            byte[] magic = raw.readNBytes(2);
            raw.reset();
            InputStream in = BoundedGunzip.isGzip(magic) ? new GZIPInputStream(raw) : raw;
            byte[] head = in.readNBytes(8);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("WARC/");
        } catch (IOException e) {
            return false; // the ordinary path reports the problem
        }
    }

    @Override
    protected void accept(SourceRef source, byte[] bytes, DocumentSink sink) {
        String where = source.label();
        try {
            if (BoundedGunzip.isGzip(bytes)) bytes = gunzip.gunzip(bytes);
        } catch (InputException e) {
            sink.fail(where, e.getMessage());
            return;
        }
        SourceFormat format = forced != null ? forced : FormatDetector.detect(source.path(), bytes);
        switch (format) {
            case TEXT -> sink.accept(RawDocument.plainText(source, bytes));
            case HTML -> acceptHtml(source, bytes, sink);
            case RSS -> new FeedReader().read(new SourceRef(source.path(), source.url(), SourceFormat.RSS), bytes, sink);
            case JSONL -> readJsonLines(source, bytes, sink);
            case WARC -> new WarcArchiveReader(MAX_PAGE_BYTES, notes)
                    .read(new SourceRef(source.path(), null, SourceFormat.WARC), new java.io.ByteArrayInputStream(bytes), sink);
        }
    }

    private static void acceptHtml(SourceRef source, byte[] bytes, DocumentSink sink) {
        if (bytes.length > MAX_PAGE_BYTES) {
            sink.fail(source.label(), "page too large: " + bytes.length + " bytes (limit " + MAX_PAGE_BYTES + ")");
            return;
        }
        sink.accept(new RawDocument(new SourceRef(source.path(), source.url(), SourceFormat.HTML), bytes, ContentType.HTML,
                HtmlCharset.declared(bytes), DocumentMetadata.EMPTY));
    }

    private static void readJsonLines(SourceRef source, byte[] bytes, DocumentSink sink) {
        String text;
        try {
            text = new TextDecoder().decodeToString(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (InputException e) {
            sink.fail(source.label(), e.getMessage());
            return;
        }
        new JsonLinesReader().read(source, text, sink);
    }
}
