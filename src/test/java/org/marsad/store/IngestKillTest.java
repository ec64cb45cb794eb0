package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.Main;

/**
 * Kills an ingest in a separate JVM mid-run (SIGKILL, no shutdown hooks), then shows that a rerun
 * completes with every document stored and indexed exactly once.
 */
class IngestKillTest {
    private static final int DOCUMENTS = 2000;

    @TempDir
    Path dir;

    /** Distinct articles built from the fixtures' sentences in a seeded random order. */
    private Path corpus() throws Exception {
        List<String> sentences = new ArrayList<>();
        for (String name : List.of("mosul-arrests.txt", "mosul-arrests-rewrite.txt", "gaza-talks.txt", "football-final.txt")) {
            for (String line : Fixtures.article(name).split("\n")) if (line.length() > 40) sentences.add(line.strip());
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Random random = new Random(7);
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder("تقرير رقم " + i + "\n\n");
            for (int s = 0; s < 3; s++) text.append(sentences.get(random.nextInt(sentences.size()))).append("\n\n");
            text.append("وأفاد المراسل في الساعة ").append(random.nextInt(24)).append(" بأن الرقم المرجعي ").append(i * 7919 % 100_003).append('.');
            Files.writeString(in.resolve(String.format("doc-%05d.txt", i)), text.toString(), StandardCharsets.UTF_8);
        }
        Files.write(in.resolve("zz-empty.txt"), new byte[0]); // a bad input: reported, skipped
        return in;
    }

    private static long commits(Path index) throws Exception {
        if (!Files.isDirectory(index)) return 0;
        try (Stream<Path> files = Files.list(index)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_"))
                    .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX)).max().orElse(0);
        }
    }

    @Test
    void rerunAfterKillStoresEveryDocumentOnce() throws Exception {
        Path in = corpus();
        Path data = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--data", data.toString(), "--batch", "10", "--threads", "1", "--no-progress", in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("first-run.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (p.isAlive() && commits(data.resolve("index")) < 4 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(p.isAlive()).as("the first ingest must still be running when killed; log: " + Files.readString(dir.resolve("first-run.log"))).isTrue();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        int partial;
        try (Store store = Store.open(data, null)) {
            partial = store.size();
            assertThat(store.index().count()).isEqualTo(partial);
        }
        assertThat(partial).as("documents stored before the kill").isBetween(1, DOCUMENTS - 1);

        int exit = Main.run("ingest", "--data", data.toString(), "--no-progress", in.toString());
        assertThat(exit).as("the empty input is reported").isEqualTo(Main.EXIT_PARTIAL);

        try (Store store = Store.open(data, null)) {
            assertThat(store.size()).isEqualTo(DOCUMENTS);
            assertThat(store.index().count()).isEqualTo(DOCUMENTS);
            assertThat(store.index().ids()).hasSize(DOCUMENTS);
        }
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("db").resolve("marsad");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id), COUNT(DISTINCT source_path) FROM documents")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(DOCUMENTS);
            assertThat(rs.getInt(2)).isEqualTo(DOCUMENTS);
            assertThat(rs.getInt(3)).isEqualTo(DOCUMENTS);
        }
    }
}
