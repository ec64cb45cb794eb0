package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.event.ArgumentRanker;
import org.marsad.event.EventExtractor;
import org.marsad.event.RuleEventCoder;
import org.marsad.event.SentenceTypes;
import org.marsad.event.TypeDecisions;
import org.marsad.model.Analysis;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.ingest.InputException;
import org.marsad.model.TimeExpression;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Train the event models from hand-annotated event sets.",
                "The rules code each gold article. Every sentence, with the types the gold",
                "codes in it, trains the sentence-type model, regressions and net (events the",
                "rules miss or code wrongly). Every rule event matching a gold event (type and sentence) trains",
                "the argument model: actor, target, place and date among the sentence's",
                "options, and asserted or historical for an event told as fact.",
                "Held-out-2, -6, -7 and -8 are never trained on. Articles are read from",
                "../shared/data/ant-news-multisource."})
final class TrainEventsCommand implements Callable<Integer> {
    /** The last training round: {@code train3.jsonl} … {@code trainN.jsonl} are all trained on. */
    static final int LAST_TRAIN = 43;

    /**
     * The training sets: every gold set but held-out-2 (the small set kept for comparison across sessions), held-out-6
     * (the unseen test of session 8), held-out-7 (of session 9), held-out-8 (of session 10) and held-out-9 (of session
     * 11, short and long articles); held-out-3 to -5 joined once spent (eval/events/TRAIN.md).
     */
    static final List<String> DEFAULT_GOLD = java.util.stream.Stream.of(
            java.util.stream.Stream.of("events", "dev2", "heldout"),
            java.util.stream.IntStream.rangeClosed(3, LAST_TRAIN).mapToObj(i -> "train" + i),
            java.util.stream.Stream.of("heldout3", "heldout4", "heldout5"))
            .flatMap(x -> x).map(name -> "eval/events/" + name + ".jsonl").toList();
    static final String SOURCE_PATH = "src/main/resources/org/marsad/event/arguments.model";
    static final String TYPES_PATH = "src/main/resources/org/marsad/event/sentence-types.model.gz";
    static final String NET_PATH = "src/main/resources/org/marsad/event/sentence-net.model.gz";

    @Option(names = "--gold", paramLabel = "FILE", description = {"Gold file to train on; repeat for several",
            "(default: eval/events/events.jsonl, dev2, heldout, train3 to train43",
            "and the spent held-out-3 to -5)."})
    List<Path> gold;

    @Option(names = "--out", paramLabel = "FILE", description = "Argument model file (default: the shipped one under src/main/resources).")
    Path out;

    @Option(names = "--types-out", paramLabel = "FILE", description = "Sentence-type model file, gzipped when it ends in .gz (default: the shipped one).")
    Path typesOut;

    @Option(names = "--type-iterations", defaultValue = "200", description = "Sentence-type model: L-BFGS steps at most (default ${DEFAULT-VALUE}).")
    int typeIterations;

    @Option(names = "--type-min-count", defaultValue = "2", description = "Sentence-type model: sentences a feature must occur in (default ${DEFAULT-VALUE}).")
    int typeMinCount;

    @Option(names = "--type-l2", defaultValue = "1.0", description = "Sentence-type model: L2 penalty (default ${DEFAULT-VALUE}).")
    double typeL2;

    @Option(names = "--net-hidden", defaultValue = "20", description = {"Sentence-type net: hidden units, at least the 17 types (default ${DEFAULT-VALUE});",
            "0 trains no net (the regressions decide alone)."})
    int netHidden;

    @Option(names = "--net-epochs", defaultValue = "6", description = "Sentence-type net: passes over the sentences (default ${DEFAULT-VALUE}).")
    int netEpochs;

    @Option(names = "--net-rate", defaultValue = "0.02", description = "Sentence-type net: AdaGrad learning rate (default ${DEFAULT-VALUE}).")
    double netRate;

    @Option(names = "--net-min-count", defaultValue = "5", description = "Sentence-type net: sentences a feature must occur in (default ${DEFAULT-VALUE}).")
    int netMinCount;

    @Option(names = "--net-members", defaultValue = "3", description = {"Sentence-type net: nets trained from different seeds whose",
            "probabilities are averaged, each of --net-hidden units (default ${DEFAULT-VALUE})."})
    int netMembers;

