package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureTableTest {
    @Test
    void looksUpTheSameWeightsAsAMapAndNothingForUnknownFeatures() {
        Random random = new Random(5);
        Map<String, float[]> map = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            float[] w = new float[3];
            for (int c = 0; c < 3; c++) w[c] = random.nextFloat() - 0.5f;
            map.put("w=كلمة" + i + (i % 7 == 0 ? "|ال" : ""), w);
        }
        FeatureTable table = new FeatureTable(map, 3);
        for (var e : map.entrySet()) {
            double[] z = new double[3];
            table.addTo(e.getKey(), z);
            for (int c = 0; c < 3; c++) {
                assertThat(z[c]).isEqualTo(e.getValue()[c], org.assertj.core.data.Offset.offset(1e-6));
                assertThat(table.weight(e.getKey(), c)).isEqualTo(e.getValue()[c]);
            }
        }
        double[] z = new double[3];
        table.addTo("w=غائبة", z);
        assertThat(z).containsOnly(0.0);
        assertThat(table.weight("", 1)).isZero();
    }

    @Test
    void aJointTableAddsEachModelsColumnsAsItsOwnTableDoes() {
        Random random = new Random(11);
        Map<String, float[]> first = new HashMap<>(), second = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            String f = "w=كلمة" + i;
            // some features in one model only, most in both
            if (i % 5 != 1) first.put(f, randomRow(random, 4));
            if (i % 5 != 2) second.put(f, randomRow(random, 3));
        }
        FeatureTable a = new FeatureTable(first, 4), b = new FeatureTable(second, 3);
        FeatureTable joint = new FeatureTable(java.util.List.of(first, second), new int[] {4, 3});
        for (int trial = 0; trial < 200; trial++) {
            double[] z1 = new double[4], a1 = new double[3], z2 = new double[4], a2 = new double[3], alone = new double[4];
            for (int k = 0; k < 30; k++) {
                long h = FeatureTable.hash("w=كلمة" + random.nextInt(3_500)); // some absent from both
                a.addTo(h, z1);
                b.addTo(h, a1);
                joint.addTo(h, z2, a2);
                joint.addTo(h, alone, null);
            }
            assertThat(z2).containsExactly(z1);
            assertThat(a2).containsExactly(a1);
            assertThat(alone).containsExactly(z1);
        }
        assertThat(joint.weight("w=كلمة1", 0)).isZero(); // in the second model only
        assertThat(joint.weight("w=كلمة2", 3)).isEqualTo(first.get("w=كلمة2")[3]);
    }

    private static float[] randomRow(Random random, int columns) {
        float[] w = new float[columns];
        for (int c = 0; c < columns; c++) w[c] = random.nextFloat() - 0.5f;
        return w;
    }
}
