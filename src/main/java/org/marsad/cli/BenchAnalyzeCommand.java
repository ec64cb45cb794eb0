package org.marsad.cli;

import org.marsad.clean.html.DateForms;
import org.marsad.ingest.AntNewsCorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ingest.InputException;
import org.marsad.model.ContentType;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Whole-pipeline analysis (Pipelines.standard(): cleaning, names, linking, dates, events) of typical",
                "ant-news articles (middleEast and internationalNews, 300-500 words) on one thread after warm-up, beside",
                "the bare pipeline (cleaning, sentences, tokens only) measured in the same run."})
final class BenchAnalyzeCommand implements Callable<Integer> {
    @Option(names = "--limit", defaultValue = "300", description = "Articles (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds after warm-up (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up rounds (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--slowest", defaultValue = "0", description = "Also list the N slowest articles (default ${DEFAULT-VALUE}).")
    int slowest;

    @Option(names = "--baseline-build", paramLabel = "JAR", description = {"Instead of the bare pipeline, compare with another",
            "build (its marsad.jar, with its lib/ beside it) loaded in the same JVM: round by round, each build analyses",
            "all articles in turn, which goes first alternating. Prints both, their ratio and whether they coded as many events."})
    Path baseline;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InputException {
        List<RawDocument> docs = load(SharedData.data("ant-news-multisource"), limit);
        long words = 0;
        for (RawDocument d : docs) words += new String(d.content(), StandardCharsets.UTF_8).split("\\s+").length;
        var out = spec.commandLine().getOut();
        out.printf("articles: %d, words: %,d (%.0f per article)%n", docs.size(), words, (double) words / docs.size());
        if (baseline != null) return compare(docs, words, out);
        Pipeline full = Pipelines.standard().build();
        Pipeline bare = Pipeline.builder().build();
        if (!docs.isEmpty()) full.analyze(docs.get(0)); // whatever loads on first use
        out.printf("heap in use with the pipeline loaded, after a full collection: %.0f MB (the articles' %.1f MB included)%n",
                retainedHeap() / 1e6, docs.stream().mapToLong(d -> d.content().length).sum() / 1e6);
        // per article, the median over rounds: robust to the preemptions of a shared machine
        long[][] fullTimes = new long[docs.size()][rounds], bareTimes = new long[docs.size()][rounds];
        long fullCpu = 0, bareCpu = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long checksum = 0;
        for (int r = -warmup; r < rounds; r++) {
            for (int i = 0; i < docs.size(); i++) {
                long a = System.nanoTime(), ca = threads.getCurrentThreadCpuTime();
                checksum += full.analyze(docs.get(i)).events().size();
                long b = System.nanoTime(), cb = threads.getCurrentThreadCpuTime();
                checksum += bare.analyze(docs.get(i)).sentences().size();
                long c = System.nanoTime(), cc = threads.getCurrentThreadCpuTime();
                if (r >= 0) {
                    fullTimes[i][r] = b - a;
                    bareTimes[i][r] = c - b;
                    fullCpu += cb - ca;
                    bareCpu += cc - cb;
                }
            }
        }
        double[] fullPer = medians(fullTimes), barePer = medians(bareTimes);
        double fullMs = Arrays.stream(fullPer).sum() / 1e6, bareMs = Arrays.stream(barePer).sum() / 1e6;
        double[] sorted = fullPer.clone();
        Arrays.sort(sorted);
        out.printf("standard pipeline: %.3f ms per article (median article %.3f ms, p90 %.3f ms), %,.0f words/s%n",
                fullMs / docs.size(), sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6, words / fullMs * 1000);
        out.printf("bare pipeline (clean, sentences, tokens): %.3f ms per article, %,.0f words/s%n", bareMs / docs.size(),
                words / bareMs * 1000);
        double fullCpuMs = fullCpu / 1e6 / rounds, bareCpuMs = bareCpu / 1e6 / rounds;
        out.printf("thread CPU time (immune to other processes on the machine): standard %.3f ms per article, %,.0f words/s;"
                + " bare %.3f ms per article%n", fullCpuMs / docs.size(), words / fullCpuMs * 1000, bareCpuMs / docs.size());
        Integer[] order = new Integer[docs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Double.compare(fullPer[y], fullPer[x]));
        for (int k = 0; k < Math.min(slowest, order.length); k++) {
            out.printf("  slow: %s %.3f ms (bare %.3f ms)%n", docs.get(order[k]).source().path(), fullPer[order[k]] / 1e6, barePer[order[k]] / 1e6);
        }
        out.printf("goal: < 4 ms per ~400-word article, >= 100,000 words/s; each article's median over %d rounds after %d warm-up; checksum %d%n",
                rounds, warmup, checksum);
        return Main.EXIT_OK;
    }

