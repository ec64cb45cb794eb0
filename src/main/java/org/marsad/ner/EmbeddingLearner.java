package org.marsad.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Word embeddings learned without labels from raw news (normalized words, glued proclitics set aside when
 * the core is the more frequent form): skip-gram with negative sampling (Mikolov et al.
 * 2013, word2vec's update rule, frequent-word subsampling and linearly decaying learning rate), then a
 * hierarchical spherical k-means of the vectors into 64 clusters, each split into 4, 4 and 4 again, so a
 * 12-bit code gives clusters at four granularities (64 / 256 / 1,024 / 4,096) as bit prefixes.
 *
 * <p>Why hand-written: the only Java word2vec on Maven Central is DL4J, a huge native dependency; the
 * algorithm is ~100 lines. Single-threaded with a fixed seed (the JVM's float arithmetic is exact IEEE), so
 * the same corpus gives byte-identical vectors and clusters; ~10M tokens train in about a minute on one core.
 */
final class EmbeddingLearner {
    static final int DIM = 64, WINDOW = 5, NEGATIVE = 5, MIN_COUNT = 5, VOCAB = 150_000, EPOCHS = 1;
    static final int K1 = 64, K2 = 4;
    static final double SAMPLE = 1e-4, ALPHA = 0.025;
    private static final int TABLE = 1 << 22, EXP = 512;
    private static final float MAX_EXP = 6f;

    private EmbeddingLearner() {
    }

    /** The corpus as word ids in frequency order (0 = most frequent), with the vocabulary and counts. */
    record Corpus(String[] words, long[] counts, int[][] paragraphs) {
    }

    /**
     * Reads up to {@code limit} articles (sections interleaved), normalized, glued words merged into their
     * cores ({@link #mergeCores}), keeping words seen {@link #MIN_COUNT} times.
     */
    static Corpus read(Path dir, int limit) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<int[]> raw = new ArrayList<>();
        long[][] counts = {new long[1 << 16]};
        ClusterLearner.forEachParagraph(dir, limit, para -> {
            int[] p = new int[para.length];
            for (int i = 0; i < p.length; i++) {
                Integer id = ids.get(para[i]);
                if (id == null) {
                    id = words.size();
                    ids.put(para[i], id);
                    words.add(para[i]);
                    if (id >= counts[0].length) counts[0] = Arrays.copyOf(counts[0], counts[0].length * 2);
                }
                counts[0][id]++;
                p[i] = id;
            }
            raw.add(p);
        });
        long[] c = counts[0];
        mergeCores(words, ids, c, raw);
        Integer[] order = new Integer[words.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> c[a] != c[b] ? Long.compare(c[b], c[a]) : words.get(a).compareTo(words.get(b)));
        int v = 0;
        while (v < Math.min(VOCAB, order.length) && c[order[v]] >= MIN_COUNT) v++;
        int[] remap = new int[words.size()];
        Arrays.fill(remap, -1);
        String[] vocab = new String[v];
        long[] vc = new long[v];
        for (int i = 0; i < v; i++) {
            remap[order[i]] = i;
            vocab[i] = words.get(order[i]);
            vc[i] = c[order[i]];
        }
        int[][] paragraphs = new int[raw.size()][];
        for (int k = 0; k < paragraphs.length; k++) {
            int[] p = raw.get(k);
            int m = 0;
            for (int id : p) if (remap[id] >= 0) m++; // rare words are dropped, as word2vec does
            int[] q = new int[m];
            m = 0;
            for (int id : p) if (remap[id] >= 0) q[m++] = remap[id];
            paragraphs[k] = q;
        }
        return new Corpus(vocab, vc, paragraphs);
    }

    /**
     * Reads a word glued to a conjunction or preposition (وسوريا, بسوريا, للعراق) as its core when the core is
     * the more frequent form, so glued names share their core's vector (the tagger looks a word up, then its
     * readings without proclitics). Counts move to the core; ids in {@code raw} are rewritten.
     */
    private static void mergeCores(List<String> words, Map<String, Integer> ids, long[] c, List<int[]> raw) {
        int[] core = new int[words.size()];
        for (int id = 0; id < core.length; id++) {
            core[id] = id;
            for (String form : strippedForms(words.get(id))) {
                Integer f = ids.get(form);
                if (f != null && c[f] >= c[id]) {
                    core[id] = f;
                    break;
                }
            }
        }
        long[] merged = new long[c.length];
        for (int id = 0; id < core.length; id++) merged[core[id]] += c[id];
        System.arraycopy(merged, 0, c, 0, c.length);
        for (int[] p : raw) for (int i = 0; i < p.length; i++) p[i] = core[p[i]];
    }

    /** The word without its conjunction and preposition, then without its conjunction (as {@link Features#procliticFree}). */
    static List<String> strippedForms(String w) {
        List<String> out = new ArrayList<>(2);
        int p = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
        if (w.length() - p > 3 && "بلك".indexOf(w.charAt(p)) >= 0) {
            out.add(w.charAt(p) == 'ل' && w.charAt(p + 1) == 'ل' ? "ا" + w.substring(p + 1) : w.substring(p + 1));
        }
        if (p == 1) out.add(w.substring(1));
        return out;
    }

    /** Skip-gram negative-sampling vectors, {@link #DIM} floats per word, each of unit length. */
    static float[] train(Corpus corpus, long seed) {
        int v = corpus.words().length;
        long[] counts = corpus.counts();
        long total = 0;
        for (long n : counts) total += n;
        // negatives are drawn from the unigram distribution raised to 3/4
        int[] table = new int[TABLE];
        double norm = 0;
        for (long n : counts) norm += Math.pow(n, 0.75);
        int w = 0;
        double cum = Math.pow(counts[0], 0.75) / norm;
        for (int i = 0; i < TABLE; i++) {
            table[i] = w;
            if ((double) i / TABLE > cum && w < v - 1) cum += Math.pow(counts[++w], 0.75) / norm;
        }
        float[] keep = new float[v]; // probability of keeping an occurrence (frequent-word subsampling)
        for (int i = 0; i < v; i++) {
            double f = counts[i] / (SAMPLE * total);
            keep[i] = (float) Math.min(1, (Math.sqrt(f) + 1) / f);
        }
        float[] sigmoid = new float[EXP];
        for (int i = 0; i < EXP; i++) {
            double x = Math.exp((i / (double) EXP * 2 - 1) * MAX_EXP);
            sigmoid[i] = (float) (x / (x + 1));
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] in = new float[v * DIM], out = new float[v * DIM];
        for (int i = 0; i < in.length; i++) in[i] = (float) ((rnd.nextDouble() - 0.5) / DIM);
        float[] grad = new float[DIM];
        int[] sent = new int[1024];
        long steps = (long) EPOCHS * total, done = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int[] p : corpus.paragraphs()) {
                float alpha = (float) Math.max(ALPHA * 1e-4, ALPHA * (1 - (double) done / steps));
                done += p.length;
                if (sent.length < p.length) sent = new int[p.length];
                int n = 0;
                for (int id : p) if (keep[id] >= 1 || rnd.nextFloat() < keep[id]) sent[n++] = id;
                for (int i = 0; i < n; i++) {
                    int b = rnd.nextInt(WINDOW); // window shrunk at random, as word2vec does
                    for (int j = Math.max(0, i - WINDOW + b); j <= Math.min(n - 1, i + WINDOW - b); j++) {
                        if (j == i) continue;
                        int ctx = sent[j] * DIM; // the context word's input vector predicts the centre word
                        Arrays.fill(grad, 0);
                        for (int d = 0; d <= NEGATIVE; d++) {
                            int target = d == 0 ? sent[i] : table[rnd.nextInt(TABLE)];
                            if (d > 0 && target == sent[i]) continue;
                            int t = target * DIM;
                            float dot = 0;
                            for (int x = 0; x < DIM; x++) dot += in[ctx + x] * out[t + x];
                            float label = d == 0 ? 1 : 0;
                            float s = dot >= MAX_EXP ? 1 : dot <= -MAX_EXP ? 0
                                    : sigmoid[(int) ((dot + MAX_EXP) * (EXP / MAX_EXP / 2))];
                            float g = (label - s) * alpha;
                            for (int x = 0; x < DIM; x++) grad[x] += g * out[t + x];
                            for (int x = 0; x < DIM; x++) out[t + x] += g * in[ctx + x];
                        }
                        for (int x = 0; x < DIM; x++) in[ctx + x] += grad[x];
                    }
                }
            }
        }
        for (int i = 0; i < v; i++) ClusterLearner.normalize(in, i, DIM);
        return in;
    }

    /** Embeds the corpus and clusters every word: hash of the normalized word to its 12-bit code. */
    static LongIntMap learn(Corpus corpus, long seed) {
        float[] vec = train(corpus, seed);
        int v = corpus.words().length;
        SplittableRandom rnd = new SplittableRandom(seed + 1);
        int[] code = new int[v];
        int[] all = new int[v];
        for (int i = 0; i < v; i++) all[i] = i;
        split(vec, all, code, new int[] {K1, K2, K2, K2}, 0, rnd);
        LongIntMap codes = new LongIntMap(v);
        for (int i = 0; i < v; i++) codes.put(Hashing.of(corpus.words()[i]), code[i]);
        return codes;
    }

    private static void split(float[] vec, int[] items, int[] code, int[] ks, int level, SplittableRandom rnd) {
        if (level == ks.length) return;
        int k = ks[level];
        int[] assign = ClusterLearner.kmeans(vec, DIM, items, k, rnd);
        for (int c = 0; c < k; c++) {
            int n = 0;
            for (int a : assign) if (a == c) n++;
            int[] members = new int[n];
            n = 0;
            for (int i = 0; i < items.length; i++) {
                if (assign[i] != c) continue;
                members[n++] = items[i];
                code[items[i]] = code[items[i]] * k + c;
            }
            split(vec, members, code, ks, level + 1, rnd);
        }
    }

}
