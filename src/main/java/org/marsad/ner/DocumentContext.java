package org.marsad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Document-level evidence for the second pass: for each token, which labels the first pass gave the same
 * word (its {@link Features#coreHash core}) at its other occurrences in the document. Bit 2t = B of type t,
 * bit 2t+1 = I of type t, bit 8 = O; the token's own occurrence is not counted. Names are often written in
 * full once (دونالد رامسفيلد) and then shortened (رامسفيلد), which a sentence-level tagger misses.
 */
final class DocumentContext {
    static final int BITS = 9;
    static final int WHOLE_DOCUMENT = Integer.MAX_VALUE;

    private DocumentContext() {
    }

    /**
     * Bits per token of each sentence. The document of sentence s is the sentences within {@code window}
     * of it ({@link #WHOLE_DOCUMENT} for all): corpora without document breaks use a sliding window.
     */
    static List<int[]> bits(List<String[]> sentences, List<int[]> labels, int window) {
        return ofCores(coreHashes(sentences), labels, window);
    }

    /** The {@link Features#coreHash core} of each token of each sentence. */
    static List<long[]> coreHashes(List<String[]> sentences) {
        List<long[]> keys = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            long[] k = new long[s.length];
            for (int i = 0; i < s.length; i++) k[i] = Features.coreHash(s[i]);
            keys.add(k);
        }
        return keys;
    }

    /** As {@link #bits(List, List, int)} from the tokens' core hashes, already computed. */
    static List<int[]> ofCores(List<long[]> keys, List<int[]> labels, int window) {
        int n = keys.size();
        Counts counts = new Counts();
        int lo = 0, hi = -1; // sentences [lo, hi] are counted
        List<int[]> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            int wantLo = window == WHOLE_DOCUMENT ? 0 : Math.max(0, s - window);
            int wantHi = window == WHOLE_DOCUMENT ? n - 1 : Math.min(n - 1, s + window);
            while (hi < wantHi) add(counts, keys.get(++hi), labels.get(hi), 1);
            while (lo < wantLo) add(counts, keys.get(lo), labels.get(lo++), -1);
            long[] k = keys.get(s);
            int[] l = labels.get(s);
            int[] b = new int[k.length];
            for (int i = 0; i < k.length; i++) {
                int at = counts.base(k[i]);
                int[] c = counts.counts;
                int self = bit(l[i]);
                for (int x = 0; x < BITS; x++) {
                    if (c[at + x] - (x == self ? 1 : 0) > 0) b[i] |= 1 << x;
                }
            }
            out.add(b);
        }
        return out;
    }

    private static int bit(int label) {
        return label == Labels.O ? 8 : 2 * Labels.type(label) + (Labels.isInside(label) ? 1 : 0);
    }

    private static void add(Counts counts, long[] keys, int[] labels, int delta) {
        for (int i = 0; i < keys.length; i++) {
            int at = counts.base(keys[i]);
            counts.counts[at + bit(labels[i])] += delta;
        }
    }

    /** Label counts per core in one array, {@link #BITS} counts from {@link #base}: no boxed keys per token. */
    private static final class Counts {
        private final LongIntMap slots = new LongIntMap(256);
        int[] counts = new int[256 * BITS];
        private int next = 1; // slot 0 is the core whose hash is 0, a key the map cannot hold

        int base(long key) {
            if (key == 0) return 0;
            int slot = slots.putIfAbsent(key, next);
            if (slot == next) {
                next++;
                if (next * BITS > counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
            }
            return slot * BITS;
        }
    }
}
