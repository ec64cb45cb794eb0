package org.marsad.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.Sentence;
import org.marsad.model.TimeExpression;
import org.marsad.text.ArabicClitics;
import org.marsad.time.WordView;

/**
 * Re-chooses the arguments of the events the rules coded with a log-linear model learned from the
 * hand-annotated event sets (docs/event-arguments-model-card.md): the actor, the target and the place among the
 * parties mentioned in the event's sentence and the sentence before, the date among the dates written there, the
 * publication day, the day before it, its month, the last date an earlier sentence gave and none, and for an event
 * told as fact whether it is news or background (asserted or historical). The rules' own choice is one feature among
 * word order, distance, the preposition before a mention, punctuation in between, who the party is and the event
 * type, so the model learns where the rules are right and where a nearer or earlier party is the one meant. Roles the shipped model has no weights for keep the rules' choice.
 *
 * <p>Written by hand: a softmax over a handful of options with a few thousand sparse string features is some
 * eighty lines, and the machine-learning libraries verified here are either GPL (Smile) or built for dense
 * numeric data; pulling one in would not make this simpler.
 *
 * <p>Immutable after loading and safe to share between threads.
 */
public final class ArgumentRanker {
    /** The roles the model chooses, in the order it chooses them. */
    public static final List<String> ROLES = List.of("actor", "target", "location", "date", "modality", "attribution");
    /** The roles filled with an entity (the date is a value) and chosen together; the source is chosen after the actor. */
    public static final List<String> PARTY_ROLES = ROLES.subList(0, 3);
    /**
     * The weight table's columns: a weight for each role, then one for the features of an actor and a target taken
     * together ({@link #pairFeatures}).
     */
    static final List<String> COLUMNS = List.of("actor", "target", "location", "date", "modality", "attribution", "pair");
    private static final int PAIR = COLUMNS.indexOf("pair");
    /** How many of the likeliest actors and targets (each with no party) are paired when the pair weights decide. */
    static final int PAIRED = 5;
    static final String RESOURCE = "arguments.model";
    private static final String WHAT = "argument model";

    /** Feature → its weight for each role, in the order of {@link #ROLES}: kept only to be written (a trained or read
     * model); null for the shipped one, which needs its {@link FeatureTable} alone (the map's strings and rows took
     * more memory than the table). */
    private final Map<String, float[]> weights;
    private final int size;
    private final boolean[] decided;
    private final FeatureTable table;

    private final boolean decidesActor;
    private final boolean decidesTarget;
    private final boolean decidesLocation;
    private final boolean decidesDate;
    private final boolean decidesModality;
    private final boolean decidesAttribution;
    private final boolean decidesPairs;

    private ArgumentRanker(Map<String, float[]> weights) {
        this(weights, true);
    }

    private ArgumentRanker(Map<String, float[]> weights, boolean writable) {
        this.weights = writable ? Map.copyOf(weights) : null;
        this.size = weights.size();
        this.decided = new boolean[COLUMNS.size()];
        for (float[] x : weights.values()) for (int r = 0; r < decided.length; r++) decided[r] |= x[r] != 0;
        this.table = new FeatureTable(weights, COLUMNS.size());
        this.decidesActor = decides("actor");
        this.decidesTarget = decides("target");
        this.decidesLocation = decides("location");
        this.decidesDate = decides("date");
        this.decidesModality = decides("modality");
        this.decidesAttribution = decides("attribution");
        this.decidesPairs = decides("pair");
    }

    /**
     * One option for a role: an entity (null: no party) with its features, as text when they are built for training
     * ({@code hashes} null) or as their {@link FeatureTable#hash}es only when they are built for analysis
     * ({@code features} null).
     */
    public record Option(Entity entity, List<String> features, long[] hashes, String slot) {
        public Option(Entity entity, List<String> features) {
            this(entity, features, null, null);
        }

        /**
         * Where the party stands for the pair features ({@link #pairFeatures}): {@code B} or {@code A} (before or after
         * the trigger) with its rank on that side, {@code Q} (the phrase right after the trigger), {@code P} (the
         * sentence before), {@code O} (carried over by the rules) or {@code N} (no party).
         */
        String where() {
            return slot != null ? slot : entity == null ? "N" : "?";
        }

        /** Whether the option has the feature. */
        boolean has(String feature) {
            if (features != null) return features.contains(feature);
            long h = FeatureTable.hash(feature);
            for (long x : hashes) if (x == h) return true;
            return false;
        }
    }

    /**
     * An option's features while they are built: their text (training reads them) or only their hashes, computed
     * from the pieces without joining them (analysis only looks them up; the joined strings were a good part of the
     * argument model's cost). One definition of the features serves both; {@code ShippedArgumentModelTest} holds the
     * hashes equal to the text's.
     */
    static final class Feats {
        private final List<String> text;
        private long[] hashes;
        private int n;

        Feats(boolean text) {
            this.text = text ? new ArrayList<>() : null;
            this.hashes = text ? null : new long[48];
        }

        /** Adds the feature written as the pieces joined. */
        void add(Object... pieces) {
            if (text != null) {
                StringBuilder b = new StringBuilder();
                for (Object p : pieces) b.append(p);
                text.add(b.toString());
                return;
            }
            long h = FeatureTable.START;
            for (Object p : pieces) {
                String x = p instanceof String str ? str : String.valueOf(p);
                h = FeatureTable.add(h, x, 0, x.length());
            }
            if (n == hashes.length) hashes = java.util.Arrays.copyOf(hashes, 2 * n);
            hashes[n++] = FeatureTable.finish(h);
        }

        Option option(Entity entity) {
            return option(entity, entity == null ? "N" : null);
        }

        Option option(Entity entity, String slot) {
            return text != null ? new Option(entity, text, null, slot) : new Option(entity, null, java.util.Arrays.copyOf(hashes, n), slot);
        }
    }

    /**
     * An event the rules coded, with the options for its party roles (the same options serve each), for its
     * date ({@code dateValues}, null: no date, beside {@code dateOptions}) and for its modality
     * ({@code modalityOptions}, in the order of {@link #TOLD_AS_FACT}; empty unless the rules told it as fact).
     */
    public record Options(Event event, List<Option> options, List<String> dateValues, List<Option> dateOptions,
                          List<Option> modalityOptions) {
    }

    /** The modalities of an event told as fact, between which the model chooses: new, or background. */
    public static final List<Modality> TOLD_AS_FACT = List.of(Modality.ASSERTED, Modality.HISTORICAL);

    /** How many rows are held as floats, not as ten-thousandths in shorts ({@link FeatureTable#wideRows}). */
    int wideRows() {
        return table.wideRows();
    }

    /** The shipped model, or none (the rules' choices stand) when the resource is absent. */
    public static ArgumentRanker shipped() {
        Map<String, float[]> w = WeightTable.resource(ArgumentRanker.class, RESOURCE, COLUMNS.size(), WHAT);
        return w == null ? null : new ArgumentRanker(w, false);
    }

    /** Reads a model file as {@link #write} writes it. */
    public static ArgumentRanker read(InputStream in) throws IOException {
        return new ArgumentRanker(WeightTable.read(in, COLUMNS.size(), WHAT));
    }

    /** Writes the weights: one feature per line, then a tab and its weight for each of {@link #COLUMNS}. */
    public void write(Writer out, String header) throws IOException {
        if (weights == null) throw new IllegalStateException("the shipped " + WHAT + " is not kept for writing; read its file instead");
        WeightTable.write(out, header, weights);
    }

    /** The number of features with a weight. */
    public int size() {
        return size;
    }

    /** The index of the best option for the role; {@code exclude} (an entity id) is never chosen. */
    int choose(String role, List<Option> options, String exclude) {
        return best(scores(options), ROLES.indexOf(role), options, exclude);
    }

    /** Each option's score for every role, in one pass over its features. */
    private double[][] scores(List<Option> options) {
        double[][] out = new double[options.size()][];
        for (int i = 0; i < out.length; i++) {
            double[] s = new double[COLUMNS.size()];
            Option o = options.get(i);
            if (o.hashes() != null) {
                table.addAll(o.hashes(), o.hashes().length, s);
            } else {
                for (String f : o.features()) table.addTo(f, s);
            }
            out[i] = s;
        }
        return out;
    }

    private static int best(double[][] scores, int role, List<Option> options, String exclude) {
        return bestWhere(scores, role, options, o -> exclude != null && o.entity() != null && o.entity().id().equals(exclude));
    }