    @Option(names = "--net-out", paramLabel = "FILE", description = "Sentence-type net file, gzipped when it ends in .gz (default: the shipped one).")
    Path netOut;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "0", description = {"Cross-validate over K folds of articles",
            "instead: print the rules' and the models' figures on the held-out folds and write no models."})
    int folds;

    @Option(names = "--every", paramLabel = "K", defaultValue = "1", description = {"Train on every K-th gold article only (the first, the K+1-th …, in",
            "the files' order): the learning curve (docs/events.md, \"Session 31\"). Default ${DEFAULT-VALUE}: all."})
    int every;

    @Option(names = "--arguments-only", description = {"Train (or with --folds cross-validate) the argument model alone and leave",
            "the sentence-type model and net as they are (they take most of the time)."})
    boolean argumentsOnly;

    @Option(names = "--types-only", description = "With --folds: cross-validate the sentence-type model alone.")
    boolean typesOnly;

    @Option(names = "--decisions-out", paramLabel = "FILE", description = {"With --folds: fit the sentence-decision model (which types each",
            "sentence keeps or gains) on the folds' out-of-fold probabilities and write it here."})
    Path decisionsOut;

    @Option(names = "--net-stability", description = {"With --folds: also train each fold's net from other seeds (2, 1002 …) and print",
            "how far the two models' probabilities and decisions lie apart on the held-out sentences."})
    boolean netStability;

    @Option(names = "--epochs", defaultValue = "8", description = "Argument model: passes over the examples (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--rate", defaultValue = "0.05", description = "Argument model: AdaGrad learning rate (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--l2", defaultValue = "0.001", description = "Argument model: L2 penalty per update (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--roles", split = ",", defaultValue = "actor,target,location,date,modality,attribution", description = {"Roles the model decides (actor, target, location, date, modality, attribution);",
            "the others keep the rules' choice (default ${DEFAULT-VALUE})."})
    List<String> roles;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One matched event of one article: its options and the gold surfaces of each role. */
    record Item(String docno, ArgumentRanker.Options options, Map<String, List<String>> gold) {
    }

    /**
     * One sentence of one article: its features, how many events of each type the rules and the gold code in it,
     * and whether the coder may add events there (not a headline line or a question).
     */
    record SentenceItem(String docno, List<String> features, int[] rules, int[] droppable, int[] plain, int[] gold, boolean open) {
    }

    /** What the gold articles give: matched events for the argument model, sentences for the type model. */
    record Data(List<Item> items, List<SentenceItem> sentences) {
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = gold != null ? gold : DEFAULT_GOLD.stream().map(SharedData::repo).toList();
        if (every < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--every must be at least 1");
        Data data = data(files, every);
        List<Item> items = data.items();
        var err = spec.commandLine().getErr();
        var outw = spec.commandLine().getOut();
        long docs = items.stream().map(Item::docno).distinct().count();
        err.printf("%d matched events in %d articles%n", items.size(), docs);
        if (folds > 1) {
            if (!typesOnly) crossValidate(items, outw);
            if (!argumentsOnly) crossValidateTypes(data.sentences(), outw);
            return Main.EXIT_OK;
        }
        ArgumentRanker model = trainArguments(items);
        Path target = out != null ? out : SharedData.repo(SOURCE_PATH);
        Files.createDirectories(target.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(List.of("./marsad", "train", "events"));
        if (gold != null) for (Path f : gold) command.addAll(List.of("--gold", f.toString()));
        if (every > 1) command.addAll(List.of("--every", Integer.toString(every)));
        command.addAll(List.of("--roles", String.join(",", roles), "--epochs", Integer.toString(epochs), "--rate", Double.toString(rate), "--l2", Double.toString(l2)));
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            model.write(w, "Marsad event argument model (chooses actors, targets, places, dates, modality and sources); see docs/event-arguments-model-card.md\n"
                    + "built by: " + String.join(" ", command) + "\n"
                    + items.size() + " matched events in " + docs + " articles");
        }
        err.printf("wrote %s (%,d bytes, %,d weights)%n", target, Files.size(target), model.size());
        if (argumentsOnly) return Main.EXIT_OK;
        List<SentenceTypes.Example> typeExamples = typeExamples(data.sentences());
        SentenceTypes types = trainTypes(typeExamples);
        Path typesTarget = typesOut != null ? typesOut : SharedData.repo(TYPES_PATH);
        String built = "built by: " + String.join(" ", command) + " --type-iterations " + typeIterations + " --type-l2 " + typeL2
                + " --type-min-count " + typeMinCount + " --net-hidden " + netHidden + " --net-epochs " + netEpochs + " --net-rate " + netRate
                + " --net-min-count " + netMinCount + " --net-members " + netMembers + "\n" + data.sentences().size() + " sentences in "
                + data.sentences().stream().map(SentenceItem::docno).distinct().count() + " articles";
        try (Writer w = writer(typesTarget)) {
            types.write(w, "Marsad sentence-type model (which event types a sentence reports); see docs/event-sentence-model-card.md\n" + built);
        }
        err.printf("wrote %s (%,d bytes, %,d features)%n", typesTarget, Files.size(typesTarget), types.size());
        Path netTarget = netOut != null ? netOut : SharedData.repo(NET_PATH);
        if (types.netSize() == 0) {
            if (Files.deleteIfExists(netTarget)) err.printf("removed %s (no net: --net-hidden 0)%n", netTarget);
            return Main.EXIT_OK;
        }
        try (Writer w = writer(netTarget)) {
            types.writeNet(w, "Marsad sentence-type net (averaged with the sentence-type model); see docs/event-sentence-model-card.md\n" + built);
        }
        err.printf("wrote %s (%,d bytes, %,d rows)%n", netTarget, Files.size(netTarget), types.netSize());
        return Main.EXIT_OK;
    }

    /** The sentence-type regressions, with the net averaged in unless {@code --net-hidden 0}. */
    private SentenceTypes trainTypes(List<SentenceTypes.Example> examples) {
        SentenceTypes types = SentenceTypes.train(examples, typeIterations, typeL2, typeMinCount);
        if (netHidden <= 0) return types;
        return types.withNet(SentenceTypes.trainNet(examples, netHidden, netEpochs, netRate, netMinCount, netMembers));
    }

    private static Writer writer(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        var stream = Files.newOutputStream(target);
        if (target.toString().endsWith(".gz")) stream = new java.util.zip.GZIPOutputStream(stream);
        return new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(stream), StandardCharsets.UTF_8);
    }

    static List<SentenceTypes.Example> typeExamples(List<SentenceItem> sentences) {
        List<SentenceTypes.Example> out = new ArrayList<>(sentences.size());
        for (SentenceItem s : sentences) {
            boolean[] y = new boolean[SentenceTypes.TYPES.size()];
            for (int t = 0; t < y.length; t++) y[t] = s.gold()[t] > 0;
            out.add(new SentenceTypes.Example(s.features(), y));
        }
        return out;
    }

    /**
     * Detection over held-out folds of articles, scored per sentence and type as {@code eval events} matches (the
     * lesser of predicted and gold counts is right): the rules alone, and the rules with the events the sentence-type
     * model adds (an added event is assumed to find a trigger word).
     */
    private void crossValidateTypes(List<SentenceItem> sentences, java.io.PrintWriter outw) {
        Map<String, Integer> fold = folds(sentences.stream().map(SentenceItem::docno));
        int[][] byType = new int[SentenceTypes.TYPES.size()][6]; // rules tp, predicted, gold; model tp, predicted, gold
        int[] alone = new int[3]; // the regressions without the net: tp, predicted, gold
        int[][][] grid = new int[GRID_ADD.length][GRID_DROP.length][2]; // the model under other thresholds: tp, predicted
        double[] apart = new double[4]; // with --net-stability: summed |p - q|, its count, decisions that differ, decisions
        Map<String, List<double[]>> outOfFold = new HashMap<>(); // each article's sentences' probabilities from the model that did not see it
        for (int k = 0; k < folds; k++) {
            int held = k;
            List<SentenceTypes.Example> examples = typeExamples(sentences.stream().filter(x -> fold.get(x.docno()) != held).toList());
            SentenceTypes types = trainTypes(examples);
            SentenceTypes regressions = types.withNet(null);
            if (netStability && netHidden > 0) {
                SentenceTypes other = regressions.withNet(SentenceTypes.trainNet(examples, netHidden, netEpochs, netRate, netMinCount, netMembers, 2));
                stability(sentences.stream().filter(x -> fold.get(x.docno()) == held).toList(), types, other, apart);
            }
            // per policy (the model, the regressions alone, each grid cell): the types kept in the article's earlier sentences
            boolean[][] told = new boolean[2 + GRID_ADD.length * GRID_DROP.length][SentenceTypes.TYPES.size()];
            String article = null;
            for (SentenceItem x : sentences) {
                if (fold.get(x.docno()) != held) continue;
                if (!x.docno().equals(article)) {
                    article = x.docno();
                    for (boolean[] b : told) java.util.Arrays.fill(b, false);
                }
                double[] p = types.probabilities(x.features());
                double[] q = regressions.probabilities(x.features());
                outOfFold.computeIfAbsent(x.docno(), d -> new ArrayList<>()).add(p);
                for (int t = 0; t < p.length; t++) {
                    int r = x.rules()[t], f = x.droppable()[t], c = x.plain()[t], g = x.gold()[t];
                    int m = SentenceTypes.kept(r, f, c, x.open(), p[t], told[0][t]);
                    told[0][t] |= m > 0;
                    int[] b = byType[t];
                    b[0] += Math.min(r, g);
                    b[1] += r;
                    b[2] += g;
                    b[3] += Math.min(m, g);
                    b[4] += m;
                    b[5] += g;
                    int mq = SentenceTypes.kept(r, f, c, x.open(), q[t], told[1][t]);
                    told[1][t] |= mq > 0;
                    alone[0] += Math.min(mq, g);
                    alone[1] += mq;
                    alone[2] += g;
                    for (int a = 0; a < GRID_ADD.length; a++) {
                        for (int d = 0; d < GRID_DROP.length; d++) {
                            boolean[] tg = told[2 + a * GRID_DROP.length + d];
                            int mg = tg[t] ? SentenceTypes.kept(r, f, c, x.open(), p[t], GRID_ADD[a], GRID_DROP[d])
                                    : SentenceTypes.kept(r, f, c, x.open(), p[t], false);
                            tg[t] |= mg > 0;
                            grid[a][d][0] += Math.min(mg, g);
                            grid[a][d][1] += mg;
                        }
                    }
                }
            }
        }
        int[] rules = new int[3], model = new int[3]; // tp, predicted, gold: the sums over types
        for (int[] b : byType) {
            for (int c = 0; c < 3; c++) {
                rules[c] += b[c];
                model[c] += b[3 + c];
            }
        }
        outw.printf("%nevent detection per sentence and type over the same folds (%d sentences; sentence-type model: L-BFGS"
                + " steps %d, l2 %s; net: %d member(s) of %d hidden, %d epochs, rate %s, min count %d; an event added from p %s, rule events dropped below %s;"
                + " for a type told in an earlier sentence: %s and %s)%n",
                sentences.size(), typeIterations, typeL2, netMembers, netHidden, netEpochs, netRate, netMinCount, SentenceTypes.ADD, SentenceTypes.DROP,
                SentenceTypes.ADD_AGAIN, SentenceTypes.DROP_AGAIN);
        outw.printf("%-12s %8s %8s %8s%n", "", "P", "R", "F1");
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(List.of(Map.entry("rules", rules)));
        if (netHidden > 0) rows.add(Map.entry("regressions", alone));
        rows.add(Map.entry("model", model));
        for (var row : rows) {
            int[] c = row.getValue();
            prf(outw, row.getKey(), c[0], c[1], c[2]);
        }
        if (netStability && netHidden > 0) {
            outw.printf("%nnet stability: the model with its net trained from seeds 2, 1002 … against seeds 1, 1001 …: mean |p - q| %.4f"
                    + " (over %,d sentence types where either is above 0.02); decisions that differ %,d of %,d (%.1f %%)%n",
                    apart[0] / apart[1], (long) apart[1], (long) apart[2], (long) apart[3], 100 * apart[2] / apart[3]);
        }
        decisions(sentences, outOfFold, fold, outw);
        outw.printf("%nthe model's F1 under other thresholds for a type told in an earlier sentence (rows: add from; columns: rule"
                + " events dropped below; 0.2 and 0.06 are the first mention's)%n%6s", "");
        for (double d : GRID_DROP) outw.printf(" %7s", d);
        outw.println();
        for (int a = 0; a < GRID_ADD.length; a++) {
            outw.printf("%6s", GRID_ADD[a]);
            for (int d = 0; d < GRID_DROP.length; d++) outw.printf(" %7.4f", f1(grid[a][d][0], grid[a][d][1], model[2]));
            outw.println();
        }
        outw.printf("%nper type, F1 of the rules and of the model (gold events)%n");
        for (int t = 0; t < byType.length; t++) {
            int[] b = byType[t];
            outw.printf("%-10s %6.3f %6.3f %6d  model P %.3f R %.3f%n", SentenceTypes.TYPES.get(t), f1(b[0], b[1], b[2]), f1(b[3], b[4], b[5]), b[5],
                    b[3] / (double) Math.max(1, b[4]), b[3] / (double) Math.max(1, b[5]));
        }
    }

    /**
     * The sentence-decision model ({@link TypeDecisions}) fitted on the out-of-fold probabilities: its F1 over the same
     * folds (each decided by the model fitted on the others) against the fixed thresholds', and, with
     * {@code --decisions-out}, the model fitted on every article written there.
     */
    private void decisions(List<SentenceItem> sentences, Map<String, List<double[]>> outOfFold, Map<String, Integer> fold,
                           java.io.PrintWriter outw) {
        List<TypeDecisions.Article> articles = new ArrayList<>();
        List<int[][]> gold = new ArrayList<>();
        List<String> docnos = new ArrayList<>();
        int from = 0;
        while (from < sentences.size()) {
            String docno = sentences.get(from).docno();
            int to = from;
            while (to < sentences.size() && sentences.get(to).docno().equals(docno)) to++;
            List<SentenceItem> here = sentences.subList(from, to);
            int n = here.size();
            int[][] r = new int[n][], f = new int[n][], c = new int[n][], g = new int[n][];
            boolean[] open = new boolean[n];
            List<Set<String>> words = new ArrayList<>(n);
            for (int s = 0; s < n; s++) {
                SentenceItem x = here.get(s);
                r[s] = x.rules();
                f[s] = x.droppable();
                c[s] = x.plain();
                g[s] = x.gold();
                open[s] = x.open();
                words.add(TypeDecisions.words(x.features()));
            }
            articles.add(new TypeDecisions.Article(outOfFold.get(docno).toArray(new double[0][]), r, f, c, open, words));
            gold.add(g);
            docnos.add(docno);
            from = to;
        }
        int[] folded = docnos.stream().mapToInt(fold::get).toArray();
        TypeDecisions.Fit fit = TypeDecisions.crossFit(articles, gold, folded, folds, TypeDecisions.L2);
        outw.printf("%nsentence decisions (a small net over the out-of-fold probabilities and the article around each sentence,"
                + " fitted on the other folds; thresholds chosen %s)%n", java.util.Arrays.toString(fit.chosen()));
        outw.printf("%-12s %8s %8s %8s%n", "", "P", "R", "F1");
        prf(outw, "thresholds", fit.thresholds()[0], fit.thresholds()[1], fit.thresholds()[2]);
        prf(outw, "decisions", fit.nested()[0], fit.nested()[1], fit.nested()[2]);
        if (decisionsOut == null) return;
        try {
            Files.createDirectories(decisionsOut.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(decisionsOut, StandardCharsets.UTF_8)) {
                fit.model().write(w, "Marsad sentence-decision model (which event types each sentence keeps or gains); see"
                        + " docs/event-sentence-model-card.md\n# built by: ./marsad train events --folds " + folds + " --types-only --decisions-out FILE"
                        + " (the sentence-type model's options at their defaults)\n# " + articles.size() + " articles, threshold chosen on all of them");
            }
            spec.commandLine().getErr().printf("wrote %s%n", decisionsOut);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Adds to {@code apart} how far two models lie apart on the held-out sentences: the summed |p - q| over the sentence
     * types where either exceeds 0.02 and their count, and the counts of events kept (added or left) that differ and of
     * sentence types where either keeps one, each model under the coder's policy with its own earlier sentences.
     */
    private static void stability(List<SentenceItem> held, SentenceTypes a, SentenceTypes b, double[] apart) {
        boolean[] toldA = new boolean[SentenceTypes.TYPES.size()], toldB = new boolean[toldA.length];
        String article = null;
        for (SentenceItem x : held) {
            if (!x.docno().equals(article)) {
                article = x.docno();
                java.util.Arrays.fill(toldA, false);
                java.util.Arrays.fill(toldB, false);
            }
            double[] p = a.probabilities(x.features()), q = b.probabilities(x.features());
            for (int t = 0; t < p.length; t++) {
                if (Math.max(p[t], q[t]) > 0.02) {
                    apart[0] += Math.abs(p[t] - q[t]);
                    apart[1]++;
                }
                int r = x.rules()[t], f = x.droppable()[t], c = x.plain()[t];
                int ka = SentenceTypes.kept(r, f, c, x.open(), p[t], toldA[t]), kb = SentenceTypes.kept(r, f, c, x.open(), q[t], toldB[t]);
                toldA[t] |= ka > 0;
                toldB[t] |= kb > 0;
                if (ka != kb) apart[2]++;
                if (ka > 0 || kb > 0) apart[3]++;
            }
        }
    }

    /** The thresholds for a type told before that {@code --folds} also scores the sentence-type model under. */
    private static final double[] GRID_ADD = {0.2, 0.25, 0.3, 0.4}, GRID_DROP = {0.06, 0.1, 0.2, 0.3};

    /** One row of precision, recall and F1 from true positives, predicted and gold counts. */
    private static void prf(java.io.PrintWriter outw, String name, long tp, long predicted, long gold) {
        double pr = tp / (double) predicted, re = tp / (double) gold;
        outw.printf("%-12s %8.4f %8.4f %8.4f%n", name, pr, re, 2 * pr * re / (pr + re));
    }

    private static double f1(int tp, int predicted, int gold) {
        return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
    }

    /** Each article's fold: the sorted docnos shuffled with a fixed seed, dealt round. */
    private Map<String, Integer> folds(java.util.stream.Stream<String> docnos) {
        List<String> shuffled = new ArrayList<>(docnos.distinct().sorted().toList());
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) fold.put(shuffled.get(i), i % folds);
        return fold;
    }

    /** The weights of "no source" the cross-validation scores the attribution at ({@link ArgumentRanker#NONE_BIAS}). */
    private static final double[] BIASES = {0, 0.5, 1, 1.5, 2, 3};

    private void crossValidate(List<Item> items, java.io.PrintWriter outw) {
        Map<String, Integer> fold = folds(items.stream().map(Item::docno));
        int[][] right = new int[ArgumentRanker.ROLES.size()][3]; // [role][rules, best option, model]
        long[][] sourcePrf = new long[BIASES.length + 1][3];
        int total = 0;
        for (int k = 0; k < folds; k++) {
            int held = k;
            List<Item> train = items.stream().filter(i -> fold.get(i.docno()) != held).toList();
            List<Item> test = items.stream().filter(i -> fold.get(i.docno()) == held).toList();
            ArgumentRanker model = trainArguments(train);
            for (Item it : test) {
                total++;
                Event e = it.options().event();
                List<ArgumentRanker.Option> opts = it.options().options();
                String[] ruleIds = {e.actor(), e.target(), e.location()};
                Entity[] chosen = model.choose(it.options());
                for (int r = 0; r < ArgumentRanker.PARTY_ROLES.size(); r++) {
                    List<String> g = it.gold().get(ArgumentRanker.ROLES.get(r));
                    if (right(chosen[r], g)) right[r][2]++;
                    int rule = index(opts, ruleIds[r]);
                    if (rule >= 0 && right(opts.get(rule).entity(), g)) right[r][0]++;
                    for (ArgumentRanker.Option o : opts) {
                        if (right(o.entity(), g)) {
                            right[r][1]++;
                            break;
                        }
                    }
                }
                int d = ArgumentRanker.ROLES.indexOf("date");
                List<String> g = it.gold().get("date");
                if (rightDate(model.chooseDate(it.options()), g)) right[d][2]++;
                if (rightDate(e.date(), g)) right[d][0]++;
                if (it.options().dateValues().stream().anyMatch(x -> rightDate(x, g))) right[d][1]++;
                int m = ArgumentRanker.ROLES.indexOf("modality");
                List<String> gm = it.gold().get("modality");
                if (gm.contains(model.chooseModality(it.options()).wireName())) right[m][2]++;
                if (gm.contains(e.modality().wireName())) right[m][0]++;
                if (gm.contains(e.modality().wireName()) || !it.options().modalityOptions().isEmpty()
                        && ArgumentRanker.TOLD_AS_FACT.stream().anyMatch(x -> gm.contains(x.wireName()))) right[m][1]++;
                int a = ArgumentRanker.ROLES.indexOf("attribution");
                List<String> ga = it.gold().get("attribution");
                for (int b = 0; b < BIASES.length; b++) countSource(sourcePrf[b], model.chooseAttribution(it.options(), chosen[0], chosen[2], BIASES[b]), opts, ga);
                countSource(sourcePrf[BIASES.length], e.attribution(), opts, ga);
                if (rightSource(model.chooseAttribution(it.options(), chosen[0], chosen[2]), opts, ga)) right[a][2]++;
                if (rightSource(e.attribution(), opts, ga)) right[a][0]++;
                if (ArgumentRanker.decidesOn(it.options()) ? opts.stream().anyMatch(o -> right(o.entity(), ga))
                        : rightSource(e.attribution(), opts, ga)) right[a][1]++;
            }
        }
        outw.printf("%d-fold cross-validation over articles, %d matched events (epochs %d, rate %s, l2 %s)%n", folds, total, epochs, rate, l2);
        outw.printf("accuracy over matched events of the rules' choice, the model's (roles it decides: %s) and the best option%n",
                String.join(",", roles));
        outw.printf("%-8s %8s %8s %8s%n", "role", "rules", "model", "ceiling");
        for (int r = 0; r < ArgumentRanker.ROLES.size(); r++) {
            outw.printf("%-8s %8.3f %8.3f %8.3f%n", ArgumentRanker.ROLES.get(r), right[r][0] / (double) total,
                    right[r][2] / (double) total, right[r][1] / (double) total);
        }
        outw.printf("%nattribution P / R / F1 over matched events: the rules' and the model's, \"no source\" weighed down by 0 to 3"
                + " (shipped: %s; a source outside the options counts as wrong for both)%n", ArgumentRanker.NONE_BIAS);
        for (int b = 0; b <= BIASES.length; b++) {
            prf(outw, "attribution " + (b == BIASES.length ? "rules" : "none-" + BIASES[b]), sourcePrf[b][0], sourcePrf[b][1], sourcePrf[b][2]);
        }
    }

    /** The argument model: the roles' examples, and the events' actor-target pairs when both roles are trained. */
    private ArgumentRanker trainArguments(List<Item> items) {
        boolean pairs = roles.contains("actor") && roles.contains("target");
        return ArgumentRanker.train(examples(items, roles), pairs ? pairExamples(items) : List.of(), epochs, rate, l2);
    }

    /** Each matched event's party options, with which of them agree with the gold actor and with the gold target. */
    static List<ArgumentRanker.PairExample> pairExamples(List<Item> items) {
        List<ArgumentRanker.PairExample> out = new ArrayList<>(items.size());
        for (Item it : items) {
            List<ArgumentRanker.Option> opts = it.options().options();
            boolean[] actor = new boolean[opts.size()], target = new boolean[opts.size()];
            for (int i = 0; i < opts.size(); i++) {
                actor[i] = right(opts.get(i).entity(), it.gold().get("actor"));
                target[i] = right(opts.get(i).entity(), it.gold().get("target"));
            }
            out.add(new ArgumentRanker.PairExample(it.options(), actor, target));
        }
        return out;
    }

    /** The index of the option with the entity id, the no-party option for null, or -1. */
    private static int index(List<ArgumentRanker.Option> opts, String id) {
        for (int i = 0; i < opts.size(); i++) {
            Entity x = opts.get(i).entity();
            if (id == null ? x == null : x != null && x.id().equals(id)) return i;
        }
        return -1;
    }


    /** Scored as {@code eval events} scores it: a party agreeing with a gold surface, or none when the gold has none. */
    static boolean right(Entity chosen, List<String> gold) {
        if (chosen == null) return gold.isEmpty();
        return !gold.isEmpty() && EvalEventsCommand.DocumentScorer.matches(chosen, gold);
    }

    /**
     * A source is right when it is an option agreeing with a gold surface, or absent when the gold has none. A source
     * the rules found outside the options (named in an earlier sentence, or unnamed) counts as wrong: the
     * cross-validation holds no entity to compare; the model keeps it as the rules do, so both rows count it alike.
     */
    static boolean rightSource(String id, List<ArgumentRanker.Option> opts, List<String> gold) {
        if (id == null) return gold.isEmpty();
        for (ArgumentRanker.Option o : opts) if (o.entity() != null && o.entity().id().equals(id)) return right(o.entity(), gold);
        return false;
    }

    /** Counts a source into true positives, sources named and gold sources ({@link #prf}'s counts). */
    private static void countSource(long[] counts, String id, List<ArgumentRanker.Option> opts, List<String> gold) {
        if (id != null) counts[1]++;
        if (!gold.isEmpty()) counts[2]++;
        if (id != null && !gold.isEmpty() && rightSource(id, opts, gold)) counts[0]++;
    }

    /** A date is right when it is the gold's value, or absent when the gold has none. */
    static boolean rightDate(String value, List<String> gold) {
        return value == null ? gold.isEmpty() : gold.contains(value);
    }

    static List<ArgumentRanker.Example> examples(List<Item> items, List<String> roles) {
        List<ArgumentRanker.Example> out = new ArrayList<>();
        for (Item it : items) {
            for (String role : roles) {
                List<String> g = it.gold().get(role);
                boolean date = role.equals("date"), modality = role.equals("modality");
                // the source is the model's to choose only where the rules' is among the options, or none
                if (role.equals("attribution") && !ArgumentRanker.decidesOn(it.options())) continue;
                List<ArgumentRanker.Option> opts = date ? it.options().dateOptions()
                        : modality ? it.options().modalityOptions() : it.options().options();
                boolean[] right = new boolean[opts.size()];
                boolean any = false;
                for (int i = 0; i < opts.size(); i++) {
                    any |= right[i] = date ? rightDate(it.options().dateValues().get(i), g)
                            : modality ? g.contains(ArgumentRanker.TOLD_AS_FACT.get(i).wireName()) : right(opts.get(i).entity(), g);
                }
                if (any) out.add(new ArgumentRanker.Example(role, opts, right));
            }
        }
        return out;
    }

    /**
     * Codes every gold article with the rules alone; keeps the events that match a gold event, and every sentence
     * with its features and the types the rules and the gold code in it. Only every {@code every}-th article of the
     * files, in their order, is read (the first kept; 1: all).
     */
    static Data data(List<Path> files, int every) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        int seen = 0;
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && seen++ % every == 0) docs.add(mapper.readTree(line));
            }
        }
        Map<String, JsonNode> sources = EvalEventsCommand.loadSources(docs, mapper);
        Collector collector = new Collector();
        Pipeline pipeline = Pipelines.standard().events(collector).build();
        List<Item> items = new ArrayList<>();
        List<SentenceItem> sentences = new ArrayList<>();
        for (JsonNode doc : docs) {
            JsonNode src = sources.get(doc.path("docno").asText());
            if (src == null) continue;
            Analysis analysis;
            try {
                analysis = pipeline.analyze(EvalEventsCommand.raw(src, doc));
            } catch (InputException e) {
                continue;
            }
            EvalEventsCommand.DocumentScorer scorer = new EvalEventsCommand.DocumentScorer(analysis, doc);
            int[] match = scorer.match();
            int[] goldSentence = scorer.goldSentences();
            List<ArgumentRanker.Options> options = collector.last.options();
            List<List<String>> features = collector.last.sentenceFeatures();
            for (int s = 0; s < features.size(); s++) {
                int sentence = s;
                int[][] counts = SentenceTypes.ruleCounts(analysis.events().stream().filter(e -> e.sentence() == sentence).toList());
                int[] r = counts[0], droppable = counts[1], plain = counts[2], g = new int[SentenceTypes.TYPES.size()];
                int j = 0;
                for (JsonNode ge : doc.path("events")) {
                    int t = SentenceTypes.TYPES.indexOf(ge.path("plover").asText());
                    if (goldSentence[j++] == s && t >= 0) g[t]++;
                }
                boolean open = !features.get(s).contains("headline") && !features.get(s).contains("question");
                sentences.add(new SentenceItem(doc.path("docno").asText(), features.get(s), r, droppable, plain, g, open));
            }
            int k = 0;
            for (JsonNode g : doc.path("events")) {
                int m = match[k++];
                if (m < 0) continue;
                Map<String, List<String>> surfaces = new HashMap<>();
                for (String role : ArgumentRanker.PARTY_ROLES) {
                    List<String> s = new ArrayList<>();
                    g.path(role).forEach(x -> s.add(x.asText()));
                    surfaces.put(role, s);
                }
                List<String> cited = new ArrayList<>();
                g.path("attribution").forEach(x -> cited.add(x.asText()));
                surfaces.put("attribution", cited);
                surfaces.put("date", g.path("date").isTextual() ? List.of(g.path("date").asText()) : List.of());
                surfaces.put("modality", g.path("modality").isTextual() ? List.of(g.path("modality").asText()) : List.of());
                items.add(new Item(doc.path("docno").asText(), options.get(m), surfaces));
            }
        }
        return new Data(items, sentences);
    }

    /** The rules alone, keeping the last article's argument options (the training run is single-threaded). */
    private static final class Collector implements EventExtractor {
        private final RuleEventCoder coder = RuleEventCoder.rulesOnly();
        RuleEventCoder.Coded last;

        @Override
        public List<Event> extract(ArticleText article, List<Entity> entities, List<TimeExpression> dates) {
            return code(article, entities, dates).events();
        }

        @Override
        public Coding code(ArticleText article, List<Entity> entities, List<TimeExpression> dates) {
            last = coder.coded(article, entities, dates);
            return last.coding();
        }
    }
}
