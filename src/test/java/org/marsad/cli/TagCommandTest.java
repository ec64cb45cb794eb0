package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad tag --conll}: one token<TAB>tag line per token line, blank lines kept where they were. */
class TagCommandTest {
    @Test
    void mirrorsTheInputLineForLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.conll");
        Files.writeString(in, "\uFEFFقال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\n\n\nفي\nواشنطن\n.\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.tsv");
        assertThat(Main.run("tag", "--conll", in.toString(), "-o", out.toString())).isEqualTo(Main.EXIT_OK);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).startsWith("قال\t");
        assertThat(lines.get(4)).isEmpty();
        assertThat(lines.get(5)).isEmpty();
        assertThat(lines.get(7)).isEqualTo("واشنطن\tB-LOC");
        for (String line : lines) {
            if (!line.isEmpty()) assertThat(line).matches("\\S+\\t(O|[BI]-(PERS|LOC|ORG|MISC))");
        }
    }
}
