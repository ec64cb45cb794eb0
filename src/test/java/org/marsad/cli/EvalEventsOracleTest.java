package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval events --oracle-entities: the events coded over entities made from the gold's surfaces, article after article. */
class EvalEventsOracleTest {
    private static final Path GOLD = Path.of("eval/events/dev2.jsonl");

    @Test
    void scoresEveryArticleWithTheGoldSurfacesAsEntities(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("../shared/data/ant-news-multisource")), "../shared absent: skipping");
        // six articles: the coder is made once and serves each of them (until session 29 it read the models per article)
        Path gold = dir.resolve("six.jsonl");
        Files.write(gold, Files.readAllLines(GOLD).subList(0, 6));
        JsonNode out = new ObjectMapper().readTree(
                EvalEventsAgainstTest.run("--json", "--oracle-entities", "--bootstrap", "0", "--gold", gold.toString()));
        assertThat(out.path("oracle_entities").asBoolean()).isTrue();
        assertThat(out.path("articles").asInt()).isEqualTo(6);
        assertThat(out.path("articles_missing").asInt()).isZero();
        JsonNode detection = out.path("detection");
        assertThat(detection.path("tp").asInt()).as("matched events").isPositive();
        // every gold actor is an entity here, so some matched event's actor agrees
        assertThat(out.path("arguments").path("actor").path("tp").asInt()).isPositive();
    }
}
