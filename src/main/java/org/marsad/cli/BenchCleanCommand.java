package org.marsad.cli;

import org.marsad.ingest.AntNewsCorpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.clean.ScrapedTextCleaner;
import org.marsad.model.Article;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Cleaning + sentence splitting + tokenization throughput on ant-news-multisource,",
                "beside Lucene's ArabicAnalyzer on the same texts in the same run (one thread)."})
final class BenchCleanCommand implements Callable<Integer> {
    @Option(names = "--limit", defaultValue = "4000", description = "Articles to load (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--rounds", defaultValue = "7", description = "Measured rounds after warm-up (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up rounds (default ${DEFAULT-VALUE}).")
    int warmup;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String> texts = loadTexts(SharedData.data("ant-news-multisource"), limit);
        long chars = texts.stream().mapToLong(String::length).sum();
        var out = spec.commandLine().getOut();
        out.printf("articles: %d, characters: %,d%n", texts.size(), chars);
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        Tokenizer tokenizer = new Tokenizer();
        SourceRef source = new SourceRef(null, null, SourceFormat.TEXT);
        long[] marsad = new long[rounds];
        long[] lucene = new long[rounds];
        long tokens = 0;
        try (Analyzer analyzer = new ArabicAnalyzer()) {
            for (int r = -warmup; r < rounds; r++) {
                long t0 = System.nanoTime();
                long n = 0;
                for (String text : texts) {
                    Article a = cleaner.clean(source, text, DocumentMetadata.EMPTY);
                    n += splitter.split(a.text()).size();
                    n += tokenizer.tokenize(a.text()).size();
                }
                long t1 = System.nanoTime();
                long m = 0;
                for (String text : texts) m += luceneTokens(analyzer, text);
                long t2 = System.nanoTime();
                if (r >= 0) {
                    marsad[r] = t1 - t0;
                    lucene[r] = t2 - t1;
                    tokens = n + m;
                }
            }
        }
        double marsadMs = median(marsad) / 1e6;
        double luceneMs = median(lucene) / 1e6;
        out.printf("marsad clean+split+tokenize: median %.1f ms per round, %.1f MB/s (UTF-16 chars), %.0f articles/s%n",
                marsadMs, chars / marsadMs / 1000.0, texts.size() / marsadMs * 1000);
        out.printf("lucene ArabicAnalyzer:       median %.1f ms per round, %.1f MB/s, %.0f articles/s%n",
                luceneMs, chars / luceneMs / 1000.0, texts.size() / luceneMs * 1000);
        out.printf("ratio marsad/lucene time: %.2f (goal <= 2.0); rounds: %d after %d warm-up; checksum %d%n",
                marsadMs / luceneMs, rounds, warmup, tokens);
        return Main.EXIT_OK;
    }

    private static long luceneTokens(Analyzer analyzer, String text) throws IOException {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            ts.reset();
            while (ts.incrementToken()) n++;
            ts.end();
        }
        return n;
    }

    static List<String> loadTexts(Path dir, int limit) throws IOException {
        List<String> texts = new ArrayList<>();
        if (limit <= 0) return texts;
        AntNewsCorpus.forEachInterleaved(dir, n -> {
            String text = n.path("title").asText("") + "\n" + n.path("text").asText("");
            if (text.length() > 1) texts.add(text);
            return texts.size() < limit;
        });
        return texts;
    }

    static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
