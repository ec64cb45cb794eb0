package org.marsad.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A second opinion on which event types a sentence reports: a small feed-forward network over the same sentence
 * features as {@link SentenceTypes}' logistic regressions. Each feature has a row of {@code hidden} weights into one
 * hidden ReLU layer, whose units score the types; so it can weigh features together (a rule's event type with the
 * words around it) where the regressions add each alone. {@link SentenceTypes} averages the two models'
 * probabilities: the net alone is a little worse than the regressions, the average better than either
 * (docs/event-sentence-model-card.md).
 *
 * <p>It may be an ensemble: {@code members} nets trained alike from different seeds, whose probabilities are averaged.
 * One net's value for a sentence moves with any change in its training data or order (in cross-validation a tenth of the
 * decisions change between two seeds); the average of several moves less. The members share the feature vocabulary, so
 * they are stored as one net whose hidden units are cut in {@code members} blocks, each block scoring the types alone.
 *
 * <p>Stored as a {@link WeightTable} with {@code hidden} columns (each member at least as many hidden units as types):
 * one row per feature (its hidden weights, member after member), the rows {@value #BIAS} (the hidden biases),
 * {@value #OUT_BIAS} (each member's type biases in turn, padded with zeros), {@value #MEMBERS} (the number of members
 * first; absent: one) and the rows {@code net.out.j} (hidden unit j's weights to the types, padded). Hand-written like
 * the other event models: no library on the class path trains a net, and this one is a few dozen lines.
 *
 * <p>Immutable after loading and safe to share between threads.
 */
public final class SentenceNet {
    static final String RESOURCE = "sentence-net.model.gz";
    private static final String WHAT = "sentence-type net";
    static final String BIAS = "net.bias";
    static final String OUT_BIAS = "net.out-bias";
    static final String MEMBERS = "net.members";
    private static final String OUT = "net.out.";

    /** The rows by name, kept only to be written (a trained or read net); null for the shipped one (see
     * {@link ArgumentRanker}'s). */
    private final Map<String, float[]> weights;
    private final int size;
    private final FeatureTable table;
    private final int hidden, types, members;
    private final float[] hiddenBias, outBias;
    private final float[][] out;

    private SentenceNet(Map<String, float[]> weights, int types) {
        this(weights, types, true);
    }

    /** {@code weights} is the net's own map (read or trained), kept as it is for {@link #write} when {@code writable}. */
    private SentenceNet(Map<String, float[]> weights, int types, boolean writable) {
        this.weights = writable ? java.util.Collections.unmodifiableMap(weights) : null;
        this.size = weights.size();
        this.types = types;
        this.hiddenBias = row(weights, BIAS).clone();
        this.hidden = hiddenBias.length;
        float[] m = weights.get(MEMBERS);
        this.members = m == null ? 1 : (int) m[0];
        if (members < 1 || hidden % members != 0) throw new IllegalArgumentException("a " + WHAT + " of " + hidden + " hidden units cannot have " + members + " members");
        if (hidden / members < types) throw new IllegalArgumentException("a " + WHAT + " needs at least " + types + " hidden units a member, not " + hidden / members);
        this.outBias = java.util.Arrays.copyOf(row(weights, OUT_BIAS), members * types);
        this.out = new float[hidden][];
        for (int j = 0; j < hidden; j++) out[j] = java.util.Arrays.copyOf(row(weights, OUT + j), types);
        // the net's own rows stay in the table too: no sentence feature is named net.…
        this.table = new FeatureTable(weights, hidden);
    }

    private static float[] row(Map<String, float[]> weights, String name) {
        float[] r = weights.get(name);
        if (r == null) throw new IllegalArgumentException("no " + name + " row in the " + WHAT);
        return r;
    }

    /** How many rows are held as floats, not as ten-thousandths in shorts ({@link FeatureTable#wideRows}). */
    int wideRows() {
        return table.wideRows();
    }

    /** The shipped net, or null when the resource is absent (the regressions then decide alone). */
    static SentenceNet shipped(int types) {
        Map<String, float[]> w = WeightTable.resource(SentenceNet.class, RESOURCE, 0, WHAT);
        return w == null ? null : new SentenceNet(w, types, false);
    }

    /** Reads a net as {@link #write} writes it; its hidden size is the file's own column count. */
    static SentenceNet read(InputStream in, int types) throws IOException {
        return new SentenceNet(WeightTable.read(in, 0, WHAT), types);
    }

    void write(Writer w, String header) throws IOException {
        if (weights == null) throw new IllegalStateException("the shipped " + WHAT + " is not kept for writing; read its file instead");
        WeightTable.write(w, header, weights);
    }

    int size() {
        return size;
    }

    int hidden() {
        return hidden;
    }

    int members() {
        return members;
    }

    /** A fresh accumulator for {@link #add}: the hidden units' pre-activations, from their biases. */
    double[] start() {
        double[] a = new double[hidden];
        for (int j = 0; j < hidden; j++) a[j] = hiddenBias[j];
        return a;
    }

    void add(String feature, double[] a) {
        table.addTo(feature, a);
    }

    /** The net's look-up table, for {@link FeatureTable#addAll(FeatureTable, double[], FeatureTable, double[], long[], int)}:
     * {@link #add(String, double[])} for many features at once, beside the regressions' table. */
    FeatureTable table() {
        return table;
    }

    /** The probability of each type from an accumulator the sentence's features were added to: the members' mean. */
    double[] probabilities(double[] a) {
        double[] p = new double[types], z = new double[types];
        int width = hidden / members;
        for (int m = 0; m < members; m++) {
            for (int t = 0; t < types; t++) z[t] = outBias[m * types + t];
            for (int j = m * width; j < (m + 1) * width; j++) {
                if (a[j] <= 0) continue;
                for (int t = 0; t < types; t++) z[t] += a[j] * out[j][t];
            }
            for (int t = 0; t < types; t++) p[t] += 1 / (1 + Math.exp(-z[t]));
        }
        if (members > 1) for (int t = 0; t < types; t++) p[t] /= members;
        return p;
    }

    // ---- training ----

    /** One net of {@code hidden} units ({@link #train} with one member). */
    static SentenceNet train(List<SentenceTypes.Example> examples, int types, int hidden, int epochs, double rate, double l2,
                             int minCount, int batch, long seed) {
        return train(examples, types, hidden, epochs, rate, l2, minCount, batch, seed, 1);
    }

    /**
     * Trains {@code members} nets of {@code hidden} units each on the sentences, member m from seed {@code seed + 1000 m}
     * (the first is the one net {@code members} 1 gives), and keeps them as one ensemble. Each by AdaGrad over
     * mini-batches of {@code batch} sentences, {@code epochs} passes in an order shuffled by its seed, on the summed
     * log-loss of the types plus {@code l2}/2 times the squared weights of the feature rows a batch touches; features
     * seen in fewer than {@code minCount} sentences are left out. The hidden weights start small and random (seeded),
     * the rest at zero. Single-threaded and seeded: the same sentences give the same net.
     */
    static SentenceNet train(List<SentenceTypes.Example> examples, int types, int hidden, int epochs, double rate, double l2,
                             int minCount, int batch, long seed, int members) {
        if (hidden < types) throw new IllegalArgumentException("a " + WHAT + " needs at least " + types + " hidden units, not " + hidden);
        if (members < 1) throw new IllegalArgumentException("a " + WHAT + " needs one member at least, not " + members);
        Map<String, Integer> seen = new HashMap<>();
        for (SentenceTypes.Example ex : examples) for (String f : ex.features()) seen.merge(f, 1, Integer::sum);
        List<String> vocabulary = seen.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (String f : vocabulary) index.put(f, index.size());
        int n = examples.size();
        int[][] x = new int[n][];
        for (int i = 0; i < n; i++) {
            x[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray();
        }
        int total = hidden * members;
        Map<String, float[]> w = new HashMap<>();
        float[] bias = new float[total], outBias = new float[total];
        float[][] outRows = new float[total][total];
        for (int m = 0; m < members; m++) {
            Member net = trainMember(examples, x, vocabulary.size(), types, hidden, epochs, rate, l2, batch, seed + 1000L * m);
            int at = m * hidden;
            for (int f = 0; f < vocabulary.size(); f++) {
                float[] r = w.computeIfAbsent(vocabulary.get(f), k -> new float[total]);
                for (int j = 0; j < hidden; j++) r[at + j] = WeightTable.round(net.rows[f][j]);
            }
            for (int j = 0; j < hidden; j++) {
                bias[at + j] = WeightTable.round(net.bias[j]);
                for (int t = 0; t < types; t++) outRows[at + j][t] = WeightTable.round(net.outW[j][t]);
            }
            for (int t = 0; t < types; t++) outBias[m * types + t] = WeightTable.round(net.outB[t]);
        }
        w.values().removeIf(r -> {
            for (float v : r) if (v != 0) return false;
            return true;
        });
        w.put(BIAS, bias);
        w.put(OUT_BIAS, outBias);
        for (int j = 0; j < total; j++) w.put(OUT + j, outRows[j]);
        if (members > 1) {
            float[] count = new float[total];
            count[0] = members;
            w.put(MEMBERS, count);
        }
        return new SentenceNet(w, types);
    }

    /** One member's weights: a row of hidden weights per feature, the hidden biases, the output weights and biases. */
    private record Member(double[][] rows, double[] bias, double[][] outW, double[] outB) {
    }

    /** Trains one net on the sentences' feature indices {@code x} (see {@link #train}). */
    private static Member trainMember(List<SentenceTypes.Example> examples, int[][] x, int vocabulary, int types, int hidden,
                                      int epochs, double rate, double l2, int batch, long seed) {
        int n = x.length;
        Random random = new Random(seed);
        double[][] rows = new double[vocabulary][hidden], rowsG = new double[vocabulary][hidden];
        for (double[] r : rows) for (int j = 0; j < hidden; j++) r[j] = random.nextGaussian() * 0.05;
        double[][] outW = new double[hidden][types], outG = new double[hidden][types];
        for (double[] r : outW) for (int t = 0; t < types; t++) r[t] = random.nextGaussian() * 0.05;
        double[] bias = new double[hidden], biasG = new double[hidden], outB = new double[types], outBG = new double[types];
        for (double[] r : rowsG) java.util.Arrays.fill(r, 1e-8);
        for (double[] r : outG) java.util.Arrays.fill(r, 1e-8);
        java.util.Arrays.fill(biasG, 1e-8);
        java.util.Arrays.fill(outBG, 1e-8);
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) order.add(i);
        double[] a = new double[hidden], g = new double[types], da = new double[hidden], dBias = new double[hidden], dOutB = new double[types];
        double[][] dOut = new double[hidden][types];
        Map<Integer, double[]> dRows = new java.util.TreeMap<>(); // touched rows, updated in a fixed order
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int from = 0; from < n; from += batch) {
                dRows.clear();
                for (double[] r : dOut) java.util.Arrays.fill(r, 0);
                java.util.Arrays.fill(dBias, 0);
                java.util.Arrays.fill(dOutB, 0);
                for (int b = from; b < Math.min(n, from + batch); b++) {
                    int i = order.get(b);
                    System.arraycopy(bias, 0, a, 0, hidden);
                    for (int f : x[i]) {
                        double[] r = rows[f];
                        for (int j = 0; j < hidden; j++) a[j] += r[j];
                    }
                    boolean[] y = examples.get(i).types();
                    for (int t = 0; t < types; t++) {
                        double z = outB[t];
                        for (int j = 0; j < hidden; j++) if (a[j] > 0) z += a[j] * outW[j][t];
                        g[t] = 1 / (1 + Math.exp(-z)) - (y[t] ? 1 : 0);
                        dOutB[t] += g[t];
                    }
                    for (int j = 0; j < hidden; j++) {
                        da[j] = 0;
                        if (a[j] <= 0) continue;
                        for (int t = 0; t < types; t++) {
                            dOut[j][t] += a[j] * g[t];
                            da[j] += g[t] * outW[j][t];
                        }
                        dBias[j] += da[j];
                    }
                    for (int f : x[i]) {
                        double[] d = dRows.computeIfAbsent(f, k -> new double[hidden]);
                        for (int j = 0; j < hidden; j++) d[j] += da[j];
                    }
                }
                for (int j = 0; j < hidden; j++) for (int t = 0; t < types; t++) step(outW[j], outG[j], t, dOut[j][t], rate);
                for (int t = 0; t < types; t++) step(outB, outBG, t, dOutB[t], rate);
                for (int j = 0; j < hidden; j++) step(bias, biasG, j, dBias[j], rate);
                for (var e : dRows.entrySet()) {
                    double[] d = e.getValue(), r = rows[e.getKey()], rg = rowsG[e.getKey()];
                    for (int j = 0; j < hidden; j++) step(r, rg, j, d[j] + l2 * r[j], rate);
                }
            }
        }
        return new Member(rows, bias, outW, outB);
    }

    /** One AdaGrad step on {@code p[i]} with gradient {@code d}. */
    private static void step(double[] p, double[] g, int i, double d, double rate) {
        if (d == 0) return;
        g[i] += d * d;
        p[i] -= rate * d / Math.sqrt(g[i]);
    }
}
