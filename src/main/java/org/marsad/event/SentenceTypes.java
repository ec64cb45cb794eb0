package org.marsad.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Event;
import org.marsad.model.Token;
import org.marsad.text.ArabicClitics;
import org.marsad.time.WordView;

/**
 * Which event types each sentence reports: one logistic regression per PLOVER type (and STATEMENT) over the
 * sentence's words, stems and stem bigrams and the events the rules coded in it, learned from the
 * hand-annotated event sets (docs/event-sentence-model-card.md), averaged with a small net over the same features
 * ({@link SentenceNet}) when one is shipped. The coder adds an event of each type the model
 * finds likely in a sentence where the rules coded none of that type, and drops the rules' events told as fact of a
 * type it finds very unlikely there ({@link #kept}).
 * Hand-written for the reasons given in {@link ArgumentRanker}.
 *
 * <p>Immutable after loading and safe to share between threads.
 */
public final class SentenceTypes {
    /** The types, in the order of the weight columns. */
    public static final List<String> TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT");
    static final String RESOURCE = "sentence-types.model.gz";
    private static final String WHAT = "sentence-type model";
    private static final String BIAS = "bias";

    /** From this probability on, an event of the type is added to a sentence where the rules coded none. */
    public static final double ADD = 0.2;
    /**
     * Below this probability, the rules' events of the type are dropped from the sentence, all but the hypothetical
     * ones ({@link #droppable}; 0.05 until session 10, 0.1 until session 14, 0.07 in session 14:
     * docs/event-sentence-model-card.md). Each retraining since session 14 has put the sample article's must-have
     * seizure (استيلائه على كمية من الاسلحة) just under the threshold: 0.076, then 0.069 on 14,536 articles; 0.06
     * keeps it. In cross-validation on those articles this scores 0.6082 without {@link #DROP_AGAIN}; 0.1 would score
     * 0.6115.
     */
    public static final double DROP = 0.06;

    /**
     * The thresholds for a type the article has already told in an earlier sentence (an event of it kept or added
     * there): a later mention of it is more often the same event told again, which the gold does not code twice, so
     * adding one takes p 0.3 and keeping the rules' takes 0.2, but for events with a casualty figure ({@link #keeps}).
     * In cross-validation (session 16, 14,536 articles) 0.6123 against 0.6082 with the first mention's thresholds
     * throughout (a throwaway dump of the out-of-fold probabilities); chosen on four folds and scored on the fifth,
     * 0.6122 (every fold chose these or 0.25 / 0.2, 0.3 / 0.25).
     */
    public static final double ADD_AGAIN = 0.3, DROP_AGAIN = 0.2;

    /**
     * How many events of a type a sentence keeps: the rules coded {@code rules} of them, {@code droppable} of which
     * the model may drop ({@link #droppable}), {@code plain} of those without a casualty figure; {@code open} is false
     * for headline lines and questions, where nothing is added or dropped. One event is added where the rules coded
     * none and the type is likely (from {@link #ADD}); the droppable ones are dropped where it is unlikely (below
     * {@link #DROP}). {@code again}: the article told the type in an earlier sentence, and an event is added from
     * {@link #ADD_AGAIN}, the plain ones are dropped below {@link #DROP_AGAIN}. {@link #keeps} decides the same
     * event by event.
     */
    public static int kept(int rules, int droppable, int plain, boolean open, double p, boolean again) {
        return again ? kept(rules, droppable, plain, open, p, ADD_AGAIN, DROP_AGAIN)
                : kept(rules, droppable, plain, open, p, ADD, DROP);
    }

