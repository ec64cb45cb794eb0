package org.marsad.cli;

import org.marsad.ingest.AntNewsCorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.ingest.InputException;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.ContentType;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Event coding against the hand-annotated set (eval/events/events.jsonl): precision, recall and F1",
                "of detection (PLOVER type right and trigger in the gold evidence's sentence, one-to-one) and of each",
                "argument over the matched events. Articles are read from ../shared/data/ant-news-multisource."})
final class EvalEventsCommand implements Callable<Integer> {
    private static final List<String> ARGUMENTS = List.of("actor", "target", "location", "date", "fatalities", "modality",
            "attribution");

    @Option(names = "--gold", paramLabel = "FILE", description = {"Gold file (default: eval/events/events.jsonl in the repository);",
            "repeat to score several files as one set."})
    List<Path> gold;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000", description = {"Article bootstrap resamples for the",
            "95 %% intervals of detection F1 and argument accuracies (0: none; default ${DEFAULT-VALUE})."})
    int bootstrap;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--oracle-entities", description = {"Make entities from the gold's argument surfaces instead of",
            "the pipeline's names and linking: measures argument filling on its own."})
    boolean oracle;

    @Option(names = "--verbose", description = "List missed and spurious events on stderr.")
    boolean verbose;

    @Option(names = "--breakdown", description = {"Also print detection per PLOVER type, how many missed gold events had",
            "an unmatched predicted event of another type in their sentence (type confusions), and each argument's",
            "errors by kind (wrong entity or value, one the gold does not have, one left empty)."})
    boolean breakdown;

    @Option(names = "--against", paramLabel = "FILE", description = {"Score a second annotation of the same articles",
            "instead of Marsad's output (inter-annotator agreement): its events are placed at their evidence and its",
            "surfaces become the entities, then matched exactly as Marsad's events are."})
    Path against;

    private Map<String, JsonNode> second = Map.of();
    /** The coder of {@code --oracle-entities}, made once: it reads the shipped models. */
    private org.marsad.event.RuleEventCoder oracleCoder;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> goldFiles = gold != null ? gold : List.of(SharedData.repo("eval/events/events.jsonl"));
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        for (Path goldFile : goldFiles) {
            for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) if (!line.isBlank()) docs.add(mapper.readTree(line));
        }
        if (against != null) {
            second = new HashMap<>();
            for (String line : Files.readAllLines(against, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode d = mapper.readTree(line);
                second.put(d.path("docno").asText(), d);
            }
            docs.removeIf(d -> !second.containsKey(d.path("docno").asText())); // only the articles both annotated
        }
        Map<String, JsonNode> sources = loadSources(docs, mapper);
        Pipeline pipeline = Pipelines.standard().build();
        Score detection = new Score();
        TypeBreakdown types = new TypeBreakdown();
        Map<String, Score> args = new LinkedHashMap<>();
        for (String a : ARGUMENTS) args.put(a, new Score(a));
        int missingDocs = 0;
        var err = spec.commandLine().getErr();
        List<ArticleScores> perArticle = new ArrayList<>();
        for (JsonNode doc : docs) {
            ArticleScores scores = new ArticleScores();
            perArticle.add(scores);
            JsonNode src = sources.get(doc.path("docno").asText());
            Analysis analysis = null;
            try {
                if (src != null) analysis = analyze(pipeline, src, doc);
            } catch (InputException e) {
                analysis = null;
            }
            if (analysis == null) {
                missingDocs++;
                scores.detection.fn += doc.path("events").size();
            } else {
                DocumentScorer scorer = new DocumentScorer(analysis, doc);
                scorer.score(scores.detection, scores.args);
                if (breakdown) scorer.countTypes(types);
                if (verbose) scorer.report(err, doc.path("docno").asText());
            }
            detection.add(scores.detection);
            scores.args.forEach((k, s) -> args.get(k).add(s));
        }
        print(detection, args, docs.size(), missingDocs, mapper, Bootstrap.intervals(perArticle, bootstrap));
        if (breakdown) {
            types.print(spec.commandLine().getOut());
            printErrorKinds(args);
        }
        return Main.EXIT_OK;
    }

    /** The gold article as the raw document the pipeline reads: the corpus text, published on the gold's date. */
    static RawDocument raw(JsonNode src, JsonNode doc) {
        DocumentMetadata meta = new DocumentMetadata(src.path("title").asText(null), doc.path("published").asText(null),
                src.path("url").asText(null), null, "ar");
        return new RawDocument(new SourceRef(doc.path("docno").asText(), src.path("url").asText(null), SourceFormat.JSONL),
                src.path("text").asText("").getBytes(StandardCharsets.UTF_8), ContentType.PLAIN_TEXT, StandardCharsets.UTF_8, meta);
    }

    private Analysis analyze(Pipeline pipeline, JsonNode src, JsonNode doc) throws InputException {
        RawDocument raw = raw(src, doc);
        if (against != null) return SecondAnnotation.analysis(pipeline, raw, second.get(doc.path("docno").asText()));
        if (!oracle) return pipeline.analyze(raw);
        Article article = pipeline.toArticle(raw);
        ArticleText text = pipeline.prepare(article);
        List<Entity> entities = EvalEventsOracle.entities(text, referents(doc));
        Analysis base = pipeline.analyze(article);
        if (oracleCoder == null) oracleCoder = new org.marsad.event.RuleEventCoder();
        var coded = oracleCoder.code(text, entities, base.dates());
        return new Analysis(base.source(), base.id(), base.language(), base.title(), base.published(), base.text(), base.boilerplate(),
                base.repairs(), base.sentences(), coded.entities(), base.dates(), coded.events(), base.original());
    }

    /** One referent per role list of a gold event; lists sharing a surface are one referent. */
    static List<EvalEventsOracle.Referent> referents(JsonNode doc) {
        List<Set<String>> groups = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        for (JsonNode e : doc.path("events")) {
            for (String role : List.of("actor", "target", "location", "attribution")) {
                Set<String> surfaces = new HashSet<>();
                e.path(role).forEach(s -> surfaces.add(s.asText()));
                if (surfaces.isEmpty()) continue;
                EntityType type = role.equals("location") ? EntityType.LOC : EntityType.ORG;
                int found = -1;
                for (int g = 0; g < groups.size() && found < 0; g++) {
                    for (String s : surfaces) if (groups.get(g).contains(s)) found = g;
                }
                if (found < 0) {
                    groups.add(surfaces);
                    types.add(type);
                } else {
                    groups.get(found).addAll(surfaces);
                }
            }
        }
        List<EvalEventsOracle.Referent> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            out.add(new EvalEventsOracle.Referent(groups.get(g).iterator().next(), types.get(g), List.copyOf(groups.get(g)), null));
        }
        return out;
    }

    static Map<String, JsonNode> loadSources(List<JsonNode> docs, ObjectMapper mapper) throws IOException {
        Map<String, Set<String>> byFile = new HashMap<>();
        for (JsonNode d : docs) byFile.computeIfAbsent(d.path("file").asText(), k -> new HashSet<>()).add(d.path("docno").asText());
        return AntNewsCorpus.byDocno(SharedData.data("ant-news-multisource"), byFile);
    }

    private void print(Score detection, Map<String, Score> args, int docs, int missing, ObjectMapper mapper,
                       Map<String, double[]> intervals) throws IOException {
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = mapper.createObjectNode();
            root.put("articles", docs).put("articles_missing", missing).put("oracle_entities", oracle);
            if (against != null) root.put("against", against.toString());
            detection.put(root.putObject("detection"));
            ObjectNode a = root.putObject("arguments");
            args.forEach((k, s) -> s.put(a.putObject(k)));
            if (!intervals.isEmpty()) {
                ObjectNode ci = root.putObject("interval95").put("resamples", bootstrap);
                intervals.forEach((k, v) -> ci.putArray(k).add(Score.round(v[0])).add(Score.round(v[1])));
            }
            out.println(mapper.writeValueAsString(root));
            return;
        }
        String scored = against != null ? "second annotation " + against.getFileName() + " (events and surfaces)"
                : "entities: " + (oracle ? "oracle (gold surfaces)" : "pipeline");
        out.printf("articles: %d (%d not found), %s%n", docs, missing, scored);
        out.printf("%-10s %6s %6s %6s %6s %6s %6s %8s%n", "", "P", "R", "F1", "tp", "fp", "fn", "accuracy");
        out.printf("%-10s %6.3f %6.3f %6.3f %6d %6d %6d%n", "detection", detection.p(), detection.r(), detection.f1(),
                detection.tp, detection.fp, detection.fn);
        for (var e : args.entrySet()) {
            Score s = e.getValue();
            out.printf("%-10s %6.3f %6.3f %6.3f %6d %6d %6d %8.3f%n", e.getKey(), s.p(), s.r(), s.f1(), s.tp, s.fp, s.fn, s.accuracy());
        }
        out.println("arguments are scored over matched events; accuracy = agreeing / matched (both empty agrees)");
        if (!intervals.isEmpty()) {
            StringBuilder line = new StringBuilder("95% intervals (" + bootstrap + " article resamples):");
            intervals.forEach((k, v) -> line.append(String.format(" %s %.3f-%.3f;", k.equals("detection") ? "detection F1" : k, v[0], v[1])));
            out.println(line.substring(0, line.length() - 1));
        }
    }

    private void printErrorKinds(Map<String, Score> args) {
        var out = spec.commandLine().getOut();
        out.printf("%-11s %7s %7s %7s %7s%n", "argument", "matched", "wrong", "extra", "empty");
        args.forEach((k, s) -> out.printf("%-11s %7d %7d %7d %7d%n", k, s.total, s.wrong, s.fp - s.wrong, s.fn - s.wrong));
        out.println("wrong: both name one, they disagree; extra: the gold has none; empty: Marsad has none");
    }

    /** One article's counts, kept apart so that the article bootstrap can resample them. */
    static final class ArticleScores {
        final Score detection = new Score();
        final Map<String, Score> args = new LinkedHashMap<>();

        ArticleScores() {
            for (String a : ARGUMENTS) args.put(a, new Score(a));
        }
    }

    /**
     * Percentile intervals by resampling articles with replacement (events of one article are not independent, so
     * articles are the unit). Fixed seed: the same gold and output print the same interval. Written here because it
     * is a dozen lines over our own counts; no statistics library is on the class path.
     */
    static final class Bootstrap {
        private Bootstrap() {
        }

        static Map<String, double[]> intervals(List<ArticleScores> articles, int resamples) {
            Map<String, double[]> out = new LinkedHashMap<>();
            if (resamples <= 0 || articles.isEmpty()) return out;
            java.util.Random random = new java.util.Random(20241220L);
            Map<String, double[]> samples = new LinkedHashMap<>();
            samples.put("detection", new double[resamples]);
            for (String a : List.of("actor", "target", "location")) samples.put(a, new double[resamples]);
            for (int r = 0; r < resamples; r++) {
                ArticleScores sum = new ArticleScores();
                for (int i = 0; i < articles.size(); i++) {
                    ArticleScores pick = articles.get(random.nextInt(articles.size()));
                    sum.detection.add(pick.detection);
                    pick.args.forEach((k, s) -> sum.args.get(k).add(s));
                }
                for (var e : samples.entrySet()) {
                    e.getValue()[r] = e.getKey().equals("detection") ? sum.detection.f1() : sum.args.get(e.getKey()).accuracy();
                }
            }
            for (var e : samples.entrySet()) {
                double[] v = e.getValue();
                java.util.Arrays.sort(v);
                out.put(e.getKey(), new double[] {v[(int) Math.floor(0.025 * (resamples - 1))], v[(int) Math.ceil(0.975 * (resamples - 1))]});
            }
            return out;
        }
    }

    /** Detection counted per PLOVER type, and the gold → predicted type pairs of missed events (type confusions). */
    static final class TypeBreakdown {
        private final Map<String, Score> byType = new java.util.TreeMap<>();
        private final Map<String, Integer> confusions = new HashMap<>();
        /** Missed gold events whose evidence is not in the text, or whose type the sentence already matched once. */
        int unplaced, fewer;
        /** Missed gold events with an unmatched predicted event of their type in another sentence, by distance. */
        final Map<String, Integer> elsewhere = new java.util.TreeMap<>();
        /** Matched events whose modality differs, as gold → predicted pairs. */
        final Map<String, Integer> modalities = new HashMap<>();
        /** Spurious events of a type their sentence already matched with a gold event. */
        int more;

        Score of(String type) {
            return byType.computeIfAbsent(type, Score::new);
        }

        void confused(String gold, String predicted) {
            confusions.merge(gold + " -> " + predicted, 1, Integer::sum);
        }

        void print(java.io.PrintWriter out) {
            out.printf("%-10s %6s %6s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
            byType.forEach((t, s) -> out.printf("%-10s %6.3f %6.3f %6.3f %6d %6d %6d%n", t, s.p(), s.r(), s.f1(), s.tp, s.fp, s.fn));
            out.printf("missed gold events whose evidence was not found: %d; whose sentence matched that type already: %d%n", unplaced, fewer);
            out.printf("spurious events whose sentence matched their type already: %d%n", more);
            out.printf("missed gold events with an unmatched predicted event of their type n sentences away: %s%n", elsewhere);
            int total = confusions.values().stream().mapToInt(Integer::intValue).sum();
            out.printf("missed gold events with an unmatched predicted event of another type in their sentence: %d%n", total);
            confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .forEach(e -> out.printf("  %-24s %d%n", e.getKey(), e.getValue()));
            out.println("modality of matched events, gold -> predicted where they differ:");
            modalities.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> out.printf("  %-28s %d%n", e.getKey(), e.getValue()));
        }
    }

    /** Counts for one measure. */
    static final class Score {
        int tp, fp, fn, agree, total, wrong;
        final String name;

        Score() {
            this("");
        }

        Score(String name) {
            this.name = name;
        }

        double p() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double r() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        double accuracy() {
            return total == 0 ? 0 : (double) agree / total;
        }

        void add(Score other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
            agree += other.agree;
            total += other.total;
            wrong += other.wrong;
        }

        void put(ObjectNode o) {
            o.put("precision", round(p())).put("recall", round(r())).put("f1", round(f1())).put("tp", tp).put("fp", fp).put("fn", fn);
            if (total > 0) o.put("accuracy", round(accuracy()));
        }

        static double round(double x) {
            return Math.round(x * 1000) / 1000.0;
        }
    }

    /** Matches one article's predicted events to its gold events and scores them. */
    static final class DocumentScorer {
        private final Analysis analysis;
        private final JsonNode doc;
        private final NormalizedText norm;
        private final Map<String, Entity> entities = new HashMap<>();
        private final List<String> missed = new ArrayList<>();
        private final List<Event> spurious = new ArrayList<>();

        DocumentScorer(Analysis analysis, JsonNode doc) {
            this.analysis = analysis;
            this.doc = doc;
            this.norm = ArabicNormalizer.normalize(analysis.text());
            for (Entity e : analysis.entities()) entities.put(e.id(), e);
        }

        /**
         * Sentences the gold evidence overlaps, or an empty set when it cannot be found. Evidence the cleaner
         * changed inside (a doubled word removed: "العربية العربية") is found by its longest leading or trailing
         * run of at least four words.
         */
        private Set<Integer> sentencesOf(String evidence) {
            Set<Integer> found = sentencesOfExact(evidence);
            String[] words = evidence.strip().split("\\s+");
            for (int n = words.length - 1; found.isEmpty() && n >= 4; n--) {
                found = sentencesOfExact(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
                if (found.isEmpty()) found = sentencesOfExact(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length)));
            }
            return found;
        }

        private Set<Integer> sentencesOfExact(String evidence) {
            int start = analysis.text().indexOf(evidence), end;
            if (start >= 0) {
                end = start + evidence.length();
            } else {
                String n = ArabicNormalizer.normalizeForMatching(evidence).replaceAll("\\s+", " ").strip();
                int at = norm.normalized().replaceAll("\\s", " ").indexOf(n);
                if (at < 0) return Set.of();
                start = norm.toOriginalStart(at);
                end = norm.toOriginalEnd(at + n.length());
            }
            Set<Integer> out = new HashSet<>();
            for (int i = 0; i < analysis.sentences().size(); i++) {
                var s = analysis.sentences().get(i);
                if (s.start() < end && s.end() > start) out.add(i);
            }
            return out;
        }

        /**
         * For each gold event in order, the index of the predicted event it matches (same PLOVER type, trigger in
         * the evidence's sentence, first unused one), or -1.
         */
        private int[] matched;

        /** {@link #matchOnce()}, found once: scoring, the breakdown and the verbose report all ask. */
        int[] match() {
            if (matched == null) matched = matchOnce();
            return matched;
        }

        private int[] matchOnce() {
            List<Event> predicted = analysis.events();
            boolean[] used = new boolean[predicted.size()];
            int[] out = new int[doc.path("events").size()];
            int k = 0;
            for (JsonNode g : doc.path("events")) {
                Set<Integer> sentences = evidenceSentences().get(k);
                int match = -1;
                for (int i = 0; i < predicted.size() && match < 0; i++) {
                    Event p = predicted.get(i);
                    if (!used[i] && p.plover().equals(g.path("plover").asText()) && sentences.contains(p.sentence())) match = i;
                }
                if (match >= 0) used[match] = true;
                out[k++] = match;
            }
            return out;
        }

        /** For each gold event in order, the first sentence its evidence overlaps, or -1 when it is not found. */
        int[] goldSentences() {
            int[] out = new int[doc.path("events").size()];
            for (int k = 0; k < out.length; k++) {
                Set<Integer> at = evidenceSentences().get(k);
                out[k] = at.isEmpty() ? -1 : java.util.Collections.min(at);
            }
            return out;
        }

        private List<Set<Integer>> evidence;

        /** The sentences each gold event's evidence overlaps, in order (found once: matching and training both ask). */
        private List<Set<Integer>> evidenceSentences() {
            if (evidence == null) {
                evidence = new ArrayList<>();
                for (JsonNode g : doc.path("events")) evidence.add(sentencesOf(g.path("evidence").asText()));
            }
            return evidence;
        }

        void score(Score detection, Map<String, Score> args) {
            List<Event> predicted = analysis.events();
            boolean[] used = new boolean[predicted.size()];
            int[] matches = match();
            int k = 0;
            for (JsonNode g : doc.path("events")) {
                int match = matches[k++];
                if (match < 0) {
                    detection.fn++;
                    missed.add(g.path("plover").asText() + " " + g.path("evidence").asText() + nearest(g.path("plover").asText(), k - 1));
                    continue;
                }
                used[match] = true;
                detection.tp++;
                Event p = predicted.get(match);
                current = g.path("plover").asText() + " " + p.trigger().text();
                scoreArgument(args.get("actor"), surfaces(g.path("actor")), p.actor());
                scoreArgument(args.get("target"), surfaces(g.path("target")), p.target());
                scoreArgument(args.get("location"), surfaces(g.path("location")), p.location());
                scoreValue(args.get("date"), text(g.path("date")), p.date());
                scoreValue(args.get("fatalities"), text(g.path("fatalities")), p.fatalities() == null ? null : p.fatalities().toString());
                scoreValue(args.get("modality"), text(g.path("modality")), p.modality().wireName());
                scoreArgument(args.get("attribution"), surfaces(g.path("attribution")), p.attribution());
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i]) {
                    detection.fp++;
                    spurious.add(predicted.get(i));
                }
            }
        }

        /** Adds this article's events to the per-type counts (after {@link #score}). */
        void countTypes(TypeBreakdown types) {
            List<Event> predicted = analysis.events();
            int[] matches = match();
            boolean[] used = used();
            int k = 0;
            for (JsonNode g : doc.path("events")) {
                String type = g.path("plover").asText();
                int m = matches[k];
                if (m >= 0) {
                    types.of(type).tp++;
                    String gold = text(g.path("modality")), said = predicted.get(m).modality().wireName();
                    if (!said.equals(gold)) types.modalities.merge(gold + " -> " + said, 1, Integer::sum);
                } else {
                    types.of(type).fn++;
                    Set<Integer> sentences = evidenceSentences().get(k);
                    if (sentences.isEmpty()) types.unplaced++;
                    for (int i = 0; i < predicted.size(); i++) {
                        if (used[i] && predicted.get(i).plover().equals(type) && sentences.contains(predicted.get(i).sentence())) {
                            types.fewer++;
                            break;
                        }
                    }
                    int near = Integer.MAX_VALUE;
                    for (int i = 0; i < predicted.size() && !sentences.isEmpty(); i++) {
                        if (!used[i] && predicted.get(i).plover().equals(type)) {
                            int at = predicted.get(i).sentence();
                            for (int sentence : sentences) near = Math.min(near, Math.abs(at - sentence));
                        }
                    }
                    if (near != Integer.MAX_VALUE) types.elsewhere.merge(near <= 2 ? String.valueOf(near) : near <= 5 ? "3-5" : "6+", 1, Integer::sum);
                    for (int i = 0; i < predicted.size(); i++) {
                        if (!used[i] && sentences.contains(predicted.get(i).sentence())) {
                            types.confused(type, predicted.get(i).plover());
                            break;
                        }
                    }
                }
                k++;
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (used[i]) continue;
                types.of(predicted.get(i).plover()).fp++;
                for (int j = 0; j < predicted.size(); j++) {
                    if (used[j] && predicted.get(j).plover().equals(predicted.get(i).plover())
                            && predicted.get(j).sentence() == predicted.get(i).sentence()) {
                        types.more++;
                        break;
                    }
                }
            }
        }

        /** Which predicted events matched a gold event. */
        private boolean[] used() {
            boolean[] used = new boolean[analysis.events().size()];
            for (int m : match()) if (m >= 0) used[m] = true;
            return used;
        }

        /**
         * For the verbose report: the event of the missed gold event's type that its sentence matched to another gold
         * event (the sentence was coded with fewer events of the type than the gold has), else where the nearest
         * unmatched predicted event of its type lies.
         */
        private String nearest(String type, int gold) {
            List<Event> predicted = analysis.events();
            boolean[] used = used();
            for (int i = 0; i < predicted.size(); i++) {
                if (used[i] && predicted.get(i).plover().equals(type) && evidenceSentences().get(gold).contains(predicted.get(i).sentence())) {
                    return " [its sentence's " + type + " matched another gold event: " + predicted.get(i).trigger().text() + "]";
                }
            }
            int best = -1, distance = Integer.MAX_VALUE;
            for (int i = 0; i < predicted.size(); i++) {
                if (used[i] || !predicted.get(i).plover().equals(type)) continue;
                for (int sentence : evidenceSentences().get(gold)) {
                    int d = Math.abs(predicted.get(i).sentence() - sentence);
                    if (d < distance) {
                        distance = d;
                        best = i;
                    }
                }
            }
            return best < 0 ? "" : " [coded " + distance + " sentences away: " + predicted.get(best).trigger().text() + "]";
        }

        private static String text(JsonNode n) {
            return n.isMissingNode() || n.isNull() ? null : n.asText();
        }

        private static List<String> surfaces(JsonNode list) {
            List<String> out = new ArrayList<>();
            list.forEach(s -> out.add(s.asText()));
            return out;
        }

        private String current;
        private final List<String> disagreements = new ArrayList<>();

        private void scoreArgument(Score s, List<String> gold, String entityId) {
            Entity e = entityId == null ? null : entities.get(entityId);
            boolean right = e != null && !gold.isEmpty() && matches(e, gold);
            count(s, !gold.isEmpty(), e != null, right);
            if (!right && !(gold.isEmpty() && e == null)) {
                disagreements.add(current + " " + s.name + " gold=" + gold + " predicted=" + (e == null ? null : e.mentions().get(0).text()));
            }
        }

        private void scoreValue(Score s, String gold, String predicted) {
            boolean right = gold != null && gold.equals(predicted);
            count(s, gold != null, predicted != null, right);
            if (!right && !(gold == null && predicted == null)) disagreements.add(current + " " + s.name + " gold=" + gold + " predicted=" + predicted);
        }

        private static void count(Score s, boolean hasGold, boolean hasPredicted, boolean right) {
            s.total++;
            if (right || !hasGold && !hasPredicted) s.agree++;
            if (right) s.tp++;
            else {
                if (hasPredicted && hasGold) s.wrong++;
                if (hasPredicted) s.fp++;
                if (hasGold) s.fn++;
            }
        }

        /** A mention of the entity and a gold surface agree after normalization, one containing the other. */
        static boolean matches(Entity e, List<String> gold) {
            for (var m : e.mentions()) {
                String pm = ArabicNormalizer.normalizeForMatching(m.text()).replace("#", "").replace('_', ' ').strip();
                if (pm.length() < 2) continue;
                for (String g : gold) {
                    String gm = ArabicNormalizer.normalizeForMatching(g).replace("#", "").replace('_', ' ').strip();
                    if (gm.contains(pm) || pm.contains(gm)) return true;
                }
            }
            return false;
        }

        void report(java.io.PrintWriter err, String docno) {
            for (String m : missed) err.println(docno + " MISSED   " + m);
            for (Event e : spurious) err.println(docno + " SPURIOUS " + e.plover() + " " + e.trigger().text() + " [" + e.modality().wireName() + "] | " + sentence(e));
            for (String d : disagreements) err.println(docno + " ARGUMENT " + d);
        }

        private String sentence(Event e) {
            var s = analysis.sentences().get(e.sentence());
            String t = analysis.text().substring(s.start(), s.end());
            return t.length() > 120 ? t.substring(0, 120) : t;
        }
    }
}
