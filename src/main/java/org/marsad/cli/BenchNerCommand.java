package org.marsad.cli;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ner.ConllCorpus;
import org.marsad.ner.NerModel;
import org.marsad.ner.NerTraining;
import org.marsad.ner.ShippedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "NER tagging throughput on one thread (both passes, the whole ANERcorp test split as one stream of documents) after warm-up, median of rounds; model load time (median of loads).")
final class BenchNerCommand implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "7", description = "Measured rounds after warm-up (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up rounds (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--loads", defaultValue = "3", description = "Model loads to time (default ${DEFAULT-VALUE}).")
    int loads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        long[] loadNs = new long[loads];
        NerModel model = null;
        for (int i = 0; i < loads; i++) {
            long t0 = System.nanoTime();
            try (InputStream in = ShippedModel.class.getResourceAsStream(ShippedModel.RESOURCE)) {
                if (in == null) throw new IllegalStateException("no shipped NER model on the classpath");
                model = NerModel.read(in, ShippedModel.RESOURCE);
            }
            loadNs[i] = System.nanoTime() - t0;
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        List<String[]> sentences = new ArrayList<>();
        for (ConllCorpus.Sentence s : ConllCorpus.read(SharedData.data(NerTraining.TEST_FILE))) {
            sentences.add(s.tokens().toArray(String[]::new));
        }
        long tokens = sentences.stream().mapToLong(s -> s.length).sum();
        long[] ns = new long[rounds], cpu = new long[rounds];
        long check = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = -warmup; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<String[]> tags = model.tag(sentences, NerTraining.CORPUS_WINDOW);
            long t = System.nanoTime() - t0;
            long c = threads.getCurrentThreadCpuTime() - c0;
            for (String[] tg : tags) check += tg.length;
            if (r >= 0) {
                ns[r] = t;
                cpu[r] = c;
            }
        }
        double ms = BenchCleanCommand.median(ns) / 1e6, cpuMs = BenchCleanCommand.median(cpu) / 1e6;
        out.printf("model load: median %.0f ms over %d loads (first %.0f ms); %,d features; heap after load ~%d MB%n",
                BenchCleanCommand.median(loadNs) / 1e6, loads, loadNs[0] / 1e6, model.featureCount(), used >> 20);
        out.printf("tagging (one thread, two passes): %,d tokens in median %.1f ms wall = %,.0f tokens/s; "
                + "median %.1f ms thread CPU = %,.0f tokens per CPU-second (goal >= 100,000)%n",
                tokens, ms, tokens / ms * 1000, cpuMs, tokens / cpuMs * 1000);
        out.printf("rounds %d after %d warm-up; load average %.1f on %d cores (wall time suffers when the machine is busy); checksum %d%n",
                rounds, warmup, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), check);
        return Main.EXIT_OK;
    }
}
