package org.marsad.event;

import java.util.Map;

/**
 * The event models' weights laid out for look-up on the analysis path: features by a 64-bit hash of their text in
 * one open-addressing array, their weights in one array of rows (see {@link #small}). A {@code HashMap<String, float[]>} of the same
 * 60,000 features costs four or five dependent memory reads per look-up (bucket, node, key, key bytes, weights);
 * this costs two (one 8-byte slot holding the key's top 40 bits and its row, then the weights), which matters
 * because every sentence and every argument option makes dozens of look-ups in tables far larger than the CPU's
 * caches. Slots of 8 bytes rather than 16 (key, then offset) halve the slot array (e.g. 8 MB → 4 MB for the
 * argument model), so fewer look-ups miss the cache: {@code bench analyze} ~8 % less time per article (session 22).
 * Written by hand: no library on the class path offers a primitive long-keyed map.
 */
final class FeatureTable {
    /** Per slot: the key's top 40 bits above its row + 1 in the low {@link #ROW_BITS} (0 = empty). */
    private final long[] slots;
    /**
     * The weights, row after row: first the rows whose every weight is a whole number of ten-thousandths that a short
     * holds (as the model files write them), as those numbers in {@code small}; then the few others (a weight beyond
     * ±3.2767, or finer) as floats in {@code wide}. A row's offset below {@code smallEnd} is in {@code small}.
     */
    private final short[] small;
    private final float[] wide;
    private final int smallEnd;
    private final int columns;
    private final int mask;

    FeatureTable(Map<String, float[]> features, int columns) {
        this.columns = columns;
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
        if (features.size() >= ROW) throw new IllegalArgumentException("too many features for one table: " + features.size());
        slots = new long[capacity];
        mask = capacity - 1;
        java.util.List<Map.Entry<String, float[]>> fit = new java.util.ArrayList<>(features.size()), other = new java.util.ArrayList<>();
        for (var e : features.entrySet()) (fitsShorts(e.getValue()) ? fit : other).add(e);
        small = new short[fit.size() * columns];
        wide = new float[other.size() * columns];
        smallEnd = small.length;
        int row = 0;
        for (var e : fit) {
            put(e.getKey(), row);
            float[] w = e.getValue();
            for (int c = 0; c < columns; c++) small[row * columns + c] = (short) Math.round(w[c] * (double) SCALE);
            row++;
        }
        for (var e : other) {
            put(e.getKey(), row);
            System.arraycopy(e.getValue(), 0, wide, row * columns - smallEnd, columns);
            row++;
        }
    }

    private void put(String feature, int row) {
        long h = hash(feature);
        int i = slot(h);
        // A key whose top bits equal those of one already on its probe path would read that one's row: refuse
        // the model (odds ~10^-7 for 400,000 features) rather than answer wrong.
        while (slots[i] != 0) {
            if (holds(slots[i], h)) throw new IllegalStateException("feature hash collision: " + feature);
            i = (i + 1) & mask;
        }
        slots[i] = (h & ~ROW) | (row + 1);
    }

    /**
     * Ten-thousandths, the model files' precision: {@code n / SCALE} (a float division, rounded once) is the same float
     * as the file's "0.0123" read by {@link WeightTable#parse}, so holding {@code n} in a short loses nothing and halves
     * the weights' memory.
     */
    private static final float SCALE = 10_000f;

    private static boolean fitsShorts(float[] row) {
        for (float w : row) {
            long n = Math.round(w * (double) SCALE);
            if (n < Short.MIN_VALUE || n > Short.MAX_VALUE || Float.floatToIntBits(n / SCALE) != Float.floatToIntBits(w)) return false; // -0.0 too
        }
        return true;
    }

    /** How many rows are held as floats (the rest as ten-thousandths in shorts). */
    int wideRows() {
        return wide.length / Math.max(1, columns);
    }

    /** The weight at an offset. */
    private float at(int offset) {
        return offset < smallEnd ? small[offset] / SCALE : wide[offset - smallEnd];
    }

    /** Adds the feature's weights to {@code z}; nothing when the model has no such feature. */
    void addTo(String feature, double[] z) {
        addTo(hash(feature), z);
    }

