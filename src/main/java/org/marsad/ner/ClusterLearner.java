package org.marsad.ner;

import org.marsad.ingest.AntNewsCorpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.marsad.model.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Tokenizer;

/**
 * Learns word clusters without labels from raw news: each frequent word is described by its left and right
 * neighbours (positive PMI over the most frequent context words), randomly projected to a dense vector, and
 * the vectors are split by spherical k-means into 16, then 8 and 8 again (a 3-level hierarchy like Brown
 * clusters' bit prefixes).
 *
 * <p>Why hand-written: Brown clustering is quadratic in the cluster count and no Java library for it is on
 * Maven Central; this takes well under a minute on one core. Off by default since the skip-gram embedding
 * clusters ({@link EmbeddingLearner}) replaced it; it also hosts the news reader and the k-means both use.
 */
final class ClusterLearner {
    static final int VOCAB = 40_000, CONTEXTS = 2_000, DIM = 96, K1 = 16, K2 = 8, K3 = 8, ITERATIONS = 8;

    private ClusterLearner() {
    }

    /** Normalized word sequences (one per paragraph) of up to {@code limit} articles, categories interleaved. */
    static List<String[]> readNews(Path dir, int limit) throws IOException {
        List<String[]> out = new ArrayList<>();
        forEachParagraph(dir, limit, out::add);
        return out;
    }

    /** Visits the normalized words of each non-empty paragraph (title, then text lines) of up to {@code limit} articles. */
    static void forEachParagraph(Path dir, int limit, java.util.function.Consumer<String[]> visitor) throws IOException {
        if (limit <= 0) return;
        Tokenizer tokenizer = new Tokenizer();
        int[] articles = {0};
        AntNewsCorpus.forEachInterleaved(dir, n -> {
            for (String para : (n.path("title").asText("") + "\n" + n.path("text").asText("")).split("\n")) {
                List<Token> tokens = tokenizer.tokenize(para);
                if (tokens.isEmpty()) continue;
                String[] words = new String[tokens.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = ArabicNormalizer.normalizeForMatching(tokens.get(i).text(para));
                }
                visitor.accept(words);
            }
            return ++articles[0] < limit;
        });
    }

