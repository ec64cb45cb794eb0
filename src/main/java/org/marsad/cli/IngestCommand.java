package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.FormatReader;
import org.marsad.ingest.InputReader;
import org.marsad.model.RawDocument;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import org.marsad.store.Ingester;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse articles into the store (database + search index) in a data directory.",
                "Idempotent: documents already stored (same cleaned title and text) are skipped, so a rerun after a crash "
                        + "or kill completes what is left. Inputs are files, folders (recursively) or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was stored (or already was)", "1:some inputs failed (named on stderr); the rest were stored",
                "2:usage error", "3:the command failed"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - (stdin).")
    List<String> inputs;

    @Mixin
    StoreOptions store;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for documents that do not state one; relative dates resolve against it.")
    String published;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200", description = "Documents per database transaction (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: when there is a console).")
    Boolean progress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline;
        try {
            pipeline = Pipelines.standard().defaultPublished(published).build();
        } catch (IllegalArgumentException e) {
            err.println("marsad ingest: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (batch < 1 || (threads != null && threads < 1)) {
            err.println("marsad ingest: --batch and --threads must be at least 1");
            return Main.EXIT_USAGE;
        }
        boolean showBar = progress != null ? progress : Terminal.isInteractive();
        InputReader reader = new FormatReader(null, note -> {
            synchronized (err) {
                err.println("marsad: " + note);
            }
        });
        try (Store s = store.open()) {
            int before = s.size();
            ProgressBar bar = showBar ? bar(countDocuments(reader)) : null;
            long started = System.nanoTime();
            Ingester.Listener listener = new Ingester.Listener() {
                @Override
                public void processed() {
                    if (bar != null) bar.step();
                }

                @Override
                public void failed(String where, String reason) {
                    synchronized (err) {
                        err.println("marsad: " + where + ": " + reason);
                        err.flush();
                    }
                }
            };
            Ingester.Result r;
            try {
                r = new Ingester(pipeline, s, threads != null ? threads : Runtime.getRuntime().availableProcessors(), batch)
                        .run(reader, inputs, System.in, listener);
            } finally {
                if (bar != null) bar.close();
            }
            double secs = (System.nanoTime() - started) / 1e9;
            err.printf("marsad ingest: read %d, stored %d, already stored %d, failed %d; near-duplicates %d, joined existing stories %d;"
                            + " %.1f s (%.1f documents/s); the store holds %d documents (%d before)%n",
                    r.read(), r.stored(), r.skipped(), r.failed(), r.nearDuplicates(), r.joinedStories(), secs,
                    r.read() / Math.max(secs, 1e-9), s.size(), before);
            err.flush();
            return r.failed() == 0 ? Main.EXIT_OK : Main.EXIT_PARTIAL;
        }
    }

    /** Counts the documents first, so that the bar can show an ETA (only done for an interactive run). */
    private long countDocuments(InputReader reader) {
        if (inputs.contains("-")) return -1;
        long[] n = {0};
        reader.read(inputs, System.in, new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                n[0]++;
            }

            @Override
            public void fail(String where, String reason) {
                n[0]++;
            }
        });
        return n[0];
    }

    private static ProgressBar bar(long total) {
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total).showSpeed().setUnit(" docs", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}
