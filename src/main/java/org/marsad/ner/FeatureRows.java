package org.marsad.ner;

/**
 * The weight rows of each feature key in both tagging passes, found with one look-up: the second pass has
 * the first pass's features plus a few document features, so most of its rows come for free. Read-only,
 * built at model load from the two passes' indexes. Values are row + 1, 0 when the pass lacks the key.
 */
final class FeatureRows {
    private final long[] table; // [2i] = key (0 = empty), [2i + 1] = (second row + 1) << 32 | (first row + 1)
    private final int mask;

    FeatureRows(LongIntMap first, LongIntMap second) {
        int[] union = {first.size()};
        if (second != null) second.forEach((key, row) -> {
            if (first.get(key, -1) < 0) union[0]++;
        });
        int cap = Integer.highestOneBit(Math.max(16, union[0] * 2 - 1)) << 1; // load 1/4 to 1/2
        table = new long[cap * 2];
        mask = cap - 1;
        first.forEach((key, row) -> slot(key, 0, row));
        if (second != null) second.forEach((key, row) -> slot(key, 32, row));
    }

    private void slot(long key, int shift, int row) {
        int i = (int) Hashing.mix(key) & mask;
        while (table[2 * i] != 0 && table[2 * i] != key) i = (i + 1) & mask;
        table[2 * i] = key;
        table[2 * i + 1] |= (row + 1L) << shift;
    }

    /** Both rows of a key packed as above; 0 when neither pass has it. */
    long get(long key) {
        long[] t = table;
        int m = mask;
        int i = (int) Hashing.mix(key) & m;
        while (true) {
            long k = t[2 * i];
            if (k == key) return t[2 * i + 1];
            if (k == 0) return 0;
            i = (i + 1) & m;
        }
    }

    /** Resolves the second-pass rows of the slots marked {@link #LOOK_UP}. */
    void resolveSecond(long[] feats, int[] second) {
        for (int k = 0; k < feats.length; k++) {
            if (second[k] == LOOK_UP) second[k] = (int) (get(feats[k]) >>> 32);
        }
    }

    static final int LOOK_UP = -1;
}
