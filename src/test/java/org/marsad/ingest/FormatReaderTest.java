package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ContentType;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.netpreserve.jwarc.WarcCompression;

class FormatReaderTest {
    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private CollectingSink read(SourceFormat forced, Path... inputs) {
        CollectingSink sink = new CollectingSink();
        List<String> names = new ArrayList<>();
        for (Path p : inputs) names.add(p.toString());
        new FormatReader(forced, notes::add).read(names, new ByteArrayInputStream(new byte[0]), sink);
        return sink;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void warcHtmlResponsesBecomeDocumentsAndTheRestIsCounted() throws IOException {
        for (WarcCompression compression : new WarcCompression[]{WarcCompression.NONE, WarcCompression.GZIP}) {
            notes.clear();
            Path warc = dir.resolve(compression == WarcCompression.NONE ? "crawl.warc" : "crawl.warc.gz");
            WarcFixtures.write(warc, compression);
            CollectingSink sink = read(null, warc);
            assertThat(sink.failures).isEmpty();
            assertThat(sink.documents).extracting(d -> d.source().url())
                    .containsExactly("https://news.example/a1", "https://news.example/a2");
            RawDocument first = sink.documents.getFirst();
            assertThat(first.source().format()).isEqualTo(SourceFormat.WARC);
            assertThat(first.contentType()).isEqualTo(ContentType.HTML);
            assertThat(first.metadata().published()).as("WARC-Date is the crawl, not the publication").isNull();
            assertThat(sink.documents.get(1).declaredCharset()).isEqualTo(java.nio.charset.Charset.forName("windows-1256"));
            assertThat(notes).containsExactly("warc: 7 records, 2 HTML responses, 5 skipped (" + warc + ")");
        }
    }

    @Test
    void truncatedWarcKeepsTheRecordsBeforeTheCutAndNamesTheOffset() throws IOException {
        Path whole = dir.resolve("whole.warc");
        WarcFixtures.write(whole, WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        int cut = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("https://news.example/a2");
        Path truncated = dir.resolve("truncated.warc");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, cut + 200));
        CollectingSink sink = read(null, truncated);
        assertThat(sink.documents).extracting(d -> d.source().url()).containsExactly("https://news.example/a1");
        assertThat(sink.failures).hasSize(1).first().asString()
                .matches(truncated + " at offset \\d+: truncated or corrupt WARC record: .*");
    }

    @Test
    void jsonLinesBadLinesAreNamedAndTheRestGoesOn() throws IOException {
        Path jsonl = dir.resolve("articles.jsonl");
        try (var in = getClass().getResourceAsStream("/jsonl/articles.jsonl")) {
            Files.write(jsonl, in.readAllBytes());
        }
        CollectingSink sink = read(null, jsonl);
        assertThat(sink.failures).containsExactly(jsonl + ":line 2: not JSON: " + sink.failures.get(0).split("not JSON: ", 2)[1],
                jsonl + ":line 4: not a JSON object");
        assertThat(sink.documents).hasSize(3);
        RawDocument plain = sink.documents.get(0);
        assertThat(plain.metadata().title()).isEqualTo("انطلاق معرض الرياض الدولي للكتاب");
        assertThat(plain.metadata().published()).isEqualTo("2024-09-26");
        assertThat(plain.contentType()).isEqualTo(ContentType.PLAIN_TEXT);
        RawDocument antNews = sink.documents.get(1);
        assertThat(antNews.metadata().published()).isEqualTo("2018-02-18T21:35:43+04:00");
        assertThat(antNews.metadata().author()).isEqualTo("دبي - العربية.نت");
        assertThat(antNews.source().url()).isEqualTo("https://alarabiya.example/aswaq/2018/02/18/oil");
        assertThat(sink.documents.get(2).contentType()).isEqualTo(ContentType.HTML);
    }

    @Test
    void gzipIsTransparentForAnyFormatAndBombsAreRefused() throws IOException {
        Path feed = dir.resolve("news.rss.gz");
        Files.write(feed, gzip(FeedReaderTest.resource("/feeds/news.rss")));
        Path bomb = dir.resolve("bomb.txt.gz");
        Files.write(bomb, gzip(new byte[80 * 1024 * 1024])); // 80 MB of zeros in ~80 KB
        Path page = dir.resolve("page.html.gz");
        Files.write(page, gzip(WarcFixtures.PAGE_ONE.getBytes(StandardCharsets.UTF_8)));
        CollectingSink sink = read(null, feed, bomb, page);
        assertThat(sink.failures).hasSize(1).first().asString().startsWith(bomb + ": gzip expands beyond")
                .contains("gzip bomb");
        assertThat(sink.documents).extracting(d -> d.source().format())
                .containsExactly(SourceFormat.RSS, SourceFormat.RSS, SourceFormat.HTML);
    }

    @Test
    void ratioLimitRefusesSmallBombsToo() throws Exception {
        byte[] compressed = gzip(new byte[6 * 1024 * 1024]);
        BoundedGunzip gunzip = new BoundedGunzip(64L * 1024 * 1024, 100);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gunzip.gunzip(compressed))
                .isInstanceOf(InputException.class).hasMessageContaining("ratio 100");
        assertThat(gunzip.gunzip(gzip("نص قصير".getBytes(StandardCharsets.UTF_8)))).asString(StandardCharsets.UTF_8).isEqualTo("نص قصير");
    }

    @Test
    void forcedFormatOverridesDetection() throws IOException {
        Path html = dir.resolve("page.txt");
        Files.writeString(html, WarcFixtures.PAGE_ONE);
        assertThat(read(SourceFormat.TEXT, html).documents.getFirst().contentType()).isEqualTo(ContentType.PLAIN_TEXT);
        assertThat(read(null, html).documents.getFirst().contentType()).isEqualTo(ContentType.HTML);
    }

    @Test
    void randomBytesNeverBreakTheReader() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 30; i++) {
            byte[] junk = new byte[random.nextInt(2000) + 1];
            random.nextBytes(junk);
            if (i % 3 == 0) junk = gzip(junk);
            if (i % 5 == 0) System.arraycopy("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, Math.min(10, junk.length));
            Path p = dir.resolve("junk" + i + (i % 4 == 0 ? ".rss" : i % 4 == 1 ? ".jsonl" : ".bin"));
            Files.write(p, junk);
            CollectingSink sink = read(null, p);
            assertThat(sink.documents.size() + sink.failures.size()).as(p.toString()).isGreaterThanOrEqualTo(1);
        }
    }
}
