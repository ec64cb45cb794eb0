package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval events --breakdown: per-type counts, type confusions and argument error kinds, on a doctored second annotation. */
class EvalEventsBreakdownTest {
    private static final Path GOLD = Path.of("eval/events/dev2.jsonl");
    private static final String[] TYPES = {"RETREAT", "AID", "CONCEDE", "MOBILIZE", "COOPERATE", "SANCTION", "AGREE"};

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** dev2's first article, written to {@code file} as it is and returned to be doctored (skips without ../shared). */
    private static ObjectNode firstArticle(Path file) throws java.io.IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("../shared/data/ant-news-multisource")), "../shared absent: skipping");
        String line = Files.readAllLines(GOLD).get(0);
        Files.writeString(file, line + "\n");
        return (ObjectNode) MAPPER.readTree(line);
    }

    /** The "wrong" column of an argument's error-kind row. */
    private static int wrong(String text, String argument) {
        var m = java.util.regex.Pattern.compile("(?m)^" + argument + "\\s+\\d+\\s+(\\d+)\\s+\\d+\\s+\\d+$").matcher(text);
        assertThat(m.find()).as("error-kind row of " + argument).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aMissedEventWhoseSentenceMatchedAnotherIsNamedSo(@TempDir Path dir) throws Exception {
        Path once = dir.resolve("once.jsonl");
        ObjectNode doc = firstArticle(once);
        // the gold tells its first event twice; the other annotation once: the copy is missed in a matched sentence
        ArrayNode events = (ArrayNode) doc.path("events");
        events.add(events.get(0).deepCopy());
        Path twice = dir.resolve("twice.jsonl");
        Files.writeString(twice, MAPPER.writeValueAsString(doc) + "\n");
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new EvalEventsCommand());
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        cli.setErr(new java.io.PrintWriter(err, true));
        assertThat(cli.execute("--verbose", "--bootstrap", "0", "--gold", twice.toString(), "--against", once.toString())).isZero();
        String type = events.get(0).path("plover").asText();
        assertThat(err.toString()).containsPattern(" MISSED   " + type + " .*\\[its sentence's " + type + " matched another gold event: ");
    }

    @Test
    void aRetypedEventIsAConfusionAndAChangedActorIsWrong(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        ObjectNode doc = firstArticle(gold);
        ArrayNode events = (ArrayNode) doc.path("events");
        Set<String> present = new HashSet<>();
        events.forEach(e -> present.add(e.path("plover").asText()));
        String absent = java.util.Arrays.stream(TYPES).filter(t -> !present.contains(t)).findFirst().orElseThrow();
        ObjectNode first = (ObjectNode) events.get(0);
        String original = first.path("plover").asText();
        first.put("plover", absent);
        // another event's actor and target swap places: both are wrong, neither empty
        ObjectNode swapped = null;
        for (int i = 1; i < events.size() && swapped == null; i++) {
            var e = events.get(i);
            if (e.path("actor").size() > 0 && e.path("target").size() > 0
                    && !e.path("actor").get(0).asText().contains(e.path("target").get(0).asText())
                    && !e.path("target").get(0).asText().contains(e.path("actor").get(0).asText())) swapped = (ObjectNode) e;
        }
        Assumptions.assumeTrue(swapped != null, "no second event with an actor and a target in the first article");
        var actor = swapped.path("actor").deepCopy();
        swapped.set("actor", swapped.path("target").deepCopy());
        swapped.set("target", actor);
        Path second = dir.resolve("second.jsonl");
        Files.writeString(second, MAPPER.writeValueAsString(doc) + "\n");

        String self = EvalEventsAgainstTest.run("--breakdown", "--bootstrap", "0", "--gold", gold.toString(), "--against", gold.toString());
        String text = EvalEventsAgainstTest.run("--breakdown", "--bootstrap", "0", "--gold", gold.toString(), "--against", second.toString());
        assertThat(text).containsPattern("(?m)^" + absent + "\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+0\\s+1\\s+0$");
        assertThat(text).containsPattern("(?m)^  " + original + " -> " + absent + "\\s+1$");
        assertThat(wrong(text, "actor")).isEqualTo(wrong(self, "actor") + 1);
        assertThat(wrong(text, "target")).isEqualTo(wrong(self, "target") + 1);
    }
}
