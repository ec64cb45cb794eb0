package org.marsad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.search.SearchRequest;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search latency over a store (e.g. the one 'bench ingest' built): a fixed set of Arabic queries, each run",
                "with highlighting and facets as the API does, reporting median and 95th percentile."})
final class BenchSearchCommand implements Callable<Integer> {
    /** Fixed queries: names with and without clitics, aliases, phrases, common words, and filters. */
    static final List<String> QUERIES = List.of("سوريا", "الدولة الإسلامية", "داعش", "بالموصل", "الموصل", "غارة جوية", "ترامب",
            "الحوثيين", "اليمن", "غزة", "كرة القدم", "النفط", "\"الأمم المتحدة\"", "إيران", "القدس", "انفجار", "مظاهرات",
            "الاتحاد الأوروبي", "بغداد", "روسيا", "السعودية", "الانتخابات", "وزير الخارجية", "اللاجئين", "هجوم انتحاري");

    @picocli.CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "Timed rounds over all queries (default ${DEFAULT-VALUE}).")
    int rounds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = this.store.open()) {
            List<SearchRequest> requests = new ArrayList<>();
            for (String q : QUERIES) requests.add(new SearchRequest(q, null, null, null, null, null, 0, 10, Set.of()));
            requests.add(new SearchRequest("سوريا", java.time.LocalDate.of(2018, 3, 1), java.time.LocalDate.of(2018, 3, 31), null, null, null, 0, 10, Set.of()));
            requests.add(new SearchRequest(null, null, null, null, null, null, 0, 10, Set.of()));
            long totalHits = 0;
            for (int w = 0; w < 3; w++) for (SearchRequest r : requests) totalHits += store.search(r).total(); // warm-up
            // wall time is what a client sees; CPU time of the searching thread shows the cost when the
            // machine is shared (wall time then includes waiting for a core)
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] nanos = new long[rounds * requests.size()];
            long[] cpu = new long[nanos.length];
            int i = 0;
            for (int round = 0; round < rounds; round++) {
                for (SearchRequest r : requests) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    store.search(r);
                    nanos[i] = System.nanoTime() - t0;
                    cpu[i++] = threads.getCurrentThreadCpuTime() - c0;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            out.printf("bench search: %d documents, %d queries × %d rounds (highlighting, facets, alias expansion):%n",
                    store.size(), requests.size(), rounds);
            out.printf("  wall median %.2f ms, p95 %.2f ms, max %.2f ms; CPU median %.2f ms, p95 %.2f ms (load average %.1f on %d cores)%n",
                    nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[nanos.length - 1] / 1e6,
                    cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.95)] / 1e6, load, Runtime.getRuntime().availableProcessors());
            out.printf("  (matches per warm-up round: %d)%n", totalHits / 3);
            out.flush();
        }
        return Main.EXIT_OK;
    }
}
