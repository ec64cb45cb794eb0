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
import org.junit.jupiter.api.io.TempDir;

class EvalPlacesCommandTest {
    @Test
    void occurrenceCountsOverlappingMatchesAndMatchesInsideWords() {
        String text = "إيران والإيراني وإيران";
        assertThat(EvalPlacesCommand.occurrence(text, "إيران", 1)).isEqualTo(0);
        assertThat(EvalPlacesCommand.occurrence(text, "إيران", 2)).isEqualTo(text.indexOf("الإيراني") + 2);
        assertThat(EvalPlacesCommand.occurrence(text, "إيران", 4)).isEqualTo(-1);
        assertThat(EvalPlacesCommand.occurrence("ااا", "اا", 2)).isEqualTo(1);
    }

    @Test
    void goldPlaceSetMeetsTheGoals(@TempDir Path emptyData) throws Exception {
        Path gold = Path.of("eval/places/places.jsonl");
        Assumptions.assumeTrue(Files.exists(Path.of("../shared/data/ant-news-multisource")) && Files.exists(gold),
                "../shared absent: skipping the place evaluation");
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("eval", "places", "--json", "--data", emptyData.toString(), "--gold", gold.toString());
        assertThat(code).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(r.get("gold_places").asInt()).isEqualTo(627);
        assertThat(r.get("found_share").asDouble()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("right_share_of_found").asDouble()).isGreaterThanOrEqualTo(0.95);
    }
}
