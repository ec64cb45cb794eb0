package org.marsad.event;

import java.util.List;
import java.util.Map;

/**
 * The event models' weights laid out for look-up on the analysis path: features by a 64-bit hash of their text in
 * one open-addressing array, their weights in one float array. A {@code HashMap<String, float[]>} of the same
 * 60,000 features costs four or five dependent memory reads per look-up (bucket, node, key, key bytes, weights);
 * this costs two (each key sits beside its row's offset in one array, then the weights), which matters because every
 * sentence and every argument option makes dozens of look-ups.
 * Written by hand: no library on the class path offers a primitive long-keyed map.
 */
final class FeatureTable {
    /** Per slot: the key (0 = empty), then the offset of its weights. */
    private final long[] slots;
    private final float[] weights;
    private final int columns;
    private final int mask;

    FeatureTable(Map<String, float[]> features, int columns) {
        this(List.of(features), new int[] {columns});
    }

    /**
     * One table over several models' features: a row holds the first model's columns, then the second's and so on
     * (zeros where a model lacks the feature), so that a feature every model weighs costs one look-up, not one per
     * model (the sentence-type regressions and net: {@link #addTo(long, double[], double[])}).
     */
    FeatureTable(List<Map<String, float[]>> parts, int[] widths) {
        int columns = 0, rows = 0;
        int[] offsets = new int[widths.length];
        for (int p = 0; p < parts.size(); p++) {
            offsets[p] = columns;
            columns += widths[p];
            for (String key : parts.get(p).keySet()) if (!inEarlier(parts, p, key)) rows++;
        }
        this.columns = columns;
        int capacity = Integer.highestOneBit(Math.max(4, rows * 2 - 1)) << 1;
        slots = new long[2 * capacity];
        weights = new float[rows * columns];
        mask = capacity - 1;
        int row = 0;
        for (int p = 0; p < parts.size(); p++) {
            for (String key : parts.get(p).keySet()) {
                if (inEarlier(parts, p, key)) continue;
                long h = hash(key);
                int i = slot(h);
                while (slots[2 * i] != 0) {
                    if (slots[2 * i] == h) throw new IllegalStateException("feature hash collision: " + key);
                    i = (i + 1) & mask;
                }
                slots[2 * i] = h;
                slots[2 * i + 1] = (long) row * columns;
                for (int q = p; q < parts.size(); q++) {
                    float[] w = parts.get(q).get(key);
                    if (w != null) System.arraycopy(w, 0, weights, row * columns + offsets[q], widths[q]);
                }
                row++;
            }
        }
    }

    private static boolean inEarlier(List<Map<String, float[]>> parts, int p, String key) {
        for (int q = 0; q < p; q++) if (parts.get(q).containsKey(key)) return true;
        return false;
    }

    /** Adds the feature's weights to {@code z}; nothing when the model has no such feature. */
    void addTo(String feature, double[] z) {
        addTo(hash(feature), z);
    }

    /** {@link #addTo(String, double[])} by the feature's {@link #hash}. */
    void addTo(long hash, double[] z) {
        int at = find(hash);
        if (at < 0) return;
        for (int c = 0; c < columns; c++) z[c] += weights[at + c];
    }

    /**
     * Adds the feature's first {@code first.length} columns to {@code first} and, unless {@code second} is null, the
     * next {@code second.length} to {@code second}; nothing when the table has no such feature. Adding a 0 leaves a
     * sum as it was, so a model's sums are those of a table of its own.
     */
    void addTo(long hash, double[] first, double[] second) {
        int at = find(hash);
        if (at < 0) return;
        int n = first.length;
        for (int c = 0; c < n; c++) first[c] += weights[at + c];
        if (second == null) return;
        at += n;
        for (int c = 0; c < second.length; c++) second[c] += weights[at + c];
    }

    /** The feature's weight in one column (0 when absent). */
    float weight(String feature, int column) {
        int at = find(feature);
        return at < 0 ? 0 : weights[at + column];
    }

    private int find(String feature) {
        return find(hash(feature));
    }

    private int find(long h) {
        for (int i = slot(h); ; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == h) return (int) slots[2 * i + 1];
            if (k == 0) return -1;
        }
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** FNV-1a over the UTF-16 chars; never 0 (the empty slot). */
    static long hash(String s) {
        return finish(add(START, s, 0, s.length()));
    }

    /** The FNV-1a state before any char; {@link #add} continues it and {@link #finish} ends it, so a feature's
     * hash can be computed from its pieces (a prefix, a word, part of a word) without building its string. */
    static final long START = 0xcbf29ce484222325L;

    static long add(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long finish(long h) {
        return h == 0 ? 1 : h;
    }
}
