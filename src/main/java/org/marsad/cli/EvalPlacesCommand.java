package org.marsad.cli;

import org.marsad.ingest.AntNewsCorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marsad.geo.CatalogLinker;
import org.marsad.geo.Distance;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Place evaluation on the project's gold set (eval/places/places.jsonl over ant-news-multisource): share
 * of gold place mentions found as a place, and of those the share resolved within 50 km in the right country.
 */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Evaluate place finding and geocoding on eval/places/places.jsonl (articles read from",
                "../shared/data/ant-news-multisource by docno). A gold mention is found when a LOC entity mention",
                "overlaps it; it is right when that entity lies within 50 km in the same country (a country",
                "counts as right when the entity is that country)."})
final class EvalPlacesCommand implements Callable<Integer> {
    @Option(names = "--gold", description = "Gold file (default: eval/places/places.jsonl in the repository).")
    Path gold;

    @Option(names = "--data", description = "Data directory whose gazetteer to use (default ./marsad-data).")
    Path data;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "List every missed or wrongly resolved gold mention.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path goldFile = gold != null ? gold : SharedData.repo("eval/places/places.jsonl");
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(goldFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) if (!line.isBlank()) docs.add(om.readTree(line));
        }
        Map<String, JsonNode> articles = loadArticles(om, docs);
        Pipeline.Builder b = Pipelines.standard();
        if (data != null) b.linker(new CatalogLinker(CatalogLinker.catalogFor(data)));
        Pipeline pipeline = b.build();
        PrintWriter out = spec.commandLine().getOut();
        int total = 0, found = 0, right = 0, docsRun = 0, predicted = 0, extra = 0;
        Map<String, int[]> byFeature = new TreeMap<>();
        long nanos = 0;
        List<String> notes = new ArrayList<>();
        for (JsonNode doc : docs) {
            String docno = doc.get("docno").asText();
            JsonNode a = articles.get(docno);
            if (a == null) throw new IllegalStateException("article not found in shared data: " + docno);
            String text = a.path("text").asText("");
            Article article = new Article(new SourceRef(docno, null, SourceFormat.JSONL), a.path("title").asText(null), text,
                    null, "ar", List.of(), List.of(), text);
            long t0 = System.nanoTime();
            Analysis analysis = pipeline.analyze(article);
            nanos += System.nanoTime() - t0;
            docsRun++;
            List<int[]> goldSpans = new ArrayList<>();
            for (JsonNode p : doc.get("places")) {
                int st = occurrence(text, p.get("surface").asText(), p.get("occurrence").asInt());
                if (st >= 0) goldSpans.add(new int[] {st, st + p.get("surface").asText().length()});
            }
            for (Entity e : analysis.entities()) {
                if (e.type() != EntityType.LOC) continue;
                for (Mention m : e.mentions()) {
                    if (m.in() != Field.TEXT) continue;
                    predicted++;
                    boolean inGold = false;
                    for (int[] g : goldSpans) if (m.start() < g[1] && g[0] < m.end()) inGold = true;
                    if (!inGold) {
                        extra++;
                        if (verbose) notes.add("EXTRA " + docno + " " + m.text() + " -> " + e.nameEn());
                    }
                }
            }
            for (JsonNode p : doc.get("places")) {
                String surface = p.get("surface").asText();
                int start = occurrence(text, surface, p.get("occurrence").asInt());
                if (start < 0) throw new IllegalStateException(docno + ": surface not found: " + surface);
                int end = start + surface.length();
                String feature = p.get("feature").asText();
                int[] f = byFeature.computeIfAbsent(feature, k -> new int[3]);
                total++;
                f[0]++;
                Entity hit = placeAt(analysis, start, end);
                if (hit == null) {
                    if (verbose) notes.add("MISS  " + docno + " " + surface + " (" + p.path("name_en").asText() + ", " + feature + ")");
                    continue;
                }
                found++;
                f[1]++;
                if (isRight(hit, p)) {
                    right++;
                    f[2]++;
                } else if (verbose) {
                    notes.add("WRONG " + docno + " " + surface + " -> " + hit.nameEn() + " " + hit.geo() + " (gold " + p.path("name_en").asText()
                            + " " + p.get("country").asText() + " " + p.get("lat").asDouble() + "," + p.get("lon").asDouble() + ")");
                }
            }
        }
        double foundShare = total == 0 ? 0 : (double) found / total;
        double rightShare = found == 0 ? 0 : (double) right / found;
        if (json) {
            ObjectNode o = om.createObjectNode();
            o.put("articles", docsRun).put("gold_places", total).put("found", found).put("found_share", round(foundShare))
                    .put("right_within_50km", right).put("right_share_of_found", round(rightShare))
                    .put("right_share_of_gold", round(total == 0 ? 0 : (double) right / total))
                    .put("predicted_place_mentions", predicted).put("predicted_not_in_gold", extra)
                    .put("pipeline_ms_per_article", round(nanos / 1e6 / Math.max(1, docsRun)));
            ObjectNode bf = o.putObject("by_feature");
            byFeature.forEach((k, v) -> bf.putObject(k).put("gold", v[0]).put("found", v[1]).put("right", v[2]));
            out.println(om.writeValueAsString(o));
        } else {
            for (String n : notes) out.println(n);
            out.printf("articles: %d, gold place mentions: %d%n", docsRun, total);
            out.printf("found: %d (%.1f%% of gold)%n", found, 100 * foundShare);
            out.printf("right within 50 km and country: %d (%.1f%% of found, %.1f%% of gold)%n", right, 100 * rightShare,
                    total == 0 ? 0 : 100.0 * right / total);
            out.printf("predicted place mentions: %d, of which not in gold: %d (%.1f%%)%n", predicted, extra,
                    predicted == 0 ? 0 : 100.0 * extra / predicted);
            byFeature.forEach((k, v) -> out.printf("  %-8s gold %4d  found %4d  right %4d%n", k, v[0], v[1], v[2]));
            out.printf("pipeline time: %.1f ms per article%n", nanos / 1e6 / Math.max(1, docsRun));
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static Entity placeAt(Analysis analysis, int start, int end) {
        for (Entity e : analysis.entities()) {
            if (e.type() != EntityType.LOC) continue;
            for (Mention m : e.mentions()) {
                if (m.in() == Field.TEXT && m.start() < end && start < m.end()) return e;
            }
        }
        return null;
    }

    static boolean isRight(Entity e, JsonNode gold) {
        if (e.geo() == null) return false;
        String cc = gold.get("country").asText();
        String got = e.geo().country();
        if (!cc.equals(got) && !(cc.equals("XX") && got == null)) return false;
        if ("country".equals(gold.get("feature").asText()) && "country".equals(e.geo().feature())) return true;
        return Distance.km(e.geo().lat(), e.geo().lon(), gold.get("lat").asDouble(), gold.get("lon").asDouble()) <= 50;
    }

    /** Start of the n-th (1-based) occurrence of s in text, overlapping occurrences counted; -1 if none. */
    static int occurrence(String text, String s, int n) {
        int from = 0, idx = -1;
        for (int k = 0; k < n; k++) {
            idx = text.indexOf(s, from);
            if (idx < 0) return -1;
            from = idx + 1;
        }
        return idx;
    }

    private static Map<String, JsonNode> loadArticles(ObjectMapper om, List<JsonNode> docs) throws IOException {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (JsonNode d : docs) byFile.computeIfAbsent(d.get("file").asText(), k -> new ArrayList<>()).add(d.get("docno").asText());
        return AntNewsCorpus.byDocno(SharedData.data("ant-news-multisource"), byFile);
    }

}
