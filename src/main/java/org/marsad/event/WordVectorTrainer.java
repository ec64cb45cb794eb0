package org.marsad.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRPDecomposition_F64;
import org.ejml.sparse.csc.CommonOps_DSCC;

/**
 * Learns {@link WordVectors} from unannotated text: the positive pointwise mutual information of each word with the
 * words around it (a window each side, nearer words counting more: 1/distance; the context counts smoothed to the
 * power 0.75), reduced to its leading dimensions by a randomized singular value decomposition (Halko, Martinsson
 * and Tropp 2011: a seeded random projection, a few power iterations, then the exact decomposition of the small
 * projected matrix); each word's vector is its left singular row weighted by the square roots of the singular
 * values, at unit length (Levy, Goldberg and Dagan 2015 found this as good as word2vec on similarity tasks).
 * The matrix algebra is EJML's; the counting is written here because it is specific to this model and a sort of
 * packed pairs is all it needs. Single-threaded apart from the sort, and seeded: the same text gives the same
 * vectors.
 */
public final class WordVectorTrainer {
    private final int dims, minCount, window, powerIterations, oversample;
    private final long seed;

    /**
     * {@code dims} dimensions, for the words seen {@code minCount} times or more, contexts {@code window} words each
     * side; the decomposition projects on {@code dims + oversample} random directions, refined by {@code powerIterations}.
     */
    public WordVectorTrainer(int dims, int minCount, int window, int powerIterations, int oversample, long seed) {
        if (dims <= 0 || minCount <= 0 || window <= 0 || window > 7) throw new IllegalArgumentException("bad word-vector settings");
        this.dims = dims;
        this.minCount = minCount;
        this.window = window;
        this.powerIterations = powerIterations;
        this.oversample = oversample;
        this.seed = seed;
    }

