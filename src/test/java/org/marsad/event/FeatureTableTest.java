package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureTableTest {
    /** {@code n} features named by {@code name}, each with {@code columns} weights drawn from {@code random}. */
    private static Map<String, float[]> randomWeights(int n, int columns, Random random, java.util.function.IntFunction<String> name) {
        Map<String, float[]> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            float[] w = new float[columns];
            for (int c = 0; c < columns; c++) w[c] = random.nextFloat() - 0.5f;
            map.put(name.apply(i), w);
        }
        return map;
    }

    @Test
    void looksUpTheSameWeightsAsAMapAndNothingForUnknownFeatures() {
        Map<String, float[]> map = randomWeights(5_000, 3, new Random(5), i -> "w=كلمة" + i + (i % 7 == 0 ? "|ال" : ""));
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
        Map<String, float[]> map = randomWeights(20_000, 4, random, i -> "f" + i);
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

    /** Weights as the model files write them: four decimals, read back by {@link WeightTable#parse}. */
    private static Map<String, float[]> writtenWeights(int n, int columns, double range, Random random) {
        Map<String, float[]> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            float[] w = new float[columns];
            for (int c = 0; c < columns; c++) {
                String text = String.format(java.util.Locale.ROOT, "%.4f", (random.nextDouble() * 2 - 1) * range);
                if (text.equals("-0.0000")) text = "0"; // -0.0 is no short number (that table keeps floats)
                w[c] = random.nextInt(10) == 0 ? 0f : WeightTable.parse(text, 0, text.length());
            }
            map.put("f" + i, w);
        }
        return map;
    }

    @Test
    void holdsFileWeightsAsTenThousandthsAndAddsTheSameFloats() {
        Random random = new Random(11);
        Map<String, float[]> map = writtenWeights(20_000, 5, 3.2767, random);
        FeatureTable table = new FeatureTable(map, 5);
        assertThat(table.wideRows()).isZero();
        for (var e : map.entrySet()) for (int c = 0; c < 5; c++) assertThat(table.weight(e.getKey(), c)).isEqualTo(e.getValue()[c]);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(60);
            long[] hashes = new long[n];
            double[] expected = new double[5], all = new double[5];
            for (int j = 0; j < n; j++) {
                String f = "f" + random.nextInt(22_000); // some absent
                hashes[j] = FeatureTable.hash(f);
                float[] w = map.get(f);
                if (w != null) for (int c = 0; c < 5; c++) expected[c] += w[c];
            }
            table.addAll(hashes, n, all);
            assertThat(all).containsExactly(expected);
        }
    }

    @Test
    void keepsAsFloatsTheRowsWithAWeightThatIsNoShortNumberOfTenThousandths() {
        Random random = new Random(12);
        Map<String, float[]> map = writtenWeights(1_000, 3, 1.0, random);
        map.put("wide", new float[] {7.1462f, 0, 1.5f}); // 71,462 ten-thousandths: more than a short holds
        map.put("fine", new float[] {0.123456f, 0, 0});
        map.put("negative zero", new float[] {-0.0f, 0, 0});
        FeatureTable table = new FeatureTable(map, 3);
        assertThat(table.wideRows()).isEqualTo(3);
        for (var e : map.entrySet()) {
            for (int c = 0; c < 3; c++) {
                assertThat(Float.floatToIntBits(table.weight(e.getKey(), c))).as(e.getKey()).isEqualTo(Float.floatToIntBits(e.getValue()[c]));
            }
        }
        List<String> names = new ArrayList<>(map.keySet());
        for (int round = 0; round < 100; round++) {
            int n = 1 + random.nextInt(30);
            long[] hashes = new long[n];
            double[] expected = new double[3], all = new double[3];
            for (int j = 0; j < n; j++) {
                String f = round % 2 == 0 && j == 0 ? "wide" : names.get(random.nextInt(names.size()));
                hashes[j] = FeatureTable.hash(f);
                for (int c = 0; c < 3; c++) expected[c] += map.get(f)[c];
            }
            table.addAll(hashes, n, all);
            assertThat(all).containsExactly(expected);
        }
    }

    @Test
    void twoTablesLookedUpTogetherSumAsEachAlone() {
        Random random = new Random(13);
        FeatureTable t = new FeatureTable(writtenWeights(5_000, 4, 1.0, random), 4);
        Map<String, float[]> wider = writtenWeights(3_000, 7, 5.0, random); // some rows beyond a short: floats
        FeatureTable u = new FeatureTable(wider, 7);
        assertThat(u.wideRows()).isPositive();
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(50);
            long[] hashes = new long[n];
            for (int j = 0; j < n; j++) hashes[j] = FeatureTable.hash("f" + random.nextInt(6_000));
            double[] z = new double[4], y = new double[7], zAlone = new double[4], yAlone = new double[7];
            FeatureTable.addAll(t, z, u, y, hashes, n);
            t.addAll(hashes, n, zAlone);
            u.addAll(hashes, n, yAlone);
            assertThat(z).containsExactly(zAlone);
            assertThat(y).containsExactly(yAlone);
        }
    }
}