    /** {@link #addTo(String, double[])} by the feature's {@link #hash}. */
    void addTo(long hash, double[] z) {
        int at = find(hash);
        if (at < 0) return;
        for (int c = 0; c < columns; c++) z[c] += at(at + c);
    }

    /**
     * {@link #addTo(long, double[])} for {@code hashes[0..n)}, in that order (so the sums are the same to the last
     * bit), in three passes: every first slot read, then the rows resolved, then their weights added. The first pass's
     * reads do not wait on one another, so the CPU has many cache misses in flight at once where one look-up after
     * another would wait for each in turn; the tables are far larger than the caches.
     */
    void addAll(long[] hashes, int n, double[] z) {
        int[] at = rows(hashes, n);
        for (int j = 0; j < n; j++) addRow(at[j], z);
    }

    /**
     * {@link #addAll} of the same hashes into two tables at once ({@code t} into {@code z}, {@code u} into {@code y}),
     * each sum in the same order as alone: the two tables' first slots are read in one pass and their rows added side
     * by side, so that the look-ups of both are in flight together (the sentence-type regressions and net read the
     * same features).
     */
    static void addAll(FeatureTable t, double[] z, FeatureTable u, double[] y, long[] hashes, int n) {
        long[] ft = new long[n], fu = new long[n];
        long[] ts = t.slots, us = u.slots;
        for (int j = 0; j < n; j++) {
            long h = hashes[j];
            ft[j] = ts[t.slot(h)];
            fu[j] = us[u.slot(h)];
        }
        int[] at = t.resolve(ft, hashes, n), au = u.resolve(fu, hashes, n);
        for (int j = 0; j < n; j++) {
            t.addRow(at[j], z);
            u.addRow(au[j], y);
        }
    }

    /** Adds the row at offset {@code a} (nothing when negative). */
    private void addRow(int a, double[] z) {
        if (a < 0) return;
        if (a < smallEnd) {
            short[] s = small;
            for (int c = 0; c < columns; c++) z[c] += s[a + c] / SCALE;
        } else {
            float[] f = wide;
            a -= smallEnd;
            for (int c = 0; c < columns; c++) z[c] += f[a + c];
        }
    }

    /** Each of {@code hashes[0..n)}'s weight in one column (0 when absent), looked up as {@link #addAll} does. */
    float[] column(long[] hashes, int n, int column) {
        int[] at = rows(hashes, n);
        float[] out = new float[n];
        for (int j = 0; j < n; j++) if (at[j] >= 0) out[j] = at(at[j] + column);
        return out;
    }

    /** The offsets of the hashes' weights (-1 when absent): every first slot read before any is compared. */
    private int[] rows(long[] hashes, int n) {
        long[] first = new long[n];
        for (int j = 0; j < n; j++) first[j] = slots[slot(hashes[j])];
        return resolve(first, hashes, n);
    }

    /** The offsets of the hashes' weights from their first slots, read already. */
    private int[] resolve(long[] first, long[] hashes, int n) {
        int[] at = new int[n];
        for (int j = 0; j < n; j++) at[j] = first[j] == 0 ? -1 : holds(first[j], hashes[j]) ? offset(first[j]) : find(hashes[j]);
        return at;
    }

    /** The feature's weight in one column (0 when absent). */
    float weight(String feature, int column) {
        int at = find(feature);
        return at < 0 ? 0 : at(at + column);
    }

    private int find(String feature) {
        return find(hash(feature));
    }

    private int find(long h) {
        for (int i = slot(h); ; i = (i + 1) & mask) {
            long k = slots[i];
            if (k == 0) return -1;
            if (holds(k, h)) return offset(k);
        }
    }

    /** Whether a full slot holds the key of hash {@code h}. */
    private static boolean holds(long slot, long h) {
        return (slot & ~ROW) == (h & ~ROW);
    }

    /** The offset of a full slot's weights. */
    private int offset(long slot) {
        return (int) ((slot & ROW) - 1) * columns;
    }

    /** Bits of a slot holding the row; the rest hold the key's top bits (a feature absent from the table but with
     * the same top 40 bits as a key on its probe path would read that key's weights: odds ~10^-12 per look-up). */
    private static final int ROW_BITS = 24;
    private static final long ROW = (1L << ROW_BITS) - 1;

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
