package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftOpenRepairTest {
    @TempDir
    Path data;

    private LeftOpenRepair repair() {
        Path db = data.toAbsolutePath().resolve("db");
        return new LeftOpenRepair(db, "jdbc:h2:file:" + db.resolve("marsad"));
    }

    private List<String> dbFiles() throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("db"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriterMarksTheDatabaseUntilItClosesAndAReaderNever() throws Exception {
        try (Store store = Store.open(data, null)) {
            assertThat(repair().leftOpen()).as("opened, nothing written").isFalse();
            store.add(Fixtures.eventReports());
            assertThat(repair().leftOpen()).as("written, not closed").isTrue();
        }
        assertThat(repair().leftOpen()).as("closed").isFalse();
        try (Store store = Store.open(data, null)) {
            assertThat(store.size()).isEqualTo(3);
        }
        assertThat(repair().leftOpen()).isFalse();
    }

    @Test
    void aDatabaseLeftOpenIsRebuiltWithItsCommittedRowsAndTakesUpdatesAgain() throws Exception {
        try (Store store = Store.open(data, null)) {
            store.add(Fixtures.eventReports());
        }
        repair().writing(); // as a writer killed before it closed leaves it
        try (Store store = Store.open(data, null)) {
            assertThat(store.size()).isEqualTo(3);
            assertThat(store.index().count()).isEqualTo(3);
            assertThat(store.add(Fixtures.eventReports()).skipped()).isEqualTo(3);
        }
        assertThat(repair().leftOpen()).isFalse();
        assertThat(dbFiles()).containsExactly("marsad.mv.db"); // neither the dump nor the old file stays
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("db").resolve("marsad");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE stories SET doc_count = doc_count + 1")).isPositive();
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the migrations' record came through the dump").isPositive();
            }
        }
    }

    @Test
    void aRebuildThatDidNotFinishStartsAgainFromTheOriginal() throws Exception {
        try (Store store = Store.open(data, null)) {
            store.add(Fixtures.eventReports());
        }
        Path db = data.resolve("db");
        repair().writing();
        // killed while reloading: the original moved aside, a part of the new file in its place
        Files.move(db.resolve("marsad.mv.db"), db.resolve("marsad.mv.db.left-open"));
        Files.write(db.resolve("marsad.mv.db"), new byte[] {1, 2, 3});
        try (Store store = Store.open(data, null)) {
            assertThat(store.size()).isEqualTo(3);
        }
        assertThat(dbFiles()).containsExactly("marsad.mv.db");
    }
}
