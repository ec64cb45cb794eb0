package org.marsad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.geo.CatalogLinker;
import org.marsad.geo.SameNameGrouping;
import org.marsad.ingest.InputException;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"What linking and geocoding add to the analysis of an article (decoding, cleaning and every",
                "stage): the standard pipeline with the catalog linker against the same pipeline with the trivial",
                "same-name grouping, on the same ant-news-multisource articles, alternating which runs first (one",
                "thread). Prints medians."})
final class BenchLinkCommand implements Callable<Integer> {
    @Option(names = "--limit", defaultValue = "1000", description = "Articles to load (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds after warm-up (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up rounds (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--data", description = "Data directory whose gazetteer the linker uses (default ./marsad-data).")
    Path data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InputException {
        List<String> texts = BenchCleanCommand.loadTexts(SharedData.data("ant-news-multisource"), limit);
        CatalogLinker linker = data != null ? new CatalogLinker(CatalogLinker.catalogFor(data)) : CatalogLinker.standard();
        Pipeline with = Pipelines.standard().linker(linker).build();
        Pipeline without = Pipelines.standard().linker(new SameNameGrouping()).build();
        SourceRef source = new SourceRef(null, null, SourceFormat.TEXT);
        List<RawDocument> articles = new ArrayList<>(texts.size());
        for (String t : texts) {
            RawDocument raw = RawDocument.plainText(source, t.getBytes(StandardCharsets.UTF_8));
            try {
                without.toArticle(raw);
                articles.add(raw);
            } catch (InputException e) {
                // no article text: skipped
            }
        }
        var out = spec.commandLine().getOut();
        out.printf("articles: %d, catalog entries: %,d%n", articles.size(), linker.catalog().size());
        long[] withRound = new long[rounds], withoutRound = new long[rounds];
        long[] perWith = new long[articles.size() * rounds], perWithout = new long[articles.size() * rounds];
        long entities = 0;
        for (int r = -warmup; r < rounds; r++) {
            long tw = 0, to = 0;
            for (int i = 0; i < articles.size(); i++) {
                RawDocument a = articles.get(i);
                // alternate which pipeline goes first, so that neither always meets cold caches
                boolean withFirst = (i + r) % 2 == 1;
                long t0 = System.nanoTime();
                entities += (withFirst ? with : without).analyze(a).entities().size();
                long t1 = System.nanoTime();
                entities += (withFirst ? without : with).analyze(a).entities().size();
                long t2 = System.nanoTime();
                long dWith = withFirst ? t1 - t0 : t2 - t1, dWithout = withFirst ? t2 - t1 : t1 - t0;
                to += dWithout;
                tw += dWith;
                if (r >= 0) {
                    perWithout[r * articles.size() + i] = dWithout;
                    perWith[r * articles.size() + i] = dWith;
                }
            }
            if (r >= 0) {
                withRound[r] = tw;
                withoutRound[r] = to;
            }
        }
        double mo = BenchCleanCommand.median(perWithout) / 1e3, mw = BenchCleanCommand.median(perWith) / 1e3;
        double ro = BenchCleanCommand.median(withoutRound) / 1e6, rw = BenchCleanCommand.median(withRound) / 1e6;
        out.printf("per article, median: without linker %.1f µs, with linker %.1f µs (+%.1f%%)%n", mo, mw, 100 * (mw - mo) / mo);
        out.printf("per round of %d articles, median: without %.1f ms, with %.1f ms (+%.1f%%; goal <= 20%%)%n",
                articles.size(), ro, rw, 100 * (rw - ro) / ro);
        out.printf("rounds: %d after %d warm-up; checksum %d%n", rounds, warmup, entities);
        out.flush();
        return Main.EXIT_OK;
    }
}
