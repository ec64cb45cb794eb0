package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A mixed batch through {@code analyze}: every bad input gives exactly one line on stderr; the rest is written. */
class AnalyzeInputsTest {
    @TempDir
    Path dir;

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = AnalyzeInputsTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private record Run(int exit, List<String> errLines, List<JsonNode> docs) {
    }

    private Run analyze(String... args) throws IOException {
        Path out = dir.resolve("out.jsonl");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("analyze", "-o", out.toString()));
        all.addAll(Arrays.asList(args));
        int exit = cli.execute(all.toArray(String[]::new));
        List<JsonNode> docs = new ArrayList<>();
        if (Files.exists(out)) {
            ObjectMapper mapper = new ObjectMapper();
            for (String line : Files.readAllLines(out)) if (!line.isBlank()) docs.add(mapper.readTree(line));
        }
        List<String> lines = err.toString().lines().filter(l -> !l.isBlank()).toList();
        return new Run(exit, lines, docs);
    }

    @Test
    void mixedBatchWithBadInputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a-page.html"), resource("/html/news-jsonld-tweet.html"));
        Files.write(in.resolve("b-feed.rss"), resource("/feeds/news.rss"));
        Files.write(in.resolve("c-bomb.html.gz"), gzip(new byte[70 * 1024 * 1024]));
        Files.writeString(in.resolve("d-not-xml.rss"), "<html><body>هذه صفحة وليست خلاصة</body></html");
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(in.resolve("e-binary.dat"), binary);
        Path warc = in.resolve("f-crawl.warc");
        org.marsad.ingest.WarcFixturesAccess.write(warc);
        byte[] whole = Files.readAllBytes(warc);
        Files.write(in.resolve("g-truncated.warc"), Arrays.copyOf(whole, whole.length - 300));
        Files.write(in.resolve("h-articles.jsonl"), resource("/jsonl/articles.jsonl"));
        Files.writeString(in.resolve("i-malformed.html"), "<html><body><div class=content><p>تواصل فرق الإنقاذ البحث عن مفقودين بعد "
                + "انهيار مبنى سكني في حي شعبي وسط المدينة، وسط مخاوف من ارتفاع عدد الضحايا.<p>وقال الدفاع المدني إن عمليات "
                + "البحث ستستمر طوال الليل</div></td></b><p>فقرة أخرى</p");

        Run run = analyze(in.toString());
        assertThat(run.exit()).isEqualTo(Main.EXIT_PARTIAL);
        List<String> failures = run.errLines().stream().filter(l -> !l.startsWith("marsad: warc:")).toList();
        assertThat(failures).as(String.join("\n", run.errLines())).hasSize(6);
        assertThat(failures.stream().filter(l -> l.contains("c-bomb.html.gz: gzip expands beyond"))).hasSize(1);
        assertThat(failures.stream().filter(l -> l.contains("d-not-xml.rss: not a readable RSS/Atom feed"))).hasSize(1);
        assertThat(failures.stream().filter(l -> l.contains("e-binary.dat") && l.contains("binary"))).hasSize(1);
        assertThat(failures.stream().filter(l -> l.matches(".*g-truncated.warc at offset \\d+: truncated or corrupt WARC record.*"))).hasSize(1);
        assertThat(failures.stream().filter(l -> l.contains("h-articles.jsonl:line 2: not JSON"))).hasSize(1);
        assertThat(failures.stream().filter(l -> l.contains("h-articles.jsonl:line 4: not a JSON object"))).hasSize(1);
        assertThat(run.errLines()).contains("marsad: warc: 7 records, 2 HTML responses, 5 skipped (" + warc + ")");

        // page 1 + feed 2 + warc 2 + truncated warc 1 (the cut falls in its second page) + jsonl 3 + malformed 1
        assertThat(run.docs()).hasSize(10);
        JsonNode page = run.docs().getFirst();
        assertThat(page.path("source").path("format").asText()).isEqualTo("html");
        assertThat(page.path("published").asText()).isEqualTo("2024-03-05T10:15+03:00");
        assertThat(run.docs()).extracting(d -> d.path("source").path("format").asText())
                .containsOnly("html", "rss", "warc", "jsonl");
        assertThat(run.docs().getLast().path("text").asText()).contains("تواصل فرق الإنقاذ البحث عن مفقودين");
        JsonNode embedded = run.docs().stream().filter(d -> d.path("source").path("url").asText().equals("https://example.org/page"))
                .findFirst().orElseThrow();
        assertThat(embedded.path("title").asText()).isEqualTo("عنوان الصفحة"); // the html field went through extraction
        assertThat(embedded.path("text").asText()).startsWith("فقرة أولى من صفحة مضمنة");
    }

    @Test
    void inputFormatOptionForcesAndRejectsUnknownNames() throws IOException {
        Path page = dir.resolve("page.txt");
        Files.write(page, resource("/html/entry-content-og.html"));
        Run forced = analyze("--input-format", "html", page.toString());
        assertThat(forced.exit()).isEqualTo(Main.EXIT_OK);
        assertThat(forced.docs().getFirst().path("title").asText()).isEqualTo("ارتفاع صادرات الفوسفات المغربية بنسبة 12 بالمئة");
        Run bad = analyze("--input-format", "pdf", page.toString());
        assertThat(bad.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(bad.errLines()).hasSize(1).first().asString().contains("unknown input format 'pdf'");
    }
}
