package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.event.WordVectors;
import org.marsad.text.Tokenizer;
import picocli.CommandLine;

/** train vectors: the word vectors from a corpus folder, without the held-out event sets' articles. */
class TrainVectorsCommandTest {
    @Test
    void wordsAreTheNormalizedArabicWordsAndNumbersOfTheText() {
        assertThat(TrainVectorsCommand.words(new Tokenizer(), "قُتل 12 شخصاً في غارةٍ (AFP) على إدلب."))
                .containsExactly("قتل", "12", "شخصا", "في", "غاره", "علي", "ادلب");
    }

    @Test
    void learnsFromEveryArticleButTheHeldOutOnesAndWritesTheSameFileTwice(@TempDir Path dir) throws Exception {
        // a corpus of one section; its article "held-1" is in a held-out set and has a word of its own
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        ObjectMapper json = new ObjectMapper();
        Random r = new Random(5);
        String[][] topics = {{"قصف", "غارة", "الجيش", "قوات", "مسلحين"}, {"محادثات", "الوزير", "بغداد", "دمشق", "نظيره"}};
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 8; s++) {
                String[] topic = topics[r.nextInt(2)];
                for (int w = 0; w < 5; w++) text.append(topic[r.nextInt(topic.length)]).append(' ');
                text.append(". ");
            }
            if (i == 0) text.append("كلمةسرية كلمةسرية كلمةسرية كلمةسرية كلمةسرية كلمةسرية");
            lines.append(json.writeValueAsString(Map.of("docno", i == 0 ? "held-1" : "doc-" + i, "title", "عنوان", "text", text.toString())))
                    .append('\n');
        }
        try (var out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("x.jsonl.gz")))) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path events = Files.createDirectories(dir.resolve("repo/eval/events"));
        Files.writeString(events.resolve("heldout9.jsonl"), "{\"docno\": \"held-1\", \"events\": []}\n");
        assertThat(TrainVectorsCommand.heldOutDocnos(events)).containsExactly("held-1");
        String home = System.getProperty("marsad.home");
        System.setProperty("marsad.home", dir.resolve("repo").toString());
        try {
            Path a = dir.resolve("a.bin.gz"), b = dir.resolve("b.bin.gz");
            for (Path target : List.of(a, b)) {
                CommandLine cli = new CommandLine(new TrainVectorsCommand());
                StringWriter err = new StringWriter();
                cli.setErr(new PrintWriter(err));
                assertThat(cli.execute("--data", corpus.toString(), "--out", target.toString(), "--dims", "3", "--min-count", "2")).as(err::toString).isZero();
                assertThat(err.toString()).contains("59 articles (1 of the held-out event sets left out)");
            }
            assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
            WordVectors v;
            try (var in = new GZIPInputStream(Files.newInputStream(a))) {
                v = WordVectors.read(in);
            }
            assertThat(v.dims()).isEqualTo(3);
            assertThat(v.vector("غاره")).isNotNull();
            assertThat(v.vector("كلمةسرية")).isNull();
        } finally {
            if (home == null) System.clearProperty("marsad.home");
            else System.setProperty("marsad.home", home);
        }
    }
}
