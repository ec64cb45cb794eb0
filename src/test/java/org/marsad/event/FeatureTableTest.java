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
    void keepsRowsApartInATableOfMoreFeaturesThanSixteenBitsCount() {
        Map<String, float[]> map = new HashMap<>();
        for (int i = 0; i < 200_000; i++) map.put("s=" + Integer.toString(i, 36), new float[] {i, -i});
        FeatureTable table = new FeatureTable(map, 2);
        for (var e : map.entrySet()) {
            assertThat(table.weight(e.getKey(), 0)).isEqualTo(e.getValue()[0]);
            assertThat(table.weight(e.getKey(), 1)).isEqualTo(e.getValue()[1]);
        }
        for (int i = 200_000; i < 260_000; i++) assertThat(table.weight("s=" + Integer.toString(i, 36), 0)).isZero();
    }

    @Test
    void batchedLookUpsSumToTheSameBitsAsOneByOne() {
        Random random = new Random(7);
        Map<String, float[]> map = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            float[] w = new float[4];
            for (int c = 0; c < 4; c++) w[c] = random.nextFloat() - 0.5f;
            map.put("f" + i, w);
        }
        FeatureTable table = new FeatureTable(map, 4);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(40);
            long[] hashes = new long[n + 3]; // longer than n: only the first n count
            for (int j = 0; j < hashes.length; j++) hashes[j] = FeatureTable.hash("f" + random.nextInt(25_000)); // some absent
            double[] one = new double[4], all = new double[4];
            for (int j = 0; j < n; j++) table.addTo(hashes[j], one);
            table.addAll(hashes, n, all);
            assertThat(all).containsExactly(one);
            float[] column = table.column(hashes, n, 2);
            assertThat(column).hasSize(n);
            for (int j = 0; j < n; j++) {
                double[] z = new double[4];
                table.addTo(hashes[j], z);
                assertThat((double) column[j]).isEqualTo(z[2]);
            }
        }
    }
}
