package org.marsad.store;

import java.util.Arrays;
import java.util.Base64;
import org.marsad.text.ArabicNormalizer;

/**
 * Text fingerprints for duplicate and story detection over word shingles of the normalized text: a 64-bit
 * SimHash over single words (on the fixtures, one changed word in a 90-word article moves it 1 bit, a
 * rewrite 16; over word pairs the change already costs 4 bits) and a MinHash signature over word pairs.
 *
 * <p>Hand-written: no maintained Java library on the allowed list offers SimHash/MinHash, and both are a
 * few lines; the hash is a 64-bit FNV-1a mixed with the SplitMix64 finalizer, so that fingerprints are
 * stable across JVMs and releases (they are stored in the database).
 */
final class Fingerprints {
    static final int MINHASH_SIZE = 64;
    static final int BANDS = 32;
    static final int ROWS = MINHASH_SIZE / BANDS;
    private static final long SEED1 = 0x5DEECE66DL;
    private static final long SEED2 = 0x2545F4914F6CDD1DL;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Fingerprints() {
    }

    /**
     * {@link #hash} of each word of the normalized text (runs of letters and digits), in order, computed in
     * place: no string per word.
     */
    static long[] wordHashes(String text) {
        String norm = normalized(text);
        long[] out = new long[Math.max(16, norm.length() / 4)];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i <= norm.length(); i++) {
            boolean word = i < norm.length() && Character.isLetterOrDigit(norm.charAt(i));
            if (word) {
                if (!inWord) h = FNV_OFFSET;
                inWord = true;
                h = (h ^ norm.charAt(i)) * FNV_PRIME;
            } else if (inWord) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = mix(h);
                inWord = false;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static String normalized(String text) {
        return ArabicNormalizer.normalizeForMatching(text == null ? "" : text).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Hashes of the distinct shingles of {@code n} consecutive words, from the words' hashes, in ascending
     * order (SimHash and MinHash are functions of the set, so sorting to drop repeats changes neither).
     */
    static long[] shingles(long[] wordHashes, int n) {
        if (wordHashes.length == 0) return new long[0];
        int count = Math.max(1, wordHashes.length - n + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L * n;
            for (int j = i; j < Math.min(i + n, wordHashes.length); j++) h = mix(h * 31 + wordHashes[j]);
            out[i] = h;
        }
        Arrays.sort(out);
        int k = 0;
        for (int i = 0; i < count; i++) if (k == 0 || out[i] != out[k - 1]) out[k++] = out[i];
        return Arrays.copyOf(out, k);
    }

    /** Charikar's SimHash: each bit is the majority vote of that bit over the shingle hashes. */
    static long simHash(long[] shingles) {
        int[] votes = new int[64];
        for (long h : shingles) {
            for (int b = 0; b < 64; b++) votes[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
        }
        long out = 0;
        for (int b = 0; b < 64; b++) if (votes[b] > 0) out |= 1L << b;
        return out;
    }

    static int hamming(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * MinHash signature: for each of {@link #MINHASH_SIZE} hash functions, the minimum over shingles. The
     * functions are {@code h1 + i·h2} of two independent hashes (Kirsch and Mitzenmacher), one
     * multiply-add each instead of a full mix.
     */
    static int[] minHash(long[] shingles) {
        int[] sig = new int[MINHASH_SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long h : shingles) {
            long h1 = mix(h ^ SEED1);
            long h2 = mix(h ^ SEED2) | 1L;
            long v = h1;
            for (int i = 0; i < MINHASH_SIZE; i++, v += h2) {
                int x = (int) (v >>> 33);
                if (x < sig[i]) sig[i] = x;
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of two signatures. */
    static double jaccard(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return same / (double) a.length;
    }

    /** The LSH bucket of one band of a signature. */
    static long band(int[] sig, int band) {
        long h = band * 0x100000001B3L;
        for (int r = 0; r < ROWS; r++) h = mix(h ^ sig[band * ROWS + r]);
        return h;
    }

    static String encode(int[] sig) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) buf.putInt(v);
        return Base64.getEncoder().encodeToString(buf.array());
    }

    static int[] decode(String s) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(Base64.getDecoder().decode(s));
        int[] sig = new int[buf.remaining() / 4];
        for (int i = 0; i < sig.length; i++) sig[i] = buf.getInt();
        return sig;
    }

    /** The hash of one word; {@link #wordHashes} computes the same in place. */
    static long hash(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
