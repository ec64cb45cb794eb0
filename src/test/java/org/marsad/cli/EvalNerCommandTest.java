package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code marsad eval ner --json} on the CAMeL test split (skips when ../shared is absent). */
class EvalNerCommandTest {
    @Test
    void scoresTheTestSplit() throws Exception {
        Path test = Path.of("../shared/data/anercorp/ANERCorp_CamelLab_test.txt");
        Assumptions.assumeTrue(Files.exists(test), "../shared absent: skipping the NER evaluation on ANERcorp");
        var cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("eval", "ner", "--json", "--data", "../shared/data");
        assertThat(code).isEqualTo(Main.EXIT_OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("tokens").asInt()).isEqualTo(25_008);
        assertThat(json.path("types").size()).isEqualTo(4);
        assertThat(json.path("micro").path("gold").asInt()).isEqualTo(2285);
        // the shipped model's figure is in docs/ner-model-card.md; this guards against a broken model or scorer
        assertThat(json.path("micro").path("f1").asDouble()).isGreaterThan(65.0);
        assertThat(json.path("types").path("LOC").path("f1").asDouble()).isGreaterThan(80.0);
    }
}