    /**
     * The vectors of the words of {@code documents}, each the sequence of its normalized words (other tokens left
     * out: a window runs over sentence ends, as a reader's eye does). Words are ordered by frequency, then
     * alphabetically.
     */
    public WordVectors train(List<String[]> documents) {
        Map<String, int[]> counts = new HashMap<>();
        for (String[] d : documents) for (String w : d) counts.computeIfAbsent(w, k -> new int[1])[0]++;
        List<String> vocabulary = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c[0] >= minCount) vocabulary.add(w);
        });
        vocabulary.sort((a, b) -> {
            int c = Integer.compare(counts.get(b)[0], counts.get(a)[0]);
            return c != 0 ? c : a.compareTo(b);
        });
        int v = vocabulary.size();
        int k = Math.min(dims, v);
        if (k == 0) return WordVectors.of(vocabulary, new double[0][]);
        Map<String, Integer> index = new HashMap<>(v * 2);
        for (String w : vocabulary) index.put(w, index.size());
        DMatrixSparseCSC transposed = ppmiTransposed(documents, index, v);
        double[][] rows = decompose(transposed, v, k);
        return WordVectors.of(vocabulary, rows);
    }

    /**
     * The PPMI matrix P (row: word, column: context) stored as the column-compressed form of its transpose: each
     * word's contexts are one column of the result.
     */
    private DMatrixSparseCSC ppmiTransposed(List<String[]> documents, Map<String, Integer> index, int v) {
        long pairs = 0;
        List<int[]> ids = new ArrayList<>(documents.size());
        for (String[] d : documents) {
            int[] x = new int[d.length];
            for (int t = 0; t < d.length; t++) x[t] = index.getOrDefault(d[t], -1);
            ids.add(x);
            for (int o = 1; o <= window; o++) for (int t = 0; t + o < x.length; t++) if (x[t] >= 0 && x[t + o] >= 0) pairs += 2;
        }
        if (pairs > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too much text for one pass: " + pairs + " word pairs");
        // each co-occurrence packed as (word * v + context) * 8 + distance: sorted, equal pairs lie together
        long[] packed = new long[(int) pairs];
        int n = 0;
        for (int[] x : ids) {
            for (int o = 1; o <= window; o++) {
                for (int t = 0; t + o < x.length; t++) {
                    int a = x[t], b = x[t + o];
                    if (a < 0 || b < 0) continue;
                    packed[n++] = (((long) a * v + b) << 3) | o;
                    packed[n++] = (((long) b * v + a) << 3) | o;
                }
            }
        }
        ids = null;
        Arrays.parallelSort(packed);
        int distinct = 0;
        for (int i = 0; i < n; i++) if (i == 0 || (packed[i] >>> 3) != (packed[i - 1] >>> 3)) distinct++;
        int[] word = new int[distinct], context = new int[distinct];
        double[] weight = new double[distinct];
        double[] rowSum = new double[v];
        int m = -1;
        for (int i = 0; i < n; i++) {
            long pair = packed[i] >>> 3;
            if (i == 0 || pair != (packed[i - 1] >>> 3)) {
                m++;
                word[m] = (int) (pair / v);
                context[m] = (int) (pair % v);
            }
            double w = 1.0 / (packed[i] & 7);
            weight[m] += w;
            rowSum[word[m]] += w;
        }
        packed = null;
        double smoothed = 0;
        for (double r : rowSum) smoothed += Math.pow(r, 0.75);
        double[] contextShare = new double[v];
        for (int j = 0; j < v; j++) contextShare[j] = Math.pow(rowSum[j], 0.75) / smoothed;
        int positive = 0;
        for (int i = 0; i < distinct; i++) {
            double pmi = Math.log(weight[i] / (rowSum[word[i]] * contextShare[context[i]]));
            weight[i] = pmi > 0 ? pmi : 0;
            if (pmi > 0) positive++;
        }
        // the pairs are sorted by word, then context: each word's contexts are one column of P transposed
        DMatrixSparseCSC t = new DMatrixSparseCSC(v, v, positive);
        int at = 0;
        for (int i = 0; i < distinct; i++) {
            if (weight[i] <= 0) continue;
            t.nz_rows[at] = context[i];
            t.nz_values[at] = weight[i];
            t.col_idx[word[i] + 1]++;
            at++;
        }
        for (int c = 0; c < v; c++) t.col_idx[c + 1] += t.col_idx[c];
        t.nz_length = positive;
        t.indicesSorted = true;
        return t;
    }

    /** The unit-length rows of U·√Σ of the leading {@code k} singular triplets of P (given as its transpose). */
    private double[][] decompose(DMatrixSparseCSC transposed, int v, int k) {
        int l = Math.min(v, k + oversample);
        Random random = new Random(seed);
        DMatrixRMaj omega = new DMatrixRMaj(v, l);
        for (int i = 0; i < omega.data.length; i++) omega.data[i] = random.nextGaussian();
        DMatrixRMaj y = new DMatrixRMaj(v, l), z = new DMatrixRMaj(v, l);
        CommonOps_DSCC.multTransA(transposed, omega, y, null); // P·Ω
        DMatrixRMaj q = orthonormal(y);
        for (int it = 0; it < powerIterations; it++) {
            CommonOps_DSCC.mult(transposed, q, z); // Pᵀ·Q
            DMatrixRMaj qz = orthonormal(z);
            CommonOps_DSCC.multTransA(transposed, qz, y, null); // P·Qz
            q = orthonormal(y);
        }
        DMatrixRMaj bt = new DMatrixRMaj(v, l);
        CommonOps_DSCC.mult(transposed, q, bt); // Bᵀ = Pᵀ·Q
        DMatrixRMaj gram = new DMatrixRMaj(l, l);
        CommonOps_DDRM.multTransA(bt, bt, gram); // B·Bᵀ: its eigenvectors are B's left singular vectors
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(l, true, true);
        if (!eig.decompose(gram)) throw new IllegalStateException("the word-vector decomposition did not converge");
        Integer[] order = new Integer[l];
        for (int i = 0; i < l; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).real, eig.getEigenvalue(a).real));
        DMatrixRMaj w = new DMatrixRMaj(l, k);
        double[] scale = new double[k];
        for (int c = 0; c < k; c++) {
            DMatrixRMaj vec = eig.getEigenVector(order[c]);
            // a fixed sign: the largest component positive (eigenvectors come with either)
            int big = 0;
            for (int r = 1; r < l; r++) if (Math.abs(vec.get(r, 0)) > Math.abs(vec.get(big, 0))) big = r;
            double sign = vec.get(big, 0) < 0 ? -1 : 1;
            for (int r = 0; r < l; r++) w.set(r, c, sign * vec.get(r, 0));
            double singular = Math.sqrt(Math.max(0, eig.getEigenvalue(order[c]).real));
            scale[c] = Math.sqrt(singular);
        }
        DMatrixRMaj u = new DMatrixRMaj(v, k);
        CommonOps_DDRM.mult(q, w, u);
        double[][] rows = new double[v][k];
        for (int i = 0; i < v; i++) {
            double norm = 0;
            for (int c = 0; c < k; c++) {
                rows[i][c] = u.get(i, c) * scale[c];
                norm += rows[i][c] * rows[i][c];
            }
            norm = Math.sqrt(norm);
            if (norm > 0) for (int c = 0; c < k; c++) rows[i][c] /= norm;
        }
        return rows;
    }

    /**
     * An orthonormal basis of the columns of {@code m} (the Q of its thin QR with column pivoting, which stays
     * orthonormal when the columns are not independent: a word with no positive PMI leaves a zero row).
     */
    private static DMatrixRMaj orthonormal(DMatrixRMaj m) {
        QRPDecomposition_F64<DMatrixRMaj> qr = DecompositionFactory_DDRM.qrp(m.numRows, m.numCols);
        if (!qr.decompose(m.copy())) {
            throw new IllegalStateException("the word-vector decomposition failed: too little text, or too few words in common contexts");
        }
        return qr.getQ(null, true);
    }
}