    /**
     * Whether the model keeps one of the rules' events of an open sentence, its type having probability {@code p}
     * there: {@link #kept} of this one event. A casualty figure spares an event the higher threshold of a type told
     * before: a count of killed or injured people is the sentence's own evidence of an attack. Sparing them costs
     * 0.0002 in cross-validation and keeps the sample article's must-have attack (التنظيم المتطرف قتل أكثر من 50 جنديا
     * سوريا, told after other attacks), which the higher threshold drops.
     */
    public static boolean keeps(Event e, double p, boolean again) {
        // the event alone, counted as ruleCounts counts it: one threshold logic for the coder and cross-validation
        boolean droppable = droppable(e);
        return kept(1, droppable ? 1 : 0, droppable && plain(e) ? 1 : 0, true, p, again) == 1;
    }

    /**
     * Whether one of the rules' events stays in an open sentence where {@link TypeDecisions} declines its type: when it
     * may not be dropped, or has a casualty figure and the type's probability {@code p} is at least {@link #DROP}.
     */
    static boolean keptWhenDeclined(Event e, double p) {
        return !droppable(e) || !plain(e) && p >= DROP;
    }

    private static boolean plain(Event e) {
        return e.fatalities() == null && e.injured() == null;
    }

    /**
     * {@link #kept} with the thresholds {@code add} and {@code drop} (for the plain events; every droppable one still
     * goes below {@link #DROP}), to compare policies.
     */
    public static int kept(int rules, int droppable, int plain, boolean open, double p, double add, double drop) {
        if (!open) return rules;
        if (rules == 0) return p >= add ? 1 : 0;
        if (p < DROP) return rules - droppable;
        return p < drop ? rules - plain : rules;
    }

    /** The weights by feature, kept only to be written (a trained or read model); null for the shipped one (see
     * {@link ArgumentRanker}'s). */
    private final Map<String, float[]> weights;
    private final int size;
    private final FeatureTable table;
    /** The net whose probabilities are averaged with the regressions', or null (the regressions alone). */
    private final SentenceNet net;

    private SentenceTypes(Map<String, float[]> weights, SentenceNet net) {
        this(java.util.Collections.unmodifiableMap(weights), weights.size(), new FeatureTable(weights, TYPES.size()), net);
    }

    private SentenceTypes(Map<String, float[]> weights, int size, FeatureTable table, SentenceNet net) {
        this.weights = weights;
        this.size = size;
        this.table = table;
        this.net = net;
    }

    /** The shipped model (with the shipped net when there is one), or null (the rules' events stand) when absent. */
    public static SentenceTypes shipped() {
        Map<String, float[]> w = WeightTable.resource(SentenceTypes.class, RESOURCE, TYPES.size(), WHAT);
        return w == null ? null : new SentenceTypes(null, w.size(), new FeatureTable(w, TYPES.size()), SentenceNet.shipped(TYPES.size()));
    }

    /** Reads a model file as {@link #write} writes it (the shipped one is gzipped); without a net. */
    public static SentenceTypes read(InputStream in) throws IOException {
        return new SentenceTypes(WeightTable.read(in, TYPES.size(), WHAT), null);
    }

    /** This model with the net's probabilities averaged in ({@code null}: the regressions alone). */
    public SentenceTypes withNet(SentenceNet net) {
        return new SentenceTypes(weights, size, table, net);
    }

    /** Writes the weights: one feature per line, then a tab and its weight for each of {@link #TYPES}. */
    public void write(Writer out, String header) throws IOException {
        if (weights == null) throw new IllegalStateException("the shipped " + WHAT + " is not kept for writing; read its file instead");
        WeightTable.write(out, header, weights);
    }

    /** Writes the net as {@link SentenceNet} stores it; nothing to write without one. */
    public void writeNet(Writer out, String header) throws IOException {
        if (net != null) net.write(out, header);
    }

    /** The number of rows of the net (features and its own rows); 0 without one. */
    public int netSize() {
        return net == null ? 0 : net.size();
    }

    /** How many rows are held as floats, not as ten-thousandths in shorts ({@link FeatureTable#wideRows}). */
    int wideRows() {
        return table.wideRows();
    }

    /** The number of features with weights. */
    public int size() {
        return size;
    }

