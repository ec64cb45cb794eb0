package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.event.ArgumentRanker;
import picocli.CommandLine;

/** train events: the argument model from gold articles, its file and its cross-validation table. */
class TrainEventsCommandTest {
    private static String run(StringWriter out, String... args) {
        CommandLine cli = new CommandLine(new TrainEventsCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void trainsTheSameModelTwiceAndCrossValidatesAgainstTheRules(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("../shared/data/ant-news-multisource")), "../shared absent: skipping");
        Path gold = dir.resolve("twelve.jsonl");
        Files.write(gold, Files.readAllLines(Path.of("eval/events/dev2.jsonl")).subList(0, 12));
        Path a = dir.resolve("a.model"), b = dir.resolve("b.model"), ta = dir.resolve("a.types"), tb = dir.resolve("b.types");
        Path na = dir.resolve("a.net"), nb = dir.resolve("b.net");
        run(new StringWriter(), "--gold", gold.toString(), "--out", a.toString(), "--types-out", ta.toString(), "--net-out", na.toString());
        run(new StringWriter(), "--gold", gold.toString(), "--out", b.toString(), "--types-out", tb.toString(), "--net-out", nb.toString());
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b)).contains("# built by: ./marsad train events --gold");
        assertThat(Files.readString(ta)).isEqualTo(Files.readString(tb)).contains("# built by: ./marsad train events --gold");
        assertThat(Files.readString(na)).isEqualTo(Files.readString(nb)).contains("# built by: ./marsad train events --gold")
                .contains("--net-hidden 20").contains("\nnet.bias\t");
        // without a net, the regressions stand alone and no net file is left behind
        run(new StringWriter(), "--gold", gold.toString(), "--out", b.toString(), "--types-out", tb.toString(), "--net-out", nb.toString(),
                "--net-hidden", "0");
        assertThat(nb).doesNotExist();
        try (var in = Files.newInputStream(ta)) {
            assertThat(org.marsad.event.SentenceTypes.read(in).size()).isPositive();
        }
        try (var in = Files.newInputStream(a)) {
            ArgumentRanker model = ArgumentRanker.read(in);
            for (String role : ArgumentRanker.ROLES) assertThat(model.decides(role)).as(role).isTrue();
        }
        String cv = run(new StringWriter(), "--gold", gold.toString(), "--folds", "3", "--roles", "actor,date");
        List<String> rows = cv.lines().filter(l -> l.matches("(actor|target|location|date|attribution) +[0-9.]+ +[0-9.]+ +[0-9.]+")).toList();
        assertThat(rows).hasSize(5);
        for (String row : rows) {
            String[] cols = row.trim().split("\\s+");
            double rules = Double.parseDouble(cols[1]), model = Double.parseDouble(cols[2]), ceiling = Double.parseDouble(cols[3]);
            assertThat(rules).isBetween(0.0, ceiling);
            assertThat(model).isBetween(0.0, ceiling);
        }
        // roles the model does not decide keep the rules' choice exactly
        assertThat(rows.get(1).trim().split("\\s+")[1]).isEqualTo(rows.get(1).trim().split("\\s+")[2]);
        assertThat(rows.get(4).trim().split("\\s+")[1]).isEqualTo(rows.get(4).trim().split("\\s+")[2]);
        // the attribution's P / R / F1, the rules' and the model's at each weight of "no source", within [0, 1]
        List<String> sources = cv.lines().filter(l -> l.startsWith("attribution ") && l.split("\\s+").length == 5).toList();
        assertThat(sources).hasSize(7);
        for (String row : sources) {
            for (int i = 2; i < 5; i++) assertThat(Double.parseDouble(row.split("\\s+")[i])).isBetween(0.0, 1.0);
        }
        // detection: the rules, the regressions alone and the regressions with the net, each P R F1 within [0, 1]
        List<String> detection = cv.lines().filter(l -> l.matches("(rules|regressions|model) +[0-9.]+ +[0-9.]+ +[0-9.]+")).toList();
        assertThat(detection).extracting(l -> l.split("\\s+")[0]).containsExactly("rules", "regressions", "model");
    }
    @Test
    void everyKthArticleTrainsALearningCurvesSmallerModelAndAModelsDirectoryServesIt(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("../shared/data/ant-news-multisource")), "../shared absent: skipping");
        Path gold = dir.resolve("twelve.jsonl");
        Files.write(gold, Files.readAllLines(Path.of("eval/events/dev2.jsonl")).subList(0, 12));
        Path models = Files.createDirectories(dir.resolve("models"));
        Path a = models.resolve("arguments.model"), t = models.resolve("sentence-types.model.gz"), n = models.resolve("sentence-net.model.gz");
        run(new StringWriter(), "--gold", gold.toString(), "--every", "3", "--out", a.toString(), "--types-out", t.toString(),
                "--net-out", n.toString());
        String header;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(t))) {
            header = new String(in.readNBytes(2000), java.nio.charset.StandardCharsets.UTF_8);
        }
        // the first, fourth, seventh and tenth of the twelve articles
        assertThat(header).contains("--every 3").containsPattern("\\d+ sentences in 4 articles");
        assertThat(Files.readString(a)).contains("--every 3");
        // the pipeline reads the models there in place of the shipped ones, the shipped one where a file is absent
        int trained;
        try (var in = Files.newInputStream(a)) {
            trained = ArgumentRanker.read(in).size();
        }
        String before = System.getProperty("marsad.events.models");
        System.setProperty("marsad.events.models", models.toString());
        try {
            assertThat(ArgumentRanker.shipped().size()).isEqualTo(trained);
            assertThat(org.marsad.event.SentenceTypes.shipped().size()).isLessThan(50_000);
        } finally {
            if (before == null) System.clearProperty("marsad.events.models");
            else System.setProperty("marsad.events.models", before);
        }
        assertThat(ArgumentRanker.shipped().size()).isGreaterThan(trained);
        assertThat(org.marsad.event.SentenceTypes.shipped().size()).isGreaterThan(50_000);
    }
}
