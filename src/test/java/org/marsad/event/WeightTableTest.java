package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightTableTest {
    @Test
    void parsesEveryWrittenWeightAsParseFloatDoes() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(5));
            String s = String.format(java.util.Locale.ROOT, "%.4f", WeightTable.round(x));
            assertThat(WeightTable.parse(s, 0, s.length())).as(s).isEqualTo(Float.parseFloat(s));
        }
        for (String s : new String[] {"0", "-0", "12", "1.5", "-3.25", "1e-5", "123456789.5", "0.12345", "-.5", "7."}) {
            assertThat(WeightTable.parse("x" + s + "y", 1, s.length() + 1)).as(s).isEqualTo(Float.parseFloat(s));
        }
    }

    @Test
    void readsBackWhatItWritesAndRejectsAShortLine() throws Exception {
        Map<String, float[]> w = Map.of("w=قصف", new float[] {0.1234f, -2f, 0f}, "bias", new float[] {-0.0001f, 15.5f, 3f});
        StringWriter out = new StringWriter();
        WeightTable.write(out, "test\nsecond line", w);
        Map<String, float[]> read = WeightTable.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), 3, "test model");
        assertThat(read).containsOnlyKeys("w=قصف", "bias");
        assertThat(read.get("w=قصف")).containsExactly(0.1234f, -2f, 0f);
        assertThat(read.get("bias")).containsExactly(-0.0001f, 15.5f, 3f);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WeightTable.read(
                new ByteArrayInputStream("f\t1\t2\n".getBytes(StandardCharsets.UTF_8)), 3, "test model"))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("bad test model line");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WeightTable.read(
                new ByteArrayInputStream("f\t1\tx\t3\n".getBytes(StandardCharsets.UTF_8)), 3, "test model"))
                .isInstanceOf(java.io.IOException.class);
    }
}