    /** The option with the highest score for the role among those {@code skip} does not leave out (-1 when none). */
    private static int bestWhere(double[][] scores, int role, List<Option> options, java.util.function.Predicate<Option> skip) {
        return bestWhere(scores, role, options, skip, 0);
    }

    /** {@link #bestWhere} with the no-party option's score lowered by {@code noneBias}. */
    private static int bestWhere(double[][] scores, int role, List<Option> options, java.util.function.Predicate<Option> skip,
                                 double noneBias) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            if (skip.test(o)) continue;
            double score = scores[i][role] - (o.entity() == null ? noneBias : 0);
            if (score > top) {
                top = score;
                best = i;
            }
        }
        return best;
    }


    /** Whether the model has weights for the role (a role it was not trained for keeps the rules' choice). */
    public boolean decides(String role) {
        int r = COLUMNS.indexOf(role);
        return r >= 0 && decided[r];
    }

    /**
     * The actor, target and location of one event: the model's choice for each role it decides, the rules'
     * otherwise. Actor and target are chosen as a pair, the one whose scores sum highest, so that a party that is
     * clearly the target is not taken for the actor (اتصال أجراه مع الوزير: the minister is the counterpart). The
     * target is never the actor. A party the rules carried over from an earlier sentence fills the actor or the
     * place when the model leaves it empty (the target, since session 29, stays empty); where the model names a party
     * of its own, that party stands (until session 11 the carried-over party always stood, and it was the annotators'
     * actor for one event in eight: docs/event-arguments-model-card.md). An appointment or a dismissal the model gives
     * no target takes its likeliest party other than the actor ({@link #appointment}).
     */
    public Entity[] choose(Options o) {
        return choose(o, scores(o.options()));
    }

    /** {@link #choose(Options)} with the options' scores computed. */
    private Entity[] choose(Options o, double[][] scores) {
        List<Option> opts = o.options();
        Event e = o.event();
        Entity ruleActor = entity(opts, e.actor()), ruleTarget = entity(opts, e.target()), ruleLocation = entity(opts, e.location());
        // the target of an expressed concern or a warning is the rules': what it is about (مخاوف من عودة داعش) is what an
        // analyst wants to see, while the annotators mostly leave it empty and the model learned to (and, choosing the
        // pair, it may take what the warning is about for the one who warns). Any other statement's target (a denial's,
        // a claim's, a pledge's …) is the model's, which agrees with the annotators more often than the rules' (session
        // 29, docs/event-arguments-model-card.md)
        boolean keepTarget = !decidesTarget || keepsRulesTarget(e)
                // a condemnation's target the rules found outside its sentence: the doer of the act it condemns
                // (RuleEventCoder.condemnedDoers) or the one its pronoun names; the sentence's parties are someone else
                || e.plover().equals("ACCUSE") && carried(opts, ruleTarget);
        // a sentence opening on a reporting verb whose subject is left unsaid (وأكد خلال اتصال هاتفي أجراه مع …): the
        // subject the rules carried over from before is the actor
        boolean keepActor = !decidesActor || subjectCarried(opts, ruleActor);
        Entity actor, target;
        if (keepActor) {
            actor = ruleActor;
            target = keepTarget ? ruleTarget : opts.get(best(scores, 1, opts, actor == null ? null : actor.id())).entity();
        } else if (!keepTarget) {
            int[] pair = decidesPairs ? bestPairWeighed(scores, o) : bestPair(scores, opts);
            actor = opts.get(pair[0]).entity();
            target = opts.get(pair[1]).entity();
        } else {
            // a party the rules keep is out of the other role's options
            actor = opts.get(bestActor(scores, opts, ruleTarget == null ? null : ruleTarget.id())).entity();
            target = ruleTarget;
        }
        if (actor == null && carried(opts, ruleActor)) actor = ruleActor;
        // a target the model leaves empty stays empty, even where the rules carried one over from an earlier sentence:
        // the annotators agree with the empty target more often (session 29; the actor and the place are still filled)
        if (target != null && actor != null && target.id().equals(actor.id())) target = null;
        // an appointment's target is the appointee: where the model names none, its likeliest party that is not the actor
        if (target == null && !keepTarget && appointment(e)) {
            String not = actor == null ? null : actor.id();
            int t = bestWhere(scores, 1, opts, x -> x.entity() == null || x.entity().id().equals(not));
            if (t >= 0) target = opts.get(t).entity();
        }
        // a phrase is no place, nor a party named as whom a force is backed by or loyal to (الفصائل المدعومة من تركيا)
        Entity location = !decidesLocation ? ruleLocation
                : opts.get(singledOutInside(opts, scores, bestWhere(scores, 2, opts,
                        x -> x.entity() != null && (PhraseParties.is(x.entity()) || x.has(AFFILIATED))))).entity();
        if (location == null && carried(opts, ruleLocation)) location = ruleLocation;
        return new Entity[] {actor, target, location};
    }

    /**
     * The words of an appointment or a dismissal (عيّن، تعيين، أعفى، إعفاء، أقال، إقالة، رشّح، ترشيح), normalized. The
     * annotators give such a statement the person appointed or dismissed as its target: 430 of the 447 in the training
     * sets have one (docs/events.md, "Session 30").
     */
    private static final java.util.Set<String> APPOINTING = java.util.Set.of("عين", "عينت", "تعيين", "اعفي", "اعفت", "اعفاء",
            "اقال", "اقالت", "اقاله", "رشح", "رشحت", "ترشيح");

    /** Whether a statement tells an appointment or a dismissal: a clitic reading of its trigger (وعين، بتعيين، عينه). */
    static boolean appointment(Event e) {
        if (!e.plover().equals("STATEMENT")) return false;
        String w = org.marsad.text.ArabicNormalizer.normalizeForMatching(e.trigger().text());
        for (String r : ArabicClitics.candidates(w)) if (APPOINTING.contains(r)) return true;
        return false;
    }

    /** Whether the event keeps the rules' target whatever the model scores: an expressed concern or a warning (its mode). */
    static boolean keepsRulesTarget(Event e) {
        return e.plover().equals("STATEMENT") && ("concern".equals(e.mode()) || "warn".equals(e.mode()));
    }

    /**
     * The actor and target options whose scores sum highest: two different parties, or no party for either or
     * both; the owner of what the event took or hit ({@link #owner}) is no actor.
     */
    private static int[] bestPair(double[][] scores, List<Option> opts) {
        int[] best = new int[2];
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < opts.size(); i++) {
            Option a = opts.get(i);
            if (a.entity() != null && owner(a)) continue;
            for (int j = 0; j < opts.size(); j++) {
                if (i == j && a.entity() != null) continue;
                double s = scores[i][0] + scores[j][1];
                if (s > top) {
                    top = s;
                    best[0] = i;
                    best[1] = j;
                }
            }
        }
        return best;
    }

    /**
     * The actor and target options whose scores plus the weights of their pair features ({@link #pairFeatures}) sum
     * highest, among the {@link #PAIRED} likeliest actors and targets and no party: what the two roles' own scores
     * cannot see, such as a subject before the trigger making the party right after it the object.
     */
    private int[] bestPairWeighed(double[][] scores, Options o) {
        List<Option> opts = o.options();
        int[] actors = likeliest(scores, opts, 0, true), targets = likeliest(scores, opts, 1, false);
        String pl = o.event().plover(), form = triggerForm(o.event());
        int[] best = new int[2];
        double top = Double.NEGATIVE_INFINITY;
        // every pair's hashes first, their pair weights then looked up together (FeatureTable#column)
        int[][] pairs = new int[actors.length * targets.length][];
        long[] h = new long[pairs.length * PAIR_FEATURES], one = new long[PAIR_FEATURES];
        int n = 0;
        for (int i : actors) {
            for (int j : targets) {
                if (i == j && opts.get(i).entity() != null) continue;
                pairHashes(pl, form, opts.get(i), opts.get(j), one);
                System.arraycopy(one, 0, h, n * PAIR_FEATURES, PAIR_FEATURES);
                pairs[n++] = new int[] {i, j};
            }
        }
        float[] w = table.column(h, n * PAIR_FEATURES, PAIR);
        for (int p = 0; p < n; p++) {
            double pair = 0;
            for (int f = 0; f < PAIR_FEATURES; f++) pair += w[p * PAIR_FEATURES + f];
            double s = scores[pairs[p][0]][0] + scores[pairs[p][1]][1] + pair;
            if (s > top) {
                top = s;
                best[0] = pairs[p][0];
                best[1] = pairs[p][1];
            }
        }
        return best;
    }

    /**
     * The indices of the {@link #PAIRED} options with the highest score for the role (ties in option order), and of the
     * no-party option whatever its score; the owner of what the event took or hit is no actor ({@link #owner}).
     */
    static int[] likeliest(double[][] scores, List<Option> opts, int role, boolean actor) {
        List<Integer> order = new ArrayList<>();
        int none = -1;
        for (int i = 0; i < opts.size(); i++) {
            if (opts.get(i).entity() == null) none = i;
            else if (!(actor && owner(opts.get(i)))) order.add(i);
        }
        order.sort((x, y) -> Double.compare(scores[y][role], scores[x][role]));
        int n = Math.min(PAIRED, order.size());
        int[] out = new int[n + (none >= 0 ? 1 : 0)];
        for (int k = 0; k < n; k++) out[k] = order.get(k);
        if (none >= 0) out[n] = none;
        return out;
    }

    /**
     * The features of an actor and a target taken together: where each stands ({@link Option#where}), alone and
     * with the event type and the trigger's form, and what each is (person, organization, place, group, phrase).
     */
    static void pairFeatures(String pl, String form, Option actor, Option target, Feats f) {
        String a = actor.where(), t = target.where(), ta = pairType(actor), tt = pairType(target);
        f.add("pp=", a, "|", t);
        f.add("pp=", a, "|", t, "|pl=", pl);
        f.add("pp=", a, "|", t, "|form=", form);
        f.add("pt=", ta, "|", tt, "|pl=", pl);
        f.add("pt=", ta, "|", tt, "|pp=", a, "|", t);
    }

    static final int PAIR_FEATURES = 5;

    /**
     * The {@link FeatureTable#hash}es of {@link #pairFeatures} into {@code out}, computed from shared prefixes
     * without building strings: up to 36 pairs per event are weighed on the analysis path (a test holds the two
     * equal).
     */
    static void pairHashes(String pl, String form, Option actor, Option target, long[] out) {
        String a = actor.where(), t = target.where(), ta = pairType(actor), tt = pairType(target);
        long pp = add(add(add(add(FeatureTable.START, "pp="), a), "|"), t);
        out[0] = FeatureTable.finish(pp);
        out[1] = FeatureTable.finish(add(add(pp, "|pl="), pl));
        out[2] = FeatureTable.finish(add(add(pp, "|form="), form));
        long pt = add(add(add(add(FeatureTable.START, "pt="), ta), "|"), tt);
        out[3] = FeatureTable.finish(add(add(pt, "|pl="), pl));
        out[4] = FeatureTable.finish(add(add(add(add(pt, "|pp="), a), "|"), t));
    }

    private static long add(long h, String piece) {
        return FeatureTable.add(h, piece, 0, piece.length());
    }

    private static String pairType(Option o) {
        return o.entity() == null ? "N" : type(o.entity());
    }

    /** The form ({@link #form}) of the trigger's first word, from the event alone (what pair features need). */
    static String triggerForm(Event e) {
        String w = org.marsad.text.ArabicNormalizer.normalizeForMatching(e.trigger().text()).strip();
        int sp = w.indexOf(' ');
        return form(sp < 0 ? w : w.substring(0, sp));
    }

    /** An event's party options with which of them are the annotators' actor and target (for {@link #train}). */
    public record PairExample(Options options, boolean[] actorRight, boolean[] targetRight) {
    }

    /**
     * The actor option with the highest score, leaving out the owner of what the event took or hit ({@link #owner}:
     * استيلائه على الأسلحة التابعة للجيش) and the excluded party; the no-party option stays a choice.
     */
    private static int bestActor(double[][] scores, List<Option> opts, String exclude) {
        int best = bestWhere(scores, 0, opts, o -> o.entity() != null && (o.entity().id().equals(exclude) || owner(o)));
        return best >= 0 ? best : best(scores, 0, opts, exclude);
    }

    /** Prepositions and agent words whose place between trigger and party tells the party's role. */
    private static final java.util.Set<String> GAP_WORDS = java.util.Set.of("مع", "ضد", "علي", "الي", "بين", "عن", "من", "قبل", "يد",
            "بحق", "تجاه", "لدي", "عبر", "بواسطه");

    /** Participles of belonging (normalized) before a party with ل: التابعة للجيش، قوات تابعة لإيران. */
    private static final java.util.Set<String> BELONGING = java.util.Set.of("التابعه", "التابع", "التابعين", "التابعون", "تابعه",
            "تابع", "تابعين");

    /** The words after which a party owns the thing just named (التابعة للجيش، المملوكة للدولة), as prev= features. */
    private static final List<String> OWNER_WORDS = java.util.stream.Stream.concat(BELONGING.stream(),
            java.util.stream.Stream.of("المملوكه", "المملوك", "مملوكه", "مملوك")).sorted().map(w -> "prev=" + w).toList();

    /**
     * Whether the option is a party named after the trigger right after an owner word ({@link #OWNER_WORDS}): the
     * owner of what was taken or hit (استيلائه على الأسلحة التابعة للجيش). Before the trigger the owner is the one
     * acting through what it owns (قوات تابعة للحكومة قصفت), as the annotators code it.
     */
    static boolean owner(Option o) {
        if (!o.has("prep=ل|dir=A")) return false;
        for (String f : OWNER_WORDS) if (o.has(f)) return true;
        return false;
    }

    /** The feature of a party named as what another one is backed by or loyal to ({@link #affiliation}). */
    static final String AFFILIATED = "affiliated";

    /** Participles of backing and allegiance (normalized), followed by من or ل before the party. */
    private static final java.util.Set<String> BACKED_BY = java.util.Set.of("المدعومه", "المدعوم", "المدعومين", "المدعومون",
            "مدعومه", "مدعوم", "مدعومين", "مدعومون", "المقربه", "المقرب", "المقربين", "مقربه", "مقرب", "مقربين");
    private static final java.util.Set<String> LOYAL_TO = java.util.Set.of("المواليه", "الموالي", "الموالين", "مواليه", "موالي",
            "موالين");

    /**
     * Whether the party is named as whom a force is backed by or loyal to (الفصائل المدعومة من تركيا، فصائل موالية
     * لتركيا، قوات تابعة لإيران): an allegiance, not where the event took place. Read from the words before the mention,
     * as {@code prev=} is.
     */
    private static boolean affiliation(WordView v, MentionIndex.Ref r, int from) {
        int p = r.from() - 1;
        if (p < from) return false;
        String w = v.norm(p);
        if (r.prep().equals("ل") && (LOYAL_TO.contains(w) || BELONGING.contains(w))) return true;
        return w.equals("من") && p - 1 >= from && BACKED_BY.contains(v.norm(p - 1));
    }

    /**
     * The place option to take for the chosen one: when the choice is a country and the sentence singles out a place
     * inside it (في سوريا خاصة في منطقة البادية), the likeliest such place, as ACLED codes the most specific place;
     * else the choice itself.
     */
    private static int singledOutInside(List<Option> opts, double[][] scores, int chosen) {
        if (!opts.get(chosen).has("geo=outer")) return chosen;
        int at = chosen;
        for (int i = 0; i < opts.size(); i++) {
            if (opts.get(i).has(FOCUS) && (at == chosen || scores[i][2] > scores[at][2])) at = i;
        }
        return at;
    }

    /** A place inside a country the sentence names, singled out by خاصة، لا سيما، تحديدا or خصوصا just before it. */
    static final String FOCUS = "geo=inner|focus";
    private static final java.util.Set<String> FOCUS_WORDS = java.util.Set.of("خاصه", "وخاصه", "سيما", "لاسيما", "ولاسيما", "تحديدا",
            "وتحديدا", "بالتحديد", "وبالتحديد", "خصوصا", "وخصوصا");

    private static boolean focused(WordView v, int at, int from) {
        for (int i = at - 1; i >= Math.max(from, at - 3); i--) if (FOCUS_WORDS.contains(v.norm(i))) return true;
        return false;
    }

    /** The party is the rules' carried-over subject of a sentence whose reporting verb leaves it unsaid ({@link #subjectDropped}). */
    private static boolean subjectCarried(List<Option> opts, Entity e) {
        Option x = optionOf(opts, e);
        return x != null && x.has("outside") && (x.has("dropped") || x.has("dropped|outside"));
    }

    /** The party comes from outside the event's sentence: the rules carried it over from the discourse. */
    private static boolean carried(List<Option> opts, Entity e) {
        Option x = optionOf(opts, e);
        return x != null && x.has("outside");
    }

    /** The option of the party, or null (none given, or not among the options). */
    private static Option optionOf(List<Option> opts, Entity e) {
        if (e == null) return null;
        for (Option x : opts) if (x.entity() == e) return x;
        return null;
    }

    /** The event's date: the model's choice when it decides dates, the rules' otherwise. */
    public String chooseDate(Options o) {
        if (!decidesDate) return o.event().date();
        int rule = o.dateValues().indexOf(o.event().date());
        // a date the rules carried over or moved (the sentence before, a social embed, the coming weekday) is kept
        if (rule >= 0 && o.dateOptions().get(rule).has("d:carried")) return o.event().date();
        // a week (الأسبوع الماضي) is kept: the gold sets write days, months and years only, so the model has
        // never seen a week that was right
        if (o.event().date() != null && o.event().date().contains("W")) return o.event().date();
        return o.dateValues().get(choose("date", o.dateOptions(), null));
    }

    /**
     * The event's modality: for an event the rules told as fact, asserted or historical as the model chooses when
     * it decides modality; the rules' otherwise. Hypothetical, future and negated events keep the rules' modality.
     */
    public Modality chooseModality(Options o) {
        if (!decidesModality || o.modalityOptions().isEmpty()) return o.event().modality();
        return TOLD_AS_FACT.get(choose("modality", o.modalityOptions(), null));
    }

    /**
     * The event's source ({@code actor}: the event's chosen actor, never its own source): the model's choice among
     * the event's party options and none when it decides attribution, the rules' otherwise. A source the rules found
     * outside the options (a source named in an earlier sentence, an unnamed one such as مصادر محلية) is kept.
     */
    public String chooseAttribution(Options o, Entity actor, Entity location) {
        return chooseAttribution(o, actor, location, NONE_BIAS);
    }

    /**
     * How much "no source" is weighed down when the model chooses a source. The softmax is fitted for accuracy, and
     * most events have no source (the gold names one for 18 %), so at 0 the model names fewer sources than the rules
     * (cross-validated source F1 0.243, the rules' 0.219). The grid {@code ./marsad train events --folds 5
     * --arguments-only} prints (0, 0.5, 1, 1.5, 2, 3) peaks at 2: F1 0.313 (P 0.281, R 0.352 against the rules' 0.202,
     * 0.237).
     */
    public static final double NONE_BIAS = 2.0;

    /** {@link #chooseAttribution(Options, Entity, Entity)} with "no source" weighed down by {@code noneBias}. */
    public String chooseAttribution(Options o, Entity actor, Entity location, double noneBias) {
        return chooseAttribution(o, actor, location, noneBias, decidesAttribution && decidesOn(o) ? scores(o.options()) : null);
    }

    private String chooseAttribution(Options o, Entity actor, Entity location, double noneBias, double[][] scores) {
        String rule = o.event().attribution();
        if (!decidesAttribution || !decidesOn(o)) return rule;
        List<Option> opts = o.options();
        // neither the actor nor the place where it happened tells of the event (انفجرت قنبلة في استاد جنوبي الصومال:
        // الصومال is no source)
        int best = bestWhere(scores, ROLES.indexOf("attribution"), opts,
                x -> x.entity() != null && (same(x.entity(), actor) || same(x.entity(), location)), noneBias);
        Entity x = best < 0 ? null : opts.get(best).entity();
        return x == null ? null : x.id();
    }

    private static boolean same(Entity a, Entity b) {
        return b != null && a.id().equals(b.id());
    }

    /** Whether the model decides the event's source: the rules found none, or one among the party options. */
    public static boolean decidesOn(Options o) {
        String rule = o.event().attribution();
        return rule == null || entity(o.options(), rule) != null;
    }

    private static Entity entity(List<Option> opts, String id) {
        if (id == null) return null;
        for (Option x : opts) if (x.entity() != null && x.entity().id().equals(id)) return x.entity();
        return null;
    }

    /** The events with actor and target as {@link #choose(Options)} gives them. */
    List<Event> rerank(List<Options> all) {
        List<Event> out = new ArrayList<>(all.size());
        for (Options o : all) {
            double[][] scores = scores(o.options());
            Entity[] chosen = choose(o, scores);
            Entity actor = chosen[0], target = chosen[1], location = chosen[2];
            Event e = o.event();
            out.add(new Event(e.id(), e.plover(), e.mode(), e.acledEventType(), e.acledSubEventType(), e.trigger(), e.sentence(),
                    actor == null ? null : actor.id(), target == null ? null : target.id(), location == null ? null : location.id(),
                    chooseDate(o), e.fatalities(),
                    e.injured(), e.arrested(), chooseModality(o), chooseAttribution(o, actor, location, NONE_BIAS, scores), e.confidence()));
        }
        return out;
    }

    /** A training example: the options of one role of one event and which of them are right. */
    public record Example(String role, List<Option> options, boolean[] right) {
    }

    /**
     * Whether the event is a pair example in training: its actor and target are chosen as a pair when the model decides
     * both (not kept from the rules). A statement is none: until session 29 the rules kept every statement's target.
     * Those whose target the model now chooses are paired with the weights the other events trained (training their
     * pairs too moved the development view's target by 0.002: docs/events.md, "Session 29").
     */
    static boolean pairedEvent(Options o) {
        return !o.event().plover().equals("STATEMENT") && !subjectCarried(o.options(), entity(o.options(), o.event().actor()));
    }

    /** A pair example ready for training: the candidate pairs' option indices, their pair features, which are right. */
    private record Paired(Options options, int[] actor, int[] target, List<List<String>> features, boolean[] right) {
    }

    /** {@link #train(List, List, int, double, double)} without pair examples: the roles' weights alone. */
    public static ArgumentRanker train(List<Example> examples, int epochs, double rate, double l2) {
        return train(examples, List.of(), epochs, rate, l2);
    }

    /**
     * Trains the weights: for each role example the log-likelihood of its right options (any of them) under a
     * softmax over its options; for each pair example (an event whose actor and target are chosen together,
     * {@link #pairedEvent}) the log-likelihood of its right pairs under a softmax over all its pairs, each scored as
     * {@link #bestPairWeighed} scores it (actor score plus target score plus the pair's weights), so that its
     * gradient reaches the actor, target and pair weights alike. By AdaGrad with L2, in a fixed shuffled order: the
     * same examples give the same model. (Learning the pair weights afterwards, on top of fixed role weights, gave
     * less: docs/event-arguments-model-card.md.)
     */
    public static ArgumentRanker train(List<Example> examples, List<PairExample> pairs, int epochs, double rate, double l2) {
        List<Object> order = new ArrayList<>();
        for (PairExample ex : pairs) {
            Options o = ex.options();
            if (!pairedEvent(o)) continue;
            List<Option> opts = o.options();
            String pl = o.event().plover(), form = triggerForm(o.event());
            List<Integer> ai = new ArrayList<>(), ti = new ArrayList<>();
            List<List<String>> fs = new ArrayList<>();
            List<Boolean> r = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < opts.size(); i++) {
                if (opts.get(i).entity() != null && owner(opts.get(i))) continue;
                for (int j = 0; j < opts.size(); j++) {
                    if (i == j && opts.get(i).entity() != null) continue;
                    Feats f = new Feats(true);
                    pairFeatures(pl, form, opts.get(i), opts.get(j), f);
                    ai.add(i);
                    ti.add(j);
                    fs.add(f.option(null).features());
                    boolean right = ex.actorRight()[i] && ex.targetRight()[j];
                    r.add(right);
                    any |= right;
                }
            }
            if (!any) continue;
            boolean[] rr = new boolean[r.size()];
            for (int k = 0; k < rr.length; k++) rr[k] = r.get(k);
            order.add(new Paired(o, ai.stream().mapToInt(Integer::intValue).toArray(), ti.stream().mapToInt(Integer::intValue).toArray(), fs, rr));
        }
        order.addAll(examples);
        Map<String, double[]> w = new LinkedHashMap<>();
        Random random = new Random(42);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Object x : order) {
                if (x instanceof Example ex) step(w, ex, rate, l2);
                else step(w, (Paired) x, rate, l2);
            }
        }
        return fromTraining(w);
    }

    private static double sum(Map<String, double[]> w, String role, List<String> features) {
        double s = 0;
        for (String f : features) {
            double[] x = w.get(role + "|" + f);
            if (x != null) s += x[0];
        }
        return s;
    }

    private static void step(Map<String, double[]> w, Paired ex, double rate, double l2) {
        List<Option> opts = ex.options().options();
        int n = opts.size();
        double[] a = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = sum(w, "actor", opts.get(i).features());
            t[i] = sum(w, "target", opts.get(i).features());
        }
        int m = ex.right().length;
        double[] s = new double[m];
        for (int k = 0; k < m; k++) s[k] = a[ex.actor()[k]] + t[ex.target()[k]] + sum(w, "pair", ex.features().get(k));
        double[] gs = gradient(s, ex.right());
        double[] ga = new double[n], gt = new double[n];
        Map<String, Double> grad = new HashMap<>();
        for (int k = 0; k < m; k++) {
            double g = gs[k];
            if (g == 0) continue;
            ga[ex.actor()[k]] += g;
            gt[ex.target()[k]] += g;
            for (String f : ex.features().get(k)) grad.merge("pair|" + f, g, Double::sum);
        }
        for (int i = 0; i < n; i++) {
            if (ga[i] != 0) for (String f : opts.get(i).features()) grad.merge("actor|" + f, ga[i], Double::sum);
            if (gt[i] != 0) for (String f : opts.get(i).features()) grad.merge("target|" + f, gt[i], Double::sum);
        }
        update(w, grad, rate, l2);
    }

    /**
     * The gradient of -log(the probability of the right items) under a softmax over the scores {@code s}: for each
     * item p - p/p_right when it is right, p otherwise.
     */
    private static double[] gradient(double[] s, boolean[] right) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : s) max = Math.max(max, x);
        double[] e = new double[s.length];
        double z = 0, zRight = 0;
        for (int i = 0; i < s.length; i++) {
            e[i] = Math.exp(s[i] - max);
            z += e[i];
            if (right[i]) zRight += e[i];
        }
        double[] g = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            double p = e[i] / z;
            g[i] = right[i] ? p - e[i] / zRight : p;
        }
        return g;
    }

    private static void update(Map<String, double[]> w, Map<String, Double> grad, double rate, double l2) {
        for (var e : grad.entrySet()) {
            double[] x = w.computeIfAbsent(e.getKey(), k -> new double[2]);
            double g = e.getValue() + l2 * x[0];
            x[1] += g * g;
            x[0] -= rate * g / Math.sqrt(x[1] + 1e-8);
        }
    }

    private static void step(Map<String, double[]> w, Example ex, double rate, double l2) {
        int n = ex.options().size();
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = sum(w, ex.role(), ex.options().get(i).features());
        double[] gs = gradient(s, ex.right());
        Map<String, Double> grad = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double g = gs[i];
            if (g == 0) continue;
            for (String f : ex.options().get(i).features()) grad.merge(ex.role() + "|" + f, g, Double::sum);
        }
        update(w, grad, rate, l2);
    }

    private static ArgumentRanker fromTraining(Map<String, double[]> w) {
        Map<String, float[]> out = new HashMap<>();
        for (var e : w.entrySet()) {
            float x = WeightTable.round(e.getValue()[0]);
            if (x == 0) continue;
            int bar = e.getKey().indexOf('|');
            out.computeIfAbsent(e.getKey().substring(bar + 1), k -> new float[COLUMNS.size()])[COLUMNS.indexOf(e.getKey().substring(0, bar))] = x;
        }
        return new ArgumentRanker(out);
    }

    // ---- options and features ----

    /**
     * The options of each event: every party mentioned in its sentence (nearest mention), the parties of the sentence
     * before that its own does not name, the rules' choices, none. {@code text}: the features as text, for training
     * (else only their hashes, for analysis).
     */
    static List<Options> options(WordView v, MentionIndex mentions, List<Sentence> sentences, List<Event> events,
                                 Map<String, Entity> byId, List<TimeExpression> dates, java.time.LocalDate published,
                                 boolean text) {
        List<Options> out = new ArrayList<>(events.size());
        Map<Long, Entity> phrases = new HashMap<>();
        for (Event e : events) {
            Sentence s = sentences.get(e.sentence());
            List<String> values = new ArrayList<>();
            List<Option> dateOptions = new ArrayList<>();
            dateOptions(v, s, e, dates, published, values, dateOptions, text);
            // the triggers of the sentence's events of other types: a party past one of them mostly belongs to that event
            List<Integer> others = new ArrayList<>();
            for (Event o : events) {
                if (o.sentence() == e.sentence() && !o.plover().equals(e.plover())) others.add(v.indexAt(o.trigger().start()));
            }
            Sentence prev = e.sentence() > 0 ? sentences.get(e.sentence() - 1) : null;
            out.add(new Options(e, optionsOf(v, mentions, s, prev, e, byId, others, text, phrases), values, dateOptions,
                    modalityOptions(v, s, e, dates, published, text, new Background(prev, events, sentences.size()))));
        }
        return out;
    }

    /**
     * The date options of an event: each date written in its sentence, the publication day, the rules' date when
     * it is none of these (carried from the sentence before, or moved to the coming weekday), the day before
     * publication, the publication month, the last date an earlier sentence gave, and no date.
     */
    private static void dateOptions(WordView v, Sentence s, Event e, List<TimeExpression> dates, java.time.LocalDate published,
                                    List<String> values, List<Option> out, boolean text) {
        String pl = e.plover(), mod = e.modality().wireName();
        String form = form(v.norm(v.indexAt(e.trigger().start())));
        String pub = published == null ? null : published.toString();
        int at = e.trigger().start();
        List<TimeExpression> here = new ArrayList<>();
        for (TimeExpression t : dates) if (t.start() >= s.start() && t.end() <= s.end() && t.value() != null) here.add(t);
        here.sort(java.util.Comparator.comparingInt(t -> Math.abs(t.start() - at)));
        int rank = 0;
        for (TimeExpression t : here) {
            rank++;
            if (values.contains(t.value())) continue;
            Feats f = new Feats(text);
            String g = t.granularity().wireName();
            boolean before = t.end() <= at;
            int words = 0;
            for (int i = v.indexAt(before ? t.end() : e.trigger().end()); i < v.size() && i < v.indexAt(before ? at : t.start()); i++) words++;
            String pos = (before ? "B" : "A") + bucket(words);
            f.add("d:expr");
            f.add("d:g=", g);
            f.add("d:pos=", pos);
            f.add("d:rank=", Math.min(rank, 3));
            f.add("d:pl=", pl, "|g=", g);
            f.add("d:pl=", pl, "|pos=", pos);
            f.add("d:mod=", mod, "|g=", g);
            f.add("d:form=", form, "|g=", g);
            f.add("d:prev=", v.norm(v.indexAt(t.start() + 1) - 2));
            if (pub != null) f.add("d:rel=", relation(t.value(), pub), "|g=", g);
            if (pub != null) f.add("d:mod=", mod, "|rel=", relation(t.value(), pub));
            if (t.value().equals(e.date())) f.add("rule=date");
            values.add(t.value());
            out.add(f.option(null));
        }
        if (pub != null && !values.contains(pub)) {
            values.add(pub);
            Feats f = dateOption(text, "d:pub", pl, mod, form, here.size());
            f.add("d:pub|pl=", pl, "|form=", form);
            if (pub.equals(e.date())) f.add("rule=date");
            out.add(f.option(null));
        }
        if (e.date() != null && !values.contains(e.date())) {
            values.add(e.date());
            Feats f = new Feats(text);
            f.add("d:carried");
            f.add("rule=date");
            f.add("d:carried|pl=", pl);
            f.add("d:carried|dates=", Math.min(here.size(), 2));
            out.add(f.option(null));
        }
        if (pub != null) {
            // what annotators write when the sentence gives no date: the day before publication (news of yesterday),
            // the publication month, or the date an earlier sentence gave
            String yesterday = published.minusDays(1).toString(), month = pub.substring(0, 7);
            TimeExpression earlier = null;
            for (TimeExpression t : dates) {
                if (t.end() <= s.start() && t.value() != null && !t.value().startsWith("-") && !t.value().contains("W")) earlier = t;
            }
            String[][] extra = {{"d:yesterday", yesterday}, {"d:month", month},
                    {"d:earlier", earlier == null ? null : earlier.value()}};
            for (String[] x : extra) {
                if (x[1] == null || values.contains(x[1])) continue;
                values.add(x[1]);
                String k = x[0];
                Feats f = dateOption(text, k, pl, mod, form, here.size());
                f.add(k, "|pl=", pl, "|form=", form);
                if (k.equals("d:earlier")) {
                    f.add(k, "|g=", earlier.granularity().wireName());
                    f.add(k, "|rel=", relation(x[1], pub));
                    f.add(k, "|age=", age(x[1], published));
                }
                if (x[1].equals(e.date())) f.add("rule=date");
                out.add(f.option(null));
            }
        }
        values.add(null);
        Feats none = dateOption(text, "d:none", pl, mod, form, here.size());
        none.add("d:none|pl=", pl, "|mod=", mod);
        if (e.date() == null) none.add("rule=date");
        out.add(none.option(null));
    }

    /** A date option of kind {@code k} (d:pub, d:none …) with its type, modality, trigger shape and the sentence's dates. */
    private static Feats dateOption(boolean text, String k, String pl, String mod, String form, int dates) {
        Feats f = new Feats(text);
        f.add(k);
        f.add(k, "|pl=", pl);
        f.add(k, "|mod=", mod);
        f.add(k, "|form=", form);
        f.add(k, "|dates=", Math.min(dates, 2));
        return f;
    }

    /**
     * The options of an event told as fact: asserted (new) or historical (background). Each carries, prefixed with
     * its value, what tells background from news: the rules' modality, how old the event's date is and the oldest
     * year written in its sentence, the words around the trigger (كان، سبق، منذ، عام), the trigger's form, the
     * event type and the sentence's place in the article.
     */
    private static List<Option> modalityOptions(WordView v, Sentence s, Event e, List<TimeExpression> dates,
                                                java.time.LocalDate published, boolean text, Background around) {
        if (!SentenceTypes.toldAsFact(e)) return List.of();
        List<String> x = new ArrayList<>();
        String age = age(e.date(), published);
        // background runs in paragraphs, mostly late in an article: where the sentence lies, what the sentence before
        // dated and how the rules told the events before it
        x.add("part=" + Math.min(4, e.sentence() * 5 / Math.max(1, around.sentences())));
        x.add("prevOldest=" + (around.previous() == null ? "start" : age(oldest(dates, around.previous()), published)));
        String before = around.ruleBefore(e);
        x.add("prevRule=" + before);
        x.add("prevRule=" + before + "|age=" + age);
        // يذكر أن، تجدر الإشارة، وكانت … قد: the words that open a sentence of background
        int first = v.indexAt(s.start());
        x.add("open=" + SentenceTypes.stem(v.norm(first)));
        x.add("open=" + SentenceTypes.stem(v.norm(first)) + "_" + SentenceTypes.stem(v.norm(first + 1)));
        x.add("rule=" + e.modality().wireName());
        x.add("pl=" + e.plover());
        x.add("age=" + age);
        x.add("pl=" + e.plover() + "|age=" + age);
        x.add("rule=" + e.modality().wireName() + "|age=" + age);
        x.add("oldest=" + age(oldest(dates, s), published));
        int ts = v.indexAt(e.trigger().start());
        x.add("form=" + form(v.norm(ts)));
        int from = v.indexAt(s.start()), to = v.indexAt(s.end());
        for (int i = Math.max(from, ts - 5); i < Math.min(to, ts + 4); i++) {
            if (i == ts) continue;
            x.add((i < ts ? "wb=" : "wa=") + SentenceTypes.stem(v.norm(i)));
        }
        x.add("trig=" + SentenceTypes.stem(v.norm(ts)));
        x.add("sent=" + Math.min(e.sentence(), 6));
        List<Option> out = new ArrayList<>(TOLD_AS_FACT.size());
        for (Modality m : TOLD_AS_FACT) {
            Feats f = new Feats(text);
            String prefix = "m:" + m.wireName();
            f.add(prefix);
            for (String y : x) f.add(prefix, "|", y);
            out.add(f.option(null));
        }
        return out;
    }

    /** The earliest date written in a sentence, or null. */
    private static String oldest(List<TimeExpression> dates, Sentence s) {
        String oldest = null;
        for (TimeExpression t : dates) {
            if (t.start() >= s.start() && t.end() <= s.end() && t.value() != null && !t.value().startsWith("-")
                    && (oldest == null || t.value().compareTo(oldest) < 0)) oldest = t.value();
        }
        return oldest;
    }

    /** What lies around an event for telling background from news: the sentence before, the article's events, its length. */
    private record Background(Sentence previous, List<Event> events, int sentences) {
        /** The rules' modality of the last event of an earlier sentence, or "none". */
        String ruleBefore(Event e) {
            Event last = null;
            for (Event o : events) if (o.sentence() < e.sentence() && (last == null || o.sentence() >= last.sentence())) last = o;
            return last == null ? "none" : last.modality().wireName();
        }
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}"), YEAR = java.util.regex.Pattern.compile("\\d{4}");

    /**
     * How long before the publication day a resolved date lies, in the date's own granularity: days (week, month,
     * quarter, older), months (same, previous, quarter, older) or years (this, last, older); "after" for a later
     * date, "none" without a date or a publication day, "other" for weeks and spans.
     */
    static String age(String value, java.time.LocalDate pub) {
        if (value == null || pub == null) return "none";
        try {
            if (DAY.matcher(value).matches()) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(value), pub);
                return days < 0 ? "after" : days <= 7 ? "d:week" : days <= 31 ? "d:month" : days <= 92 ? "d:quarter" : "d:older";
            }
            if (MONTH.matcher(value).matches()) {
                int months = (pub.getYear() - Integer.parseInt(value.substring(0, 4))) * 12 + pub.getMonthValue()
                        - Integer.parseInt(value.substring(5, 7));
                return months < 0 ? "after" : months == 0 ? "m:same" : months == 1 ? "m:previous" : months <= 3 ? "m:quarter" : "m:older";
            }
            if (YEAR.matcher(value).matches()) {
                int years = pub.getYear() - Integer.parseInt(value);
                return years < 0 ? "after" : years == 0 ? "y:this" : years == 1 ? "y:last" : "y:older";
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return "other";
        }
        return "other";
    }

    /** Whether a resolved date lies before, on or after the publication day (a month or year that holds it is "on"). */
    private static String relation(String value, String pub) {
        if (value.startsWith("-") || value.contains("W")) return "other";
        String p = pub.substring(0, Math.min(pub.length(), value.length()));
        int c = value.compareTo(p);
        return c < 0 ? "before" : c == 0 ? "on" : "after";
    }

    private static List<Option> optionsOf(WordView v, MentionIndex mentions, Sentence sentence, Sentence previous, Event e,
                                          Map<String, Entity> byId, List<Integer> others, boolean text, Map<Long, Entity> phrases) {
        int from = v.indexAt(sentence.start()), to = v.indexAt(sentence.end());
        int ts = v.indexAt(e.trigger().start()), te = Math.max(ts + 1, v.indexAt(e.trigger().end()));
        String form = form(v.norm(ts)); // the trigger's shape, which several options' features read
        Map<String, MentionIndex.Ref> nearest = new LinkedHashMap<>();
        for (MentionIndex.Ref r : mentions.in(from, to)) {
            if (r.from() < te && r.to() > ts) continue; // the trigger's own words
            MentionIndex.Ref old = nearest.get(r.entity().id());
            if (old == null || distance(r, ts, te) < distance(old, ts, te)) nearest.put(r.entity().id(), r);
        }
        List<MentionIndex.Ref> refs = new ArrayList<>(nearest.values());
        refs.sort(java.util.Comparator.comparingInt(MentionIndex.Ref::from));
        boolean dropped = subjectDropped(v, from, ts);
        List<Option> out = new ArrayList<>();
        for (int k = 0; k < refs.size(); k++) {
            MentionIndex.Ref r = refs.get(k);
            Feats f = features(v, e, r, refs, k, from, to, ts, te, others, text);
            if (dropped) f.add("dropped|dir=", (r.to() <= ts ? "B" : "A"));
            out.add(f.option(r.entity(), slot(r, refs, ts, te)));
        }
        // the noun phrase right after the trigger where no party is named there (PhraseParties), one entity per span
        int[] direct = PhraseParties.after(v, te, to, refs);
        // or after a party preposition right after the trigger (القبض على طاطور، دعوى ضد فوربس، طلبت من أطباء)
        String prep = direct == null && te < to && PARTY_PREPOSITIONS.contains(v.norm(te)) ? v.norm(te) : null;
        int[] span = prep != null ? PhraseParties.after(v, te + 1, to, refs) : direct;
        if (span != null) {
            Entity x = phrase(v, span, phrases);
            Feats f = features(v, e, new MentionIndex.Ref(x, span[0], span[1], "", false), refs, -1, from, to, ts, te, others, text);
            phraseFeatures(f, "phrase", v, e, span, form);
            f.add("phrase|parties=", Math.min(refs.size(), 3));
            if (dropped) f.add("dropped|phrase");
            if (prep != null) {
                f.add("phrase|prep=", prep);
                f.add("phrase|prep=", prep, "|pl=", e.plover());
            }
            out.add(f.option(x, prep != null ? "U" : "Q"));
        }
        // after a verb and the party right after it (its subject, VSO), the noun phrase that follows is mostly the
        // object where no party is named there (وطالب الحكيم دول المنطقة بتجاوز …)
        if (!form.equals("def") && !form.equals("prep")) {
            for (MentionIndex.Ref r : refs) {
                if (r.from() != te) continue;
                int[] obj = PhraseParties.after(v, r.to(), to, refs);
                if (obj == null) break;
                Entity x = phrase(v, obj, phrases);
                Feats f = features(v, e, new MentionIndex.Ref(x, obj[0], obj[1], "", false), refs, -1, from, to, ts, te, others, text);
                phraseFeatures(f, "object", v, e, obj, form);
                f.add("object|subj=", type(r.entity()));
                out.add(f.option(x, "R"));
                break;
            }
            int[] subj = PhraseParties.before(v, ts, from, refs);
            if (subj != null) {
                Entity x = phrase(v, subj, phrases);
                Feats f = features(v, e, new MentionIndex.Ref(x, subj[0], subj[1], "", false), refs, -1, from, to, ts, te, others, text);
                f.add("subject");
                f.add("subject|pl=", e.plover());
                f.add("subject|form=", form);
                f.add("subject|pl=", e.plover(), "|form=", form);
                f.add("subject|w=", v.norm(subj[0]));
                f.add("subject|len=", subj[1] - subj[0]);
                f.add("subject|start=", subj[0] == from);
                out.add(f.option(x, "S"));
            }
        }
        if (previous != null) {
            // the parties of the sentence before that this one does not name: the speaker of وأضاف، the subject a
            // pronoun refers to
            Map<String, MentionIndex.Ref> last = new LinkedHashMap<>();
            for (MentionIndex.Ref r : mentions.in(v.indexAt(previous.start()), from)) {
                if (!nearest.containsKey(r.entity().id())) last.put(r.entity().id(), r);
            }
            List<MentionIndex.Ref> back = new ArrayList<>(last.values());
            for (int k = back.size() - 1; k >= 0; k--) {
                MentionIndex.Ref r = back.get(k);
                Entity x = r.entity();
                int n = back.size() - k; // 1 for the party named last
                String type = type(x), pl = e.plover();
                Feats f = new Feats(text);
                f.add("prevs");
                f.add("prevs|type=", type);
                f.add("prevs|pl=", pl, "|type=", type);
                f.add("prevs|rank=", Math.min(n, 3));
                f.add("prevs|first=", (k == 0));
                f.add("prevs|early=", bucket(ts - from));
                f.add("prevs|parties=", Math.min(refs.size(), 3));
                f.add("prevs|form=", form);
                f.add("prevs|pl=", pl, "|early=", bucket(ts - from));
                f.add("id=", identity(x));
                f.add("id=", identity(x), "|pl=", pl);
                f.add("prevs|prep=", (r.prep().isEmpty() ? "-" : r.prep()));
                if (dropped) {
                    f.add("dropped");
                    f.add("dropped|pl=", pl);
                    f.add("dropped|first=", (k == 0));
                }
                // a party the rules carried over: the feature it shares with one named nowhere near (see choose)
                if (x.id().equals(e.actor()) || x.id().equals(e.target()) || x.id().equals(e.location())) f.add("outside");
                ruleFlags(e, x, f);
                out.add(f.option(x, "P"));
            }
        }
        for (String id : new String[] {e.actor(), e.target(), e.location()}) {
            if (id == null || nearest.containsKey(id) || !byId.containsKey(id)) continue;
            if (out.stream().anyMatch(o -> o.entity().id().equals(id))) continue;
            Entity x = byId.get(id);
            Feats f = new Feats(text);
            f.add("outside");
            f.add("type=", type(x));
            f.add("pl=", e.plover(), "|outside");
            // how far back it was last named, how early the trigger stands in its sentence (a clause that goes on
            // with the subject before it: وأكد خلال اتصال …), and how many parties the sentence names itself
            int last = -1;
            for (var m : x.mentions()) if (m.in() == org.marsad.model.Field.TEXT && m.end() <= sentence.start()) last = Math.max(last, m.end());
            int back = last < 0 ? -1 : v.indexAt(sentence.start()) - v.indexAt(last);
            f.add("outside|back=", (back < 0 ? "none" : bucket(back)));
            f.add("outside|early=", bucket(ts - from));
            f.add("outside|parties=", Math.min(refs.size(), 3));
            f.add("outside|form=", form);
            f.add("outside|pl=", e.plover(), "|parties=", Math.min(refs.size(), 3));
            if (dropped) {
                f.add("dropped|outside");
                f.add("dropped|outside|pl=", e.plover());
            }
            ruleFlags(e, x, f);
            out.add(f.option(x, "O"));
        }
        Feats none = new Feats(text);
        none.add("none");
        none.add("none|pl=", e.plover());
        none.add("none|n=", Math.min(refs.size(), 4));
        if (e.actor() == null) none.add("none|actorNull");
        if (e.target() == null) none.add("none|targetNull");
        if (e.actor() == null) none.add("none|actorNull|pl=", e.plover());
        if (e.target() == null) none.add("none|targetNull|pl=", e.plover());
        if (e.attribution() == null) {
            none.add("none|sourceNull");
            none.add("none|sourceNull|pl=", e.plover());
        }
        out.add(none.option(null));
        return out;
    }

    /**
     * The features a phrase option of a kind (phrase, object) has: the kind, by event type, the shape of its first word
     * alone, by type and by the trigger's form, and the first word itself.
     */
    private static void phraseFeatures(Feats f, String kind, WordView v, Event e, int[] span, String form) {
        String first = PhraseParties.shape(v.norm(span[0]));
        f.add(kind);
        f.add(kind, "|pl=", e.plover());
        f.add(kind, "|first=", first);
        f.add(kind, "|pl=", e.plover(), "|first=", first);
        f.add(kind, "|form=", form, "|first=", first);
        f.add(kind, "|w=", v.norm(span[0]));
    }

    /** The phrase entity on the tokens of {@code span}, one per span in an article (numbered in order found). */
    private static Entity phrase(WordView v, int[] span, Map<Long, Entity> phrases) {
        return phrases.computeIfAbsent(((long) span[0] << 32) | span[1], k -> PhraseParties.entity(v, span[0], span[1], phrases.size() + 1));
    }

    /** Prepositions that introduce a party right after a trigger (القبض على، دعوى ضد، طلب من، اجتماع مع). */
    private static final java.util.Set<String> PARTY_PREPOSITIONS = java.util.Set.of("علي", "من", "مع", "ضد", "بحق", "الي", "عن", "بين");

    /** Words that follow a verb whose subject is left unsaid (وأكد خلال اتصال، وقال إن، ودعا من خلال كلمة). */
    private static final java.util.Set<String> AFTER_DROPPED = java.util.Set.of("خلال", "في", "علي", "عن", "امام", "اثناء", "عقب",
            "بعد", "لدي", "من", "ان", "انه", "انها", "بان", "بانه", "الي", "للصحفيين", "لوسائل", "عبر", "مساء", "صباح", "اليوم", "امس");

    /**
     * The sentence opens on a reporting verb (or the trigger) whose subject is left unsaid, the verb being followed
     * by a preposition or إن (وأكد خلال اتصال هاتفي أجراه …، وقال إن …): its subject is a party of the sentence before.
     */
    private static boolean subjectDropped(WordView v, int from, int ts) {
        int verb = from;
        if (v.norm(verb).equals("و")) verb++;
        if (verb > ts || verb != ts && !v.is(verb, Cues.REPORT_VERBS)) return false;
        return verb + 1 < v.size() && AFTER_DROPPED.contains(v.norm(verb + 1));
    }

    /**
     * Who a party is, the same in every article: its knowledge-base id, else the first word of its name (normalized,
     * without the article), so that spellings of one actor share their weights.
     */
    static String identity(Entity x) {
        if (x.kb() != null) return x.kb();
        String n = org.marsad.text.ArabicNormalizer.normalizeForMatching(x.name()).strip();
        int sp = n.indexOf(' ');
        return "n:" + InstitutionPhrases.bare(sp < 0 ? n : n.substring(0, sp));
    }

    /** Where a party of the sentence stands: before or after the trigger, and its rank on that side (nearest 1, up to 3). */
    private static String slot(MentionIndex.Ref r, List<MentionIndex.Ref> refs, int ts, int te) {
        return (r.to() <= ts ? "B" : "A") + Math.min(rank(r, refs, ts, te), 3);
    }

    /** The rank of a party among the parties on its side of the trigger, nearest first (1). */
    private static int rank(MentionIndex.Ref r, List<MentionIndex.Ref> refs, int ts, int te) {
        boolean before = r.to() <= ts;
        int d = distance(r, ts, te), rank = 1;
        for (MentionIndex.Ref o : refs) if (o != r && (o.to() <= ts) == before && distance(o, ts, te) < d) rank++;
        return rank;
    }

    private static int distance(MentionIndex.Ref r, int ts, int te) {
        return r.to() <= ts ? ts - r.to() : r.from() - te;
    }

    private static String type(Entity x) {
        return GroupParties.isGroup(x) ? "GROUP" : PhraseParties.is(x) ? "PHRASE" : x.type().name();
    }

    private static void ruleFlags(Event e, Entity x, Feats f) {
        String id = x.id();
        if (id.equals(e.actor())) {
            f.add("rule=actor");
            f.add("rule=actor|pl=", e.plover());
        }
        if (id.equals(e.target())) {
            f.add("rule=target");
            f.add("rule=target|pl=", e.plover());
        }
        if (id.equals(e.attribution())) {
            f.add("rule=attribution");
            f.add("rule=attribution|pl=", e.plover());
        }
        if (id.equals(e.location())) f.add("rule=location");
    }

    private static Feats features(WordView v, Event e, MentionIndex.Ref r, List<MentionIndex.Ref> refs, int k,
                                  int from, int to, int ts, int te, List<Integer> others, boolean text) {
        Feats f = new Feats(text);
        String pl = e.plover();
        String type = type(r.entity());
        boolean before = r.to() <= ts;
        int d = distance(r, ts, te);
        String pos = (before ? "B" : "A") + bucket(d);
        f.add("cand");
        f.add("type=", type);
        f.add("pos=", pos);
        f.add("pos=", pos, "|type=", type);
        f.add("pl=", pl, "|pos=", pos);
        f.add("pl=", pl, "|type=", type);
        f.add("pl=", pl, "|dir=", (before ? "B" : "A"), "|type=", type);
        String prep = r.prep().isEmpty() ? "-" : r.prep();
        f.add("prep=", prep);
        f.add("prep=", prep, "|dir=", (before ? "B" : "A"));
        f.add("pl=", pl, "|prep=", prep);
        if (r.joined()) f.add("joined");
        if (r.from() == te && r.to() == te + 1 && org.marsad.geo.Nisba.countryOfWord(v.norm(r.from())) != null) {
            // the nationality adjective right after the trigger (غارة إسرائيلية، العقوبات الأمريكية): mostly who acted
            f.add("adj");
            f.add("adj|pl=", pl);
        }
        f.add("prev=", (r.from() - 1 >= from ? v.norm(r.from() - 1) : "^"));
        f.add("next=", (r.to() < to ? v.norm(r.to()) : "$"));
        if (affiliation(v, r, from)) f.add(AFFILIATED);
        f.add("pos=", pos, "|prep=", prep);
        f.add("pl=", pl, "|pos=", pos, "|prep=", prep);
        String trig = v.norm(ts);
        String form = form(trig);
        f.add("form=", form, "|pos=", pos);
        f.add("form=", form, "|pos=", pos, "|prep=", prep);
        f.add("form=", form, "|type=", type, "|dir=", (before ? "B" : "A"));
        f.add("mentions=", Math.min(r.entity().mentions().size(), 4));
        f.add("trig=", trig, "|dir=", (before ? "B" : "A"));
        f.add("trig=", trig, "|prep=", prep);
        // rank among the parties on the same side of the trigger, nearest first
        int rank = rank(r, refs, ts, te), between = 0;
        for (MentionIndex.Ref o : refs) {
            if (o != r && (before ? o.from() >= r.to() && o.to() <= ts : o.from() >= te && o.to() <= r.from())) between++;
        }
        f.add("rank=", (before ? "B" : "A"), Math.min(rank, 3));
        f.add("pl=", pl, "|rank=", (before ? "B" : "A"), Math.min(rank, 3));
        f.add("between=", Math.min(between, 3));
        if (k == 0) f.add("first");
        int lo = before ? r.to() : te, hi = before ? ts : r.from();
        // what stands between the party and the trigger: a comma, a quotation mark, a reporting verb, أن; and the party
        // prepositions, however far apart (اتصال أجراه مع وزير الدولة البريطاني … فالكونر): a party past مع is mostly
        // the counterpart, one past ضد the target
        boolean comma = false, quote = false, report = false, clause = false;
        List<String> gap = new ArrayList<>(2);
        for (int i = lo; i < hi; i++) {
            String w = v.norm(i);
            comma |= Cues.isComma(w);
            quote |= Cues.QUOTES.contains(w);
            report |= v.is(i, Cues.REPORT_VERBS);
            clause |= v.is(i, Cues.THAT) || v.is(i, Cues.THAT_PRONOUN);
            String g = GAP_WORDS.contains(w) ? w : w.length() > 2 && w.length() <= 7 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                    && GAP_WORDS.contains(w.substring(1)) ? w.substring(1) : null;
            if (g != null && !gap.contains(g)) gap.add(g);
        }
        for (String g : gap) {
            f.add("gap=", g, "|dir=", (before ? "B" : "A"));
            f.add("gap=", g, "|pl=", pl, "|dir=", (before ? "B" : "A"));
        }
        if (comma) f.add("comma");
        if (quote) f.add("quote");
        if (report) f.add("report");
        if (clause) f.add("that");
        if (comma) f.add("comma|dir=", (before ? "B" : "A"));
        if (report) f.add("report|dir=", (before ? "B" : "A"));
        for (int o : others) {
            if (o >= lo && o < hi) {
                f.add("across|dir=", (before ? "B" : "A"));
                f.add("across|pl=", pl, "|dir=", (before ? "B" : "A"));
                break;
            }
        }
        // who the party is (اسرائيل strikes, المرصد reports): alone, by event type and by side
        String id = identity(r.entity());
        f.add("id=", id);
        f.add("id=", id, "|pl=", pl);
        f.add("id=", id, "|dir=", (before ? "B" : "A"));
        String tstem = SentenceTypes.stem(trig);
        f.add("ts=", tstem, "|pos=", pos);
        f.add("ts=", tstem, "|type=", type, "|dir=", (before ? "B" : "A"));
        // a place inside a country the sentence also names, or that country (في سوريا خاصة في منطقة البادية): ACLED
        // codes the most specific place
        org.marsad.model.Geo geo = r.entity().geo();
        if (geo != null && geo.country() != null) {
            boolean country = "country".equals(geo.feature());
            for (MentionIndex.Ref o : refs) {
                org.marsad.model.Geo og = o.entity().geo();
                if (o == r || og == null || !geo.country().equals(og.country()) || country == "country".equals(og.feature())) continue;
                String side = country ? "geo=outer" : "geo=inner";
                f.add(side);
                f.add(side, "|pl=", pl);
                if (!country && focused(v, r.from(), from)) f.add(FOCUS);
                break;
            }
        }
        // and how it is named here: the stem of the mention's first word (الجيش، قوات، تنظيم)
        String head = SentenceTypes.stem(v.norm(r.from()));
        f.add("head=", head, "|pl=", pl);
        f.add("head=", head, "|dir=", (before ? "B" : "A"));
        ruleFlags(e, r.entity(), f);
        return f;
    }

    /**
     * The shape of the trigger word: a definite noun (الهجوم، بالقصف), a present or future verb (يطالب، ستفرض),
     * a word with a preposition (لقتل), or another form (a past verb or an indefinite noun).
     */
    private static String form(String w) {
        if (w.startsWith("ال") || w.startsWith("وال") || w.startsWith("بال") || w.startsWith("لل") || w.startsWith("فال")) return "def";
        if (w.length() > 3 && (w.startsWith("سي") || w.startsWith("ست"))) return "fut";
        if (w.length() > 3 && (w.startsWith("ي") || w.startsWith("ت"))) return "pres";
        if (w.length() > 3 && (w.startsWith("ب") || w.startsWith("ل"))) return "prep";
        if (w.endsWith("ه") || w.endsWith("ات")) return "noun";
        return "other";
    }

    private static String bucket(int d) {
        if (d <= 3) return Integer.toString(d);
        if (d <= 6) return "4-6";
        if (d <= 10) return "7-10";
        return "11+";
    }
}
