package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Averaged structured perceptron (Collins 2002) over BIO tags with first-order Viterbi, with the usual
 * lazy averaging trick. Deterministic: sentence order is shuffled with a fixed seed.
 *
 * <p>Why hand-written: no maintained Java CRF or structured-perceptron library is on Maven Central here
 * (CRFSuite/Wapiti are C, MALLET's CRF is unmaintained and slow), and the tagger is ~200 lines.
 */
final class PerceptronTrainer {
    private static final int L = Labels.COUNT;
    private static final float PRUNE_BELOW = 1e-3f;
    /** Features seen fewer times in training are left out: they mostly memorize single words. */
    static final int MIN_COUNT = Integer.getInteger("marsad.ner.minCount", 2);

    private final Features features;

    PerceptronTrainer(Gazetteer gazetteer, WordClusters clusters, Set<FeatureGroup> groups) {
        this.features = new Features(gazetteer, clusters, groups);
    }

    /** Trains one pass; {@code doc} (null for the first pass) holds each sentence's document bits. */
    LinearTagger train(List<ConllCorpus.Sentence> sentences, List<int[]> doc, int epochs, long seed, Consumer<String> log) {
        LongIntMap counts = new LongIntMap(1 << 20);
        List<long[]> featsOf = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            ConllCorpus.Sentence s = sentences.get(si);
            if (s.tags() == null) throw new IllegalArgumentException("training sentence without tags: " + s.tokens());
            String[] toks = s.tokens().toArray(String[]::new);
            long[] f = features.extract(toks, toks.length, doc == null ? null : doc.get(si));
            for (long x : f) if (x != 0) counts.put(x, counts.get(x, 0) + 1);
            featsOf.add(f);
        }
        LongIntMap index = new LongIntMap(1 << 20);
        List<int[]> rowsOf = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            ConllCorpus.Sentence s = sentences.get(si);
            long[] f = featsOf.get(si);
            int[] r = new int[f.length];
            for (int k = 0; k < f.length; k++) {
                r[k] = f[k] == 0 || counts.get(f[k], 0) < MIN_COUNT ? -1 : index.putIfAbsent(f[k], index.size());
            }
            rowsOf.add(r);
            int[] g = new int[s.tokens().size()];
            for (int i = 0; i < g.length; i++) g[i] = Labels.index(s.tags().get(i));
            gold.add(g);
        }
        int rows = index.size();
        log.accept(String.format("features: %,d distinct over %,d sentences", rows, sentences.size()));
        float[] w = new float[rows * L], u = new float[rows * L];
        float[] tw = new float[(L + 1) * L], tu = new float[(L + 1) * L];
        float c = 1;
        int[] order = new int[sentences.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int errors = 0, tokens = 0;
            for (int idx : order) {
                int[] r = rowsOf.get(idx), g = gold.get(idx);
                int n = g.length;
                float[] e = new float[n * L];
                for (int i = 0; i < n; i++) {
                    for (int k = i * Features.PER_TOKEN, end = k + Features.PER_TOKEN; k < end; k++) {
                        if (r[k] < 0) continue;
                        int wb = r[k] * L;
                        for (int l = 0; l < L; l++) e[i * L + l] += w[wb + l];
                    }
                }
                int[] p = LinearTagger.viterbi(e, tw, n);
                tokens += n;
                for (int i = 0; i < n; i++) {
                    int gp = i == 0 ? L : g[i - 1], pp = i == 0 ? L : p[i - 1];
                    if (p[i] != g[i]) {
                        errors++;
                        for (int k = i * Features.PER_TOKEN, end = k + Features.PER_TOKEN; k < end; k++) {
                            if (r[k] < 0) continue;
                            int wb = r[k] * L;
                            w[wb + g[i]] += 1;
                            u[wb + g[i]] += c;
                            w[wb + p[i]] -= 1;
                            u[wb + p[i]] -= c;
                        }
                    }
                    if (p[i] != g[i] || gp != pp) {
                        tw[gp * L + g[i]] += 1;
                        tu[gp * L + g[i]] += c;
                        tw[pp * L + p[i]] -= 1;
                        tu[pp * L + p[i]] -= c;
                    }
                }
                c++;
            }
            log.accept(String.format("epoch %d: %.2f%% token errors on training data", epoch, 100.0 * errors / tokens));
        }
        // averaged weights, rows whose weights all stay near zero pruned
        int[] remap = new int[rows];
        int kept = 0;
        for (int r = 0; r < rows; r++) {
            float max = 0;
            for (int l = 0; l < L; l++) {
                float avg = w[r * L + l] - u[r * L + l] / c;
                w[r * L + l] = avg;
                max = Math.max(max, Math.abs(avg));
            }
            remap[r] = max >= PRUNE_BELOW ? kept++ : -1;
        }
        float[] weights = new float[kept * L];
        LongIntMap finalRows = new LongIntMap(kept);
        index.forEach((key, r) -> {
            if (remap[r] < 0) return;
            finalRows.put(key, remap[r]);
            System.arraycopy(w, r * L, weights, remap[r] * L, L);
        });
        float[] trans = new float[tw.length];
        for (int i = 0; i < tw.length; i++) trans[i] = tw[i] - tu[i] / c;
        log.accept(String.format("kept %,d of %,d features after averaging", kept, rows));
        return new LinearTagger(finalRows, weights, trans);
    }
}
