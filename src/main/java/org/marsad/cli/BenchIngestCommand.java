package org.marsad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.pipeline.Pipelines;
import org.marsad.store.Ingester;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"End-to-end ingest throughput: analyse and store the ANT multi-source corpus (../shared/data/ant-news-multisource)",
                "into a fresh store, and report articles per second and peak heap memory."})
final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--limit", paramLabel = "N", description = "Articles to ingest, spread evenly over the six files (default: all 31,525).")
    Integer limit;

    @Option(names = "--data", paramLabel = "DIR", description = "Store to create (must not hold documents; default: a temporary folder, kept for 'bench search').")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database URL instead of the embedded H2 one.")
    String db;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500", description = "Documents per transaction (default ${DEFAULT-VALUE}).")
    int batch;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path corpus = SharedData.data("ant-news-multisource");
        List<Path> files;
        try (var s = Files.list(corpus)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl.gz")).sorted().toList();
        }
        int perFile = limit == null ? Integer.MAX_VALUE : (limit + files.size() - 1) / files.size();
        Path dir = data != null ? data : Files.createTempDirectory("marsad-bench-");
        StoreOptions.quietLibraries();
        int cpus = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        AtomicLong peak = new AtomicLong();
        ThreadCpu threadCpu = new ThreadCpu(); // restarted below, once the store is open
        Thread sampler = new Thread(() -> {
            for (int tick = 1; !Thread.currentThread().isInterrupted(); tick++) {
                peak.accumulateAndGet(heapUsed(), Math::max);
                if (tick % 20 == 0) threadCpu.sample();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "marsad-memory-sampler");
        sampler.setDaemon(true);
        try (Store store = Store.open(dir, db)) {
            if (store.size() > 0) {
                err.println("marsad bench ingest: " + dir + " already holds documents; give an empty --data folder");
                return Main.EXIT_USAGE;
            }
            System.gc();
            sampler.start();
            threadCpu.restart();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            Ingester.Result r = new Ingester(Pipelines.standard().build(), store, cpus, batch).run(new AntNewsReader(perFile),
                    files.stream().map(Path::toString).toList(), System.in, new Ingester.Listener() {
                        @Override
                        public void processed() {
                        }

                        @Override
                        public void failed(String where, String reason) {
                            // counted in the result; empty articles are expected (2 in the corpus)
                        }
                    });
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpuSecs = (processCpuNanos() - cpu0) / 1e9;
            sampler.interrupt();
            threadCpu.sample();
            var counts = store.counts();
            out.printf("bench ingest: %d articles read, %d stored, %d failed, in %.1f s with %d analysis threads: %.0f articles/s%n",
                    r.read(), r.stored(), r.failed(), secs, cpus, r.read() / secs);
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            int cores = Runtime.getRuntime().availableProcessors();
            out.printf("  process CPU %.1f s = %.2f ms per article (%d cores → at most %.0f articles/s if they were free); load average %.1f at the end%n",
                    cpuSecs, cpuSecs * 1000 / Math.max(1, r.read()), cores, r.read() * cores / Math.max(cpuSecs, 1e-9), load);
            out.printf("  peak heap used %d MB (max heap %d MB); %d near-duplicates, %d documents joined an existing story; %d stories%n",
                    peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20, r.nearDuplicates(), r.joinedStories(), counts.get("stories"));
            StringBuilder groups = new StringBuilder();
            threadCpu.byGroup().forEach((g, ms) -> {
                double perArticle = ms / Math.max(1, r.read());
                if (perArticle >= 0.005) groups.append(groups.isEmpty() ? "" : ", ").append(String.format("%s %.2f", g, perArticle));
            });
            if (!groups.isEmpty()) out.printf("  CPU ms per article by thread: %s%n", groups);
            out.printf("  store: %s (search it with: marsad bench search --data %s)%n", dir, dir);
            out.flush();
        }
        return Main.EXIT_OK;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return 0;
    }

    private static long heapUsed() {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) used += pool.getUsage().getUsed();
        }
        return used;
    }

}
