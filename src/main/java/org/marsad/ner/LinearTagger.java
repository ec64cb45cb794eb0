package org.marsad.ner;

/** Weights of one tagging pass: a row of per-label weights per feature key, and label transitions. */
final class LinearTagger {
    static final int L = Labels.COUNT;
    final LongIntMap rows;
    final float[] weights; // rows x L
    final float[] transitions; // (L + 1) x L, row L = sentence start

    LinearTagger(LongIntMap rows, float[] weights, float[] transitions) {
        this.rows = rows;
        this.weights = weights;
        this.transitions = transitions;
    }

    /**
     * Label scores from rows already found ({@code rows[k]} = row + 1 of slot k, 0 = no weights), summed in
     * slot order like {@link #emissions(long[], int)}.
     */
    float[] emissions(int[] rowsPlusOne, int n) {
        return emissions(rowsPlusOne, n, null);
    }

    /**
     * As {@link #emissions(int[], int)}, each token's sum starting from {@code start[i]} (null: from 0): the
     * sum of its first slots' weights, added in the same order from 0, those slots being 0 in {@code rowsPlusOne}.
     */
    float[] emissions(int[] rowsPlusOne, int n, float[][] start) {
        float[] e = new float[n * L];
        float[] w = weights;
        for (int i = 0; i < n; i++) {
            int eb = i * L;
            if (start != null) System.arraycopy(start[i], 0, e, eb, L);
            for (int k = i * Features.PER_TOKEN, end = k + Features.PER_TOKEN; k < end; k++) {
                int r = rowsPlusOne[k];
                if (r == 0) continue;
                int wb = (r - 1) * L;
                for (int l = 0; l < L; l++) e[eb + l] += w[wb + l];
            }
        }
        return e;
    }

    float[] emissions(long[] feats, int n) {
        float[] e = new float[n * L];
        for (int i = 0; i < n; i++) {
            int eb = i * L;
            for (int k = i * Features.PER_TOKEN, end = k + Features.PER_TOKEN; k < end; k++) {
                long f = feats[k];
                if (f == 0) continue;
                int r = rows.get(f, -1);
                if (r < 0) continue;
                int wb = r * L;
                for (int l = 0; l < L; l++) e[eb + l] += weights[wb + l];
            }
        }
        return e;
    }

    /** Best labels; when {@code confidence} is given, fills it with each label's local softmax probability. */
    int[] decode(long[] feats, int n, double[] confidence) {
        return decode(emissions(feats, n), n, confidence);
    }

    /** As {@link #decode(long[], int, double[])} from rows already found (see {@link #emissions(int[], int)}). */
    int[] decodeRows(int[] rowsPlusOne, int n, double[] confidence) {
        return decode(emissions(rowsPlusOne, n), n, confidence);
    }

    /** As {@link #decodeRows(int[], int, double[])} with each token's sum started (see {@link #emissions(int[], int, float[][])}). */
    int[] decodeRows(int[] rowsPlusOne, int n, float[][] start, double[] confidence) {
        return decode(emissions(rowsPlusOne, n, start), n, confidence);
    }

    /** The sum, from 0 and in order, of the weight rows of {@code rowsPlusOne} (row + 1, 0 = none). */
    float[] sum(int[] rowsPlusOne) {
        float[] e = new float[L];
        for (int r : rowsPlusOne) {
            if (r == 0) continue;
            int wb = (r - 1) * L;
            for (int l = 0; l < L; l++) e[l] += weights[wb + l];
        }
        return e;
    }

    private int[] decode(float[] emission, int n, double[] confidence) {
        int[] labels = viterbi(emission, transitions, n);
        if (confidence != null) {
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY, z = 0;
                for (int l = 0; l < L; l++) max = Math.max(max, emission[i * L + l]);
                for (int l = 0; l < L; l++) z += Math.exp(emission[i * L + l] - max);
                confidence[i] = Math.exp(emission[i * L + labels[i]] - max) / z;
            }
        }
        return labels;
    }

    /** {@link Labels#allowed}(p, l) at {@code p * L + l}, p = L for the sentence start. */
    private static final boolean[] ALLOWED = new boolean[(L + 1) * L];

    static {
        for (int p = 0; p <= L; p++) for (int l = 0; l < L; l++) ALLOWED[p * L + l] = Labels.allowed(p == L ? -1 : p, l);
    }

    /** First-order Viterbi over BIO-allowed label pairs. */
    static int[] viterbi(float[] emission, float[] transitions, int n) {
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        for (int l = 0; l < L; l++) {
            score[l] = ALLOWED[L * L + l] ? emission[l] + transitions[L * L + l] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < L; l++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!ALLOWED[p * L + l]) continue;
                    float s = score[(i - 1) * L + p] + transitions[p * L + l];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * L + l] = best + emission[i * L + l];
                back[i * L + l] = arg;
            }
        }
        int[] out = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < L; l++) {
            if (score[(n - 1) * L + l] > best) {
                best = score[(n - 1) * L + l];
                out[n - 1] = l;
            }
        }
        for (int i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
        return out;
    }
}