    static WordClusters learn(List<String[]> paragraphs, long seed) {
        Map<String, Integer> freq = new HashMap<>();
        for (String[] p : paragraphs) for (String w : p) freq.merge(w, 1, Integer::sum);
        List<String> byFreq = new ArrayList<>(freq.keySet());
        byFreq.sort((a, b) -> {
            int c = Integer.compare(freq.get(b), freq.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        int v = 0;
        while (v < Math.min(VOCAB, byFreq.size()) && freq.get(byFreq.get(v)) >= 3) v++;
        if (v < K1 * 4) return WordClusters.empty();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < v; i++) index.put(byFreq.get(i), i);
        int c = Math.min(CONTEXTS, v);
        int slots = 2 * c;
        // co-occurrence counts (word, slot): slot < c is the left neighbour, >= c the right one
        LongIntMap pairs = new LongIntMap(1 << 20);
        long[] slotTotals = new long[slots];
        long[] wordTotals = new long[v];
        long total = 0;
        for (String[] p : paragraphs) {
            int[] ids = new int[p.length];
            for (int i = 0; i < p.length; i++) ids[i] = index.getOrDefault(p[i], -1);
            for (int i = 0; i < p.length; i++) {
                int w = ids[i];
                if (w < 0) continue;
                if (i > 0 && ids[i - 1] >= 0 && ids[i - 1] < c) {
                    count(pairs, w, slots, ids[i - 1]);
                    slotTotals[ids[i - 1]]++;
                    wordTotals[w]++;
                    total++;
                }
                if (i + 1 < p.length && ids[i + 1] >= 0 && ids[i + 1] < c) {
                    count(pairs, w, slots, c + ids[i + 1]);
                    slotTotals[c + ids[i + 1]]++;
                    wordTotals[w]++;
                    total++;
                }
            }
        }
        // random projection of the PPMI rows
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] proj = new float[slots * DIM];
        for (int i = 0; i < proj.length; i++) proj[i] = (float) (rnd.nextBoolean() ? 1 : -1);
        float[] vec = new float[v * DIM];
        final long tot = total;
        pairs.forEach((key, n) -> {
            long k = key - 1;
            int w = (int) (k / slots), s = (int) (k % slots);
            double pmi = Math.log((double) n * tot / ((double) wordTotals[w] * slotTotals[s]));
            if (pmi <= 0) return;
            for (int d = 0; d < DIM; d++) vec[w * DIM + d] += (float) pmi * proj[s * DIM + d];
        });
        for (int w = 0; w < v; w++) normalize(vec, w, DIM);
        int[] all = new int[v];
        for (int i = 0; i < v; i++) all[i] = i;
        int[] code = new int[v];
        int[] top = kmeans(vec, DIM, all, K1, rnd);
        for (int a = 0; a < K1; a++) {
            int[] members = membersOf(all, top, a);
            int[] mid = kmeans(vec, DIM, members, K2, rnd);
            for (int b = 0; b < K2; b++) {
                int[] m2 = membersOf(members, mid, b);
                int[] low = kmeans(vec, DIM, m2, K3, rnd);
                for (int i = 0; i < m2.length; i++) code[m2[i]] = (a * K2 + b) * K3 + low[i];
            }
        }
        LongIntMap codes = new LongIntMap(v);
        for (int i = 0; i < v; i++) codes.put(Hashing.of(byFreq.get(i)), code[i]);
        return new WordClusters(codes, new LongIntMap(16));
    }

    private static void count(LongIntMap pairs, int w, int slots, int slot) {
        long key = (long) w * slots + slot + 1;
        pairs.put(key, pairs.get(key, 0) + 1);
    }

    private static int[] membersOf(int[] items, int[] assignment, int cluster) {
        int n = 0;
        for (int a : assignment) if (a == cluster) n++;
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < items.length; i++) if (assignment[i] == cluster) out[k++] = items[i];
        return out;
    }

    /** Scales row w (of {@code dim} floats) to unit length. */
    static void normalize(float[] vec, int w, int dim) {
        double s = 0;
        for (int d = 0; d < dim; d++) s += vec[w * dim + d] * vec[w * dim + d];
        if (s == 0) return;
        float inv = (float) (1 / Math.sqrt(s));
        for (int d = 0; d < dim; d++) vec[w * dim + d] *= inv;
    }

    /** Spherical k-means of the given rows ({@code dim} floats each, unit length); returns the cluster of each item (0..k-1). */
    static int[] kmeans(float[] vec, int dim, int[] items, int k, SplittableRandom rnd) {
        int[] assign = new int[items.length];
        if (items.length <= k) {
            for (int i = 0; i < items.length; i++) assign[i] = i;
            return assign;
        }
        float[] cent = new float[k * dim];
        // items are in frequency order: seed from a random spread of them
        for (int j = 0; j < k; j++) {
            int it = items[rnd.nextInt(items.length)];
            System.arraycopy(vec, it * dim, cent, j * dim, dim);
        }
        for (int iter = 0; iter < ITERATIONS; iter++) {
            for (int i = 0; i < items.length; i++) {
                int base = items[i] * dim;
                int best = 0;
                double bestDot = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double dot = 0;
                    for (int d = 0; d < dim; d++) dot += vec[base + d] * cent[j * dim + d];
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = j;
                    }
                }
                assign[i] = best;
            }
            Arrays.fill(cent, 0);
            int[] sizes = new int[k];
            for (int i = 0; i < items.length; i++) {
                sizes[assign[i]]++;
                int base = items[i] * dim, cb = assign[i] * dim;
                for (int d = 0; d < dim; d++) cent[cb + d] += vec[base + d];
            }
            for (int j = 0; j < k; j++) {
                if (sizes[j] == 0) {
                    int it = items[rnd.nextInt(items.length)];
                    System.arraycopy(vec, it * dim, cent, j * dim, dim);
                }
                normalize(cent, j, dim);
            }
        }
        return assign;
    }
}
