package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** eval events --against: one annotation scored against another with the matching Marsad is scored with. */
class EvalEventsAgainstTest {
    private static final Path GOLD = Path.of("eval/events/dev2.jsonl");

    /** Runs eval events with the arguments and returns what it printed (it must exit with 0). */
    static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalEventsCommand());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void anAnnotationAgreesWithItselfAndLessWithAThinnedCopy(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("../shared/data/ant-news-multisource")), "../shared absent: skipping");
        // three articles, to keep the test short
        var lines = Files.readAllLines(GOLD).subList(0, 3);
        Path three = dir.resolve("three.jsonl");
        Files.write(three, lines);
        String self = run("--json", "--bootstrap", "0", "--gold", three.toString(), "--against", three.toString());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(self);
        assertThat(root.path("detection").path("precision").asDouble()).isEqualTo(1.0);
        assertThat(root.path("detection").path("recall").asDouble()).isGreaterThan(0.95);
        assertThat(root.path("arguments").path("modality").path("accuracy").asDouble()).isEqualTo(1.0);
        // the second annotator leaves out every other event: recall halves, precision stays
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder thinned = new StringBuilder();
        for (String line : lines) {
            var doc = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(line);
            var events = (com.fasterxml.jackson.databind.node.ArrayNode) doc.path("events");
            for (int i = events.size() - 1; i >= 0; i -= 2) events.remove(i);
            thinned.append(mapper.writeValueAsString(doc)).append('\n');
        }
        Path half = dir.resolve("half.jsonl");
        Files.writeString(half, thinned);
        var h = mapper.readTree(run("--json", "--bootstrap", "0", "--gold", three.toString(), "--against", half.toString()));
        assertThat(h.path("detection").path("precision").asDouble()).isEqualTo(1.0);
        assertThat(h.path("detection").path("recall").asDouble()).isBetween(0.3, 0.6);
    }
}