    /**
     * This build against {@link #baseline}, in blocks of all articles that alternate within each round, so that both
     * see the host at the same minutes; each article's median over rounds, as the plain run.
     */
    private int compare(List<RawDocument> docs, long words, java.io.PrintWriter out) throws IOException, InputException {
        Pipeline mine = Pipelines.standard().build();
        OtherBuild other = new OtherBuild(baseline);
        List<Object> theirs = docs.stream().map(other::document).toList();
        long[][][] times = new long[2][docs.size()][rounds];
        long[] cpu = new long[2], checksum = new long[2];
        double[] roundRatios = new double[rounds];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = -warmup; r < rounds; r++) {
            long[] roundCpu = new long[2];
            for (int turn = 0; turn < 2; turn++) {
                int b = (turn + Math.floorMod(r, 2)) % 2; // 0 this build, 1 the baseline; who goes first alternates
                for (int i = 0; i < docs.size(); i++) {
                    long a = System.nanoTime(), ca = threads.getCurrentThreadCpuTime();
                    int n = b == 0 ? mine.analyze(docs.get(i)).events().size() : other.analyze(theirs.get(i));
                    long e = System.nanoTime(), ce = threads.getCurrentThreadCpuTime();
                    if (r >= 0) {
                        times[b][i][r] = e - a;
                        cpu[b] += ce - ca;
                        roundCpu[b] += ce - ca;
                        checksum[b] += n;
                    }
                }
            }
            if (r >= 0) roundRatios[r] = (double) roundCpu[0] / roundCpu[1];
        }
        String[] names = {"this build", "baseline " + baseline};
        double[] ms = new double[2];
        for (int b = 0; b < 2; b++) {
            ms[b] = Arrays.stream(medians(times[b])).sum() / 1e6 / docs.size();
            out.printf("%s: %.3f ms per article (%,.0f words/s), thread CPU %.3f ms per article%n", names[b], ms[b],
                    words / (ms[b] * docs.size()) * 1000, cpu[b] / 1e6 / rounds / docs.size());
        }
        Arrays.sort(roundRatios);
        out.printf("this build / baseline: %.3f (per-article medians), %.3f (thread CPU), rounds %.3f–%.3f (median %.3f)%n",
                ms[0] / ms[1], (double) cpu[0] / cpu[1], roundRatios[0], roundRatios[rounds - 1], roundRatios[rounds / 2]);
        out.printf("events coded: %d and %d per round (%s); %d rounds after %d warm-up%n", checksum[0] / rounds,
                checksum[1] / rounds, checksum[0] == checksum[1] ? "the same" : "DIFFERENT", rounds, warmup);
        return Main.EXIT_OK;
    }

    static List<RawDocument> load(Path dir, int limit) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<RawDocument> docs = new ArrayList<>();
        for (String file : List.of("ant_multisource_middleEast.jsonl.gz", "ant_multisource_internationalNews.jsonl.gz")) {
            try (BufferedReader r = AntNewsCorpus.open(dir.resolve(file))) {
                String line;
                int quota = file.contains("middle") ? limit / 2 : limit; // half from each section
                while ((line = r.readLine()) != null && docs.size() < quota) {
                    JsonNode n = mapper.readTree(line);
                    String text = n.path("text").asText("");
                    int words = text.split("\\s+").length;
                    if (words < 300 || words > 500) continue;
                    String time = n.path("time").asText("");
                    DocumentMetadata meta = new DocumentMetadata(n.path("title").asText(null), DateForms.toContract(time), n.path("url").asText(null), null, null);
                    docs.add(new RawDocument(new SourceRef(n.path("docno").asText(), null, SourceFormat.JSONL),
                            text.getBytes(StandardCharsets.UTF_8), ContentType.PLAIN_TEXT, StandardCharsets.UTF_8, meta));
                }
            }
        }
        return docs;
    }


    /** Heap bytes in use after the collector has run (System.gc() is a full collection with the launcher's collectors). */
    private static long retainedHeap() {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double[] medians(long[][] times) {
        double[] out = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            long[] v = times[i].clone();
            Arrays.sort(v);
            out[i] = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
        }
        return out;
    }
}
