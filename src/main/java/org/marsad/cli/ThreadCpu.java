package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this process's threads by group (analysis, store writer, garbage collector, JIT compiler,
 * Lucene merges, ...), read from Linux's {@code /proc/self/task}, JVM-internal threads included (which
 * neither JFR's samples nor ThreadMXBean see). Threads that end between two {@link #sample()} calls lose
 * the time since the last one, so a caller samples every second or so. Empty on other systems.
 */
final class ThreadCpu {
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Clock ticks per second of /proc's utime and stime: USER_HZ, 100 on every Linux build that matters. */
    private static final double TICK_MS = 10;
    private final Map<String, Long> last = new HashMap<>(); // thread id → ticks seen last
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Long> start = new HashMap<>();

    /** Starts counting from now: time already spent is not reported. */
    ThreadCpu() {
        restart();
    }

    /** Counts from now on. */
    synchronized void restart() {
        sample();
        start.clear();
        start.putAll(last);
    }

    synchronized void sample() {
        try (var tasks = Files.list(TASKS)) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    String id = t.getFileName().toString();
                    last.put(id, ticks);
                    names.put(id, name);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            // not Linux: nothing to report
        }
    }

    /** CPU milliseconds since the last {@link #restart} by thread group (Linux names, at most 15 chars), largest first. */
    synchronized Map<String, Double> byGroup() {
        Map<String, Double> out = new TreeMap<>();
        last.forEach((id, ticks) -> out.merge(group(names.get(id)), (ticks - start.getOrDefault(id, 0L)) * TICK_MS, Double::sum));
        Map<String, Double> sorted = new LinkedHashMap<>();
        out.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .filter(e -> e.getValue() > 0).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String group(String thread) {
        if (thread.startsWith("marsad-analysis")) return "analysis";
        if (thread.startsWith("marsad-store")) return "store writer";
        if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) return "JIT";
        if (thread.startsWith("GC ") || thread.startsWith("G1 ") || thread.startsWith("VM Thread")) return "GC/VM";
        if (thread.startsWith("Lucene Merge")) return "Lucene merges";
        if (thread.startsWith("MVStore") || thread.startsWith("H2-")) return "H2 background (page writes)";
        if (thread.equals("java") || thread.equals("main")) return "main (reading input)";
        return "other";
    }
}
