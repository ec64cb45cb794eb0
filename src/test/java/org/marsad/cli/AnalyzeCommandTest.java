package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The analyze command on a batch with good and bad inputs: bad ones are named, the rest are written. */
class AnalyzeCommandTest {
    private static final String ARTICLE = "مقتل ثلاثة مدنيين في غارة على الحديدة\nقتل ثلاثة مدنيين في غارة جوية استهدفت سوقا شعبيا في الحديدة 😢.\n";

    record Result(int exit, String err, List<String> lines) {
    }

    private static Result run(Path out, String... args) throws Exception {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 2];
        full[0] = "analyze";
        full[1] = "-o=" + out;
        System.arraycopy(args, 0, full, 2, args.length);
        int exit = cli.execute(full);
        return new Result(exit, err.toString(), Files.exists(out) ? Files.readAllLines(out) : List.of());
    }

    @Test
    void badInputsAreNamedAndTheRestIsAnalysed(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(folder.resolve("a.txt"), ARTICLE);
        Files.write(folder.resolve("b.txt"), ARTICLE.replace("ثلاثة", "أربعة").getBytes(Charset.forName("windows-1256")));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("blob.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7});
        Result r = run(dir.resolve("out.jsonl"), dir.resolve("in").toString(), dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_PARTIAL);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.err().lines().toList()).hasSize(3)
                .anyMatch(l -> l.contains("empty.txt") && l.contains("empty"))
                .anyMatch(l -> l.contains("blob.bin") && l.contains("binary"))
                .anyMatch(l -> l.contains("missing.txt"));
        JsonNode second = new ObjectMapper().readTree(r.lines().get(1));
        assertThat(second.path("text").asText()).contains("أربعة مدنيين");
    }

    @Test
    void contractFieldsAndCodePointOffsets(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.txt");
        Files.writeString(in, ARTICLE, StandardCharsets.UTF_8);
        Result r = run(dir.resolve("out.jsonl"), "--published", "2024-03-05", in.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_OK);
        JsonNode doc = new ObjectMapper().readTree(r.lines().get(0));
        assertThat(doc.path("schema").asText()).isEqualTo("marsad/analysis@1");
        for (String field : List.of("source", "id", "language", "title", "published", "text", "boilerplate", "repairs",
                "sentences", "entities", "dates", "events")) {
            assertThat(doc.has(field)).as(field).isTrue();
        }
        assertThat(doc.path("published").asText()).isEqualTo("2024-03-05");
        String text = doc.path("text").asText();
        JsonNode last = doc.path("sentences").get(doc.path("sentences").size() - 1);
        int[] cps = text.codePoints().toArray();
        assertThat(last.path("end").asInt()).isEqualTo(cps.length); // the emoji counts as one code point
        assertThat(doc.path("id").asText()).hasSize(20);
    }

    @Test
    void sameCleanedTextGivesTheSameId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.writeString(dir.resolve("b.txt"), ARTICLE.replace("في غارة جوية", "في  غارة جوية"));
        Result r = run(dir.resolve("out.jsonl"), dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(r.lines().get(0)).path("id")).isEqualTo(m.readTree(r.lines().get(1)).path("id"));
    }

    @Test
    void badPublishedDateIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Result r = run(dir.resolve("out.jsonl"), "--published", "yesterday", dir.resolve("a.txt").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("YYYY-MM-DD");
    }

    @Test
    void oversizedInputIsRefused(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 33; i++) out.write(chunk);
        }
        Result r = run(dir.resolve("out.jsonl"), big.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_PARTIAL);
        assertThat(r.err()).contains("big.txt").contains("too large");
    }
}