    /**
     * How many events of each of {@link #TYPES} the rules coded among {@code events} ({@code [0]}), how many of them
     * the model may drop ({@code [1]}) and how many of those have no casualty figure ({@code [2]}): what {@link #kept}
     * weighs, for cross-validation.
     */
    public static int[][] ruleCounts(List<Event> events) {
        int[][] c = new int[3][TYPES.size()];
        for (Event e : events) {
            int t = TYPES.indexOf(e.plover());
            c[0][t]++;
            if (droppable(e)) {
                c[1][t]++;
                if (plain(e)) c[2][t]++;
            }
        }
        return c;
    }

    /** Whether an event is told as fact (asserted or historical). */
    public static boolean toldAsFact(Event e) {
        return ArgumentRanker.TOLD_AS_FACT.contains(e.modality());
    }

    /**
     * Whether the sentence model may drop an event of the rules: any but a hypothetical one (session 16). Until
     * then only the facts without a casualty figure were dropped. But the rules' negated events are right less than a
     * quarter of the time (the annotators mostly leave out what did not happen), and the model, which sees the rules'
     * modalities and the sentence's words among its features, tells when a future or negated event or an attack
     * with a casualty figure is coded: in cross-validation, 0.6082 against 0.6023. A feared event stays (hypothetical
     * ones are right a fifth of the time, but the issue asks that a feared escape or clash be told as feared, not
     * left out); dropping those too would score 0.6115.
     */
    public static boolean droppable(Event e) {
        return e.modality() != org.marsad.model.Modality.HYPOTHETICAL;
    }

    /** The probability of each of {@link #TYPES} in a sentence with these features. */
    public double[] probabilities(List<String> features) {
        double[] z = new double[TYPES.size()];
        table.addTo(BIAS, z);
        for (String f : features) table.addTo(f, z);
        double[] a = net == null ? null : net.start();
        if (a != null) for (String f : features) net.add(f, a);
        return finish(z, a);
    }

    /** The regressions' probabilities from their scores {@code z}, averaged with the net's from its accumulator {@code a}. */
    private double[] finish(double[] z, double[] a) {
        for (int t = 0; t < z.length; t++) z[t] = 1 / (1 + Math.exp(-z[t]));
        if (a == null) return z;
        double[] q = net.probabilities(a);
        for (int t = 0; t < z.length; t++) z[t] = (z[t] + q[t]) / 2;
        return z;
    }

    /** The weight of a feature for a type (0 when absent). */
    double weight(String feature, int type) {
        return table.weight(feature, type);
    }

    // ---- features ----

    /**
     * A sentence's features: its words (normalized), their stems (clitics set aside) and stem bigrams; the types,
     * trigger stems and modalities of the events the rules coded in it; its place in the article, its length,
     * whether it is a question or a headline line.
     */
    static List<String> features(WordView v, int from, int to, int sentence, List<Event> ruleEvents, Set<String> context,
                                 boolean headline, boolean question) {
        Set<String> f = new LinkedHashSet<>();
        int words = words(v, from, to, (w, start, end, previous, prevStart, prevEnd) -> {
            f.add("w=" + w);
            f.add("s=" + w.substring(start, end));
            if (previous != null) f.add("b=" + previous.substring(prevStart, prevEnd) + "_" + w.substring(start, end));
        });
        sentenceFeatures(v, sentence, ruleEvents, context, words, headline, question, f);
        return new ArrayList<>(f);
    }

    /**
     * Each sentence's place in its article, as features: the types the rules coded in the sentences before it
     * ({@code E=}; a later mention of an event is not annotated again). The types of the sentence just before and
     * the title's stems were tried too and gave nothing in cross-validation (docs/event-sentence-model-card.md).
     */
    static List<Set<String>> contexts(List<List<Event>> ruleEventsBySentence) {
        List<Set<String>> out = new ArrayList<>(ruleEventsBySentence.size());
        Set<String> earlier = new java.util.TreeSet<>();
        for (List<Event> here : ruleEventsBySentence) {
            Set<String> c = new LinkedHashSet<>();
            for (String t : earlier) c.add("E=" + t);
            out.add(c);
            for (Event e : here) earlier.add(e.plover());
        }
        return out;
    }

