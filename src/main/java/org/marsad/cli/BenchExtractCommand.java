package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.marsad.clean.html.HtmlArticleExtractor;
import org.marsad.ingest.HtmlCharset;
import org.marsad.ingest.InputException;
import org.marsad.ingest.TextDecoder;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Main-content extraction on article-extraction-benchmark (181 pages, human-checked bodies):",
                "the benchmark's shingle precision/recall/F1 and median time per page, beside boilerpipe's",
                "ArticleExtractor (the Java baseline) on the same pages in the same run (one thread)."})
final class BenchExtractCommand implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds per page; the median counts (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed passes over all pages first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--worst", defaultValue = "0", description = "Also list the N pages with the lowest F1 for marsad.")
    int worst;

    @Option(names = "--with-cleaner", description = "Score the body after the plain-text cleaner's repairs (what analyze outputs).")
    boolean withCleaner;

    @Option(names = "--no-baseline", description = "Skip boilerpipe.")
    boolean noBaseline;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private record Page(String key, String url, String truth, String html) {
    }

    @Override
    public Integer call() throws IOException {
        Path dir = SharedData.data("article-extraction-benchmark");
        List<Page> pages = load(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("pages: %d (%s)%n", pages.size(), dir);
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        List<ShingleScore.Counts> ours = new ArrayList<>();
        List<ShingleScore.Counts> theirs = new ArrayList<>();
        long[] ourNanos = new long[pages.size()];
        long[] theirNanos = new long[pages.size()];
        int baselineFailures = 0;
        for (int w = 0; w < warmup; w++) {
            for (Page page : pages) {
                ours(extractor, page);
                if (noBaseline) continue;
                try {
                    BoilerpipeBaseline.extract(page.html());
                } catch (Exception ignored) {
                    // counted in the measured pass
                }
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            String predicted = null;
            long[] times = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                predicted = ours(extractor, page);
                times[r] = System.nanoTime() - t0;
            }
            ourNanos[i] = median(times);
            ours.add(ShingleScore.page(page.truth(), predicted));
            if (noBaseline) continue;
            String baseline = "";
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                try {
                    baseline = BoilerpipeBaseline.extract(page.html());
                } catch (Exception e) {
                    baseline = "";
                    if (r == 0) baselineFailures++;
                }
                times[r] = System.nanoTime() - t0;
            }
            theirNanos[i] = median(times);
            theirs.add(ShingleScore.page(page.truth(), baseline));
        }
        report(out, "marsad", ShingleScore.overall(ours), ourNanos);
        if (!noBaseline) {
            report(out, "boilerpipe ArticleExtractor", ShingleScore.overall(theirs), theirNanos);
            if (baselineFailures > 0) out.printf("boilerpipe failed on %d pages (scored as empty)%n", baselineFailures);
        }
        out.println("published on this set (F1): go-trafilatura 0.960, trafilatura 0.958, Readability.js 0.947, boilerpipe 0.860");
        if (worst > 0) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) order.add(i);
            order.sort(Comparator.comparingDouble(i -> ours.get(i).f1()));
            for (int i : order.subList(0, Math.min(worst, order.size()))) {
                ShingleScore.Counts c = ours.get(i);
                out.printf("  F1 %.3f P %.3f R %.3f  %s %s%n", c.f1(), c.precision(), c.recall(), pages.get(i).key().substring(0, 12), pages.get(i).url());
            }
        }
        return Main.EXIT_OK;
    }

    private String ours(HtmlArticleExtractor extractor, Page page) {
        if (!withCleaner) return extractor.extractPage(page.html(), page.url()).text();
        try {
            return extractor.extract(new SourceRef(page.key(), page.url(), SourceFormat.HTML), page.html(), DocumentMetadata.EMPTY).text();
        } catch (InputException e) {
            return "";
        }
    }

    private static void report(PrintWriter out, String name, ShingleScore.Result r, long[] nanos) {
        out.printf("%-28s F1 %.3f  precision %.3f  recall %.3f  median %.2f ms/page%n", name, r.f1(), r.precision(), r.recall(),
                median(nanos) / 1e6);
    }

    private static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        TextDecoder decoder = new TextDecoder();
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            var e = it.next();
            Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
            String html;
            try {
                html = decoder.decodeToString(bytes, HtmlCharset.declared(bytes));
            } catch (InputException ex) {
                throw new IOException(file + ": " + ex.getMessage(), ex);
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), e.getValue().path("articleBody").asText(""), html));
        }
        return pages;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