    /** The sentence's normalized words ({@link #features}' {@code w=} words) of at least {@code minLength} letters. */
    static Set<String> words(WordView v, int from, int to, int minLength) {
        Set<String> out = new java.util.HashSet<>();
        words(v, from, to, (w, start, end, previous, prevStart, prevEnd) -> {
            if (w.length() >= minLength) out.add(w);
        });
        return out;
    }

    /** One word for the word features: its normalized form, its light stem's bounds, and the word before's (null at a break). */
    private interface WordSink {
        void accept(String w, int start, int end, String previous, int prevStart, int prevEnd);
    }

    /**
     * Walks the sentence's words (Arabic words and numbers; any other token breaks a bigram) into the sink, for
     * {@link #features} and for the hashed analysis path alike; returns how many words there are.
     */
    private static int words(WordView v, int from, int to, WordSink sink) {
        String previous = null;
        int prevStart = 0, prevEnd = 0, words = 0;
        for (int i = from; i < to; i++) {
            Token.Kind kind = v.token(i).kind();
            if (kind != Token.Kind.ARABIC && kind != Token.Kind.NUMBER) {
                previous = null;
                continue;
            }
            words++;
            String w = v.norm(i);
            int start = stemStart(w), end = stemEnd(w, start);
            sink.accept(w, start, end, previous, prevStart, prevEnd);
            previous = w;
            prevStart = start;
            prevEnd = end;
        }
        return words;
    }

    /** The features of the sentence as a whole: the rules' events in it, its place, length and kind. */
    private static void sentenceFeatures(WordView v, int sentence, List<Event> ruleEvents, Set<String> context, int words,
                                         boolean headline, boolean question, Set<String> f) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : ruleEvents) {
            String t = e.plover();
            counts.merge(t, 1, Integer::sum);
            f.add("R=" + t);
            f.add("RT=" + t + "|" + stem(v.norm(v.indexAt(e.trigger().start()))));
            f.add("RM=" + t + "|" + e.modality().wireName());
        }
        counts.forEach((t, n) -> {
            if (n > 1) f.add("R2=" + t);
        });
        if (ruleEvents.isEmpty()) f.add("R=none");
        f.addAll(context);
        f.add("pos=" + Math.min(sentence, 5));
        f.add("len=" + Math.min(words / 10, 5));
        if (question) f.add("question");
        if (headline) f.add("headline");
    }

    private static final String[] PREFIXES = {"وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س"};
    private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ات", "ون", "ين", "ان", "وا", "ه", "ي", "ت"};

    /**
     * A light stem of a normalized word: one prefix and one suffix set aside when three letters stay. Cruder than
     * {@link ArabicClitics#stemBounds} on purpose: here it only groups the forms of a word for a statistical
     * feature (قتل، وقتل، قتلوا), where a wrong cut costs little and a missed grouping costs data.
     */
    static String stem(String w) {
        int start = stemStart(w);
        return w.substring(start, stemEnd(w, start));
    }

    /**
     * The prefixes (suffixes) by their first (last) char, each group in the lists' order: a word is compared only
     * with the few that can match it. Every word of every sentence is stemmed on the analysis path, and comparing
     * it with all 28 took 3 % of the JFR samples of an article's analysis (session 28).
     */
    private static final String[][] PREFIXES_BY_FIRST = byEdge(PREFIXES, true), SUFFIXES_BY_LAST = byEdge(SUFFIXES, false);
    private static final char EDGE_BASE = '\u0600';

    private static String[][] byEdge(String[] affixes, boolean first) {
        String[][] out = new String[256][];
        for (String a : affixes) {
            int c = (first ? a.charAt(0) : a.charAt(a.length() - 1)) - EDGE_BASE;
            String[] group = out[c] == null ? new String[0] : out[c];
            group = java.util.Arrays.copyOf(group, group.length + 1);
            group[group.length - 1] = a;
            out[c] = group;
        }
        return out;
    }

    private static String[] group(String[][] byEdge, char c) {
        int k = c - EDGE_BASE;
        return k >= 0 && k < byEdge.length ? byEdge[k] : null;
    }

    /** Where the light stem starts: after the first prefix that leaves three letters. */
    private static int stemStart(String w) {
        String[] candidates = w.isEmpty() ? null : group(PREFIXES_BY_FIRST, w.charAt(0));
        if (candidates == null) return 0;
        for (String p : candidates) if (w.length() - p.length() >= 3 && w.startsWith(p)) return p.length();
        return 0;
    }

    /** Where the light stem ends: before the first suffix that leaves three letters after {@code start}. */
    private static int stemEnd(String w, int start) {
        String[] candidates = w.isEmpty() ? null : group(SUFFIXES_BY_LAST, w.charAt(w.length() - 1));
        if (candidates == null) return w.length();
        for (String x : candidates) if (w.length() - start - x.length() >= 3 && w.endsWith(x)) return w.length() - x.length();
        return w.length();
    }

    private static final long W = FeatureTable.add(FeatureTable.START, "w=", 0, 2), S = FeatureTable.add(FeatureTable.START, "s=", 0, 2),
            B = FeatureTable.add(FeatureTable.START, "b=", 0, 2);

    /**
     * {@code probabilities(features(...))} without building the word features' strings: their hashes are computed
     * from the words' chars (the analysis path; {@link #features} stays the definition, and a test holds the two
     * equal).
     */
    double[] probabilities(WordView v, int from, int to, int sentence, List<Event> ruleEvents, Set<String> context, boolean headline,
                           boolean question) {
        long[] h = new long[3 * Math.max(0, to - from) + 1];
        int[] n = {0};
        int words = words(v, from, to, (w, start, end, previous, prevStart, prevEnd) -> {
            h[n[0]++] = FeatureTable.finish(FeatureTable.add(W, w, 0, w.length()));
            h[n[0]++] = FeatureTable.finish(FeatureTable.add(S, w, start, end));
            if (previous != null) {
                long b = FeatureTable.add(FeatureTable.add(B, previous, prevStart, prevEnd), "_", 0, 1);
                h[n[0]++] = FeatureTable.finish(FeatureTable.add(b, w, start, end));
            }
        });
        java.util.Arrays.sort(h, 0, n[0]);
        double[] z = new double[TYPES.size()];
        double[] a = net == null ? null : net.start();
        table.addTo(BIAS, z);
        int unique = 0;
        for (int k = 0; k < n[0]; k++) if (k == 0 || h[k] != h[k - 1]) h[unique++] = h[k];
        if (a != null) FeatureTable.addAll(table, z, net.table(), a, h, unique);
        else table.addAll(h, unique, z);
        // the few sentence-level features, as strings (none repeats a word feature: each has another prefix)
        Set<String> rest = new LinkedHashSet<>();
        sentenceFeatures(v, sentence, ruleEvents, context, words, headline, question, rest);
        for (String f : rest) {
            table.addTo(f, z);
            if (a != null) net.add(f, a);
        }
        return finish(z, a);
    }

    /**
     * The token of the sentence that speaks most for the type (highest word plus stem weight), as the trigger of
     * an event the model adds; -1 when no word speaks for it. When {@code lexical} marks words of the sentence that
     * the trigger lexicon lists for the type (the rules left them uncoded: a weak form without a party, say), the
     * trigger is the one of those that speaks most, so that a reader sees the event's word (قصف, not the تمكنت beside it).
     */
    int trigger(WordView v, int from, int to, int type, boolean[] covered, boolean[] lexical) {
        boolean restrict = false;
        for (int i = from; i < to && !restrict; i++) restrict = lexical[i] && !covered[i];
        int best = -1;
        double top = restrict ? Double.NEGATIVE_INFINITY : 0;
        for (int i = from; i < to; i++) {
            if (v.token(i).kind() != Token.Kind.ARABIC || covered[i] || restrict && !lexical[i]) continue;
            String w = v.norm(i);
            double s = weight("w=" + w, type) + weight("s=" + stem(w), type);
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }

    // ---- training ----

    /** One training sentence: its features and the types the gold codes in it. */
    public record Example(List<String> features, boolean[] types) {
    }

    /**
     * Trains one logistic regression per type on the sentences (features seen in fewer than {@code minCount}
     * sentences are left out): the summed log-loss plus {@code l2}/2 times the squared weights (not the biases),
     * minimised over the whole set at once by L-BFGS (at most {@code iterations} steps). Batch training, unlike
     * per-sentence updates, does not drift with the order of the sentences: the same sentences give the same model.
     */
    public static SentenceTypes train(List<Example> examples, int iterations, double l2, int minCount) {
        Map<String, Integer> seen = new HashMap<>();
        for (Example ex : examples) for (String f : ex.features()) seen.merge(f, 1, Integer::sum);
        List<String> vocabulary = seen.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (String f : vocabulary) index.put(f, index.size());
        int k = TYPES.size(), biasAt = vocabulary.size();
        int[][] x = new int[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
        }
        Lbfgs.Objective objective = (w, grad) -> {
            java.util.Arrays.fill(grad, 0);
            double loss = 0;
            double[] z = new double[k];
            for (int i = 0; i < x.length; i++) {
                for (int t = 0; t < k; t++) z[t] = w[biasAt * k + t];
                for (int f : x[i]) for (int t = 0; t < k; t++) z[t] += w[f * k + t];
                boolean[] y = examples.get(i).types();
                for (int t = 0; t < k; t++) {
                    // log(1 + e^-z) for y, log(1 + e^z) otherwise, computed stably
                    double m = y[t] ? -z[t] : z[t];
                    loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
                    double g = 1 / (1 + Math.exp(-z[t])) - (y[t] ? 1 : 0);
                    grad[biasAt * k + t] += g;
                    for (int f : x[i]) grad[f * k + t] += g;
                }
            }
            for (int j = 0; j < biasAt * k; j++) {
                loss += 0.5 * l2 * w[j] * w[j];
                grad[j] += l2 * w[j];
            }
            return loss;
        };
        double[] w = Lbfgs.minimize(objective, new double[(biasAt + 1) * k], iterations);
        Map<String, float[]> out = new HashMap<>();
        for (int f = 0; f <= biasAt; f++) {
            float[] v = new float[k];
            boolean any = false;
            for (int t = 0; t < k; t++) {
                v[t] = WeightTable.round(w[f * k + t]);
                any |= v[t] != 0;
            }
            if (any) out.put(f == biasAt ? BIAS : vocabulary.get(f), v);
        }
        return new SentenceTypes(out, null);
    }

    /**
     * The net to average in ({@link #withNet}): {@code members} nets of {@code hidden} units each (seeds 1, 1001 …),
     * AdaGrad at {@code rate} for {@code epochs} passes over mini-batches of 32 sentences (L2 1e-6), over the features
     * seen in {@code minCount} sentences.
     */
    public static SentenceNet trainNet(List<Example> examples, int hidden, int epochs, double rate, int minCount, int members) {
        return trainNet(examples, hidden, epochs, rate, minCount, members, 1);
    }

    /** As above, member m from seed {@code seed + 1000 m} (the shipped net: seed 1). */
    public static SentenceNet trainNet(List<Example> examples, int hidden, int epochs, double rate, int minCount, int members, long seed) {
        return SentenceNet.train(examples, TYPES.size(), hidden, epochs, rate, 1e-6, minCount, 32, seed, members);
    }
}
