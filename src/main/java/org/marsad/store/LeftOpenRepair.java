package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs an embedded H2 database that a writing process left open (killed, crashed, out of power) before the store
 * opens it again.
 *
 * <p>Why: H2 2.5 can keep, after such an end, a row that the dead process's unfinished transaction changed marked as
 * locked by a transaction it no longer knows, and the next UPDATE of that row then spins for ever, LOCK_TIMEOUT or not
 * (seen in session 22: an ingest killed with {@code kill -9} in {@code IngestKillTest}, then the rerun's first update
 * of a story's count never returned; the same file, opened alone, hung on {@code UPDATE stories … WHERE id = ?}). Reads
 * see the last committed values, so the database is rebuilt from its own dump ({@code SCRIPT}, then {@code RUNSCRIPT}
 * into a fresh file), which holds committed data only; the rebuilt file took the same update at once.
 *
 * <p>When: a marker file beside the database says a writer had it open; {@link Store} writes it before its first write
 * and removes it when it closes, so a reader (the server) never causes a rebuild. Written by hand: H2 offers the dump and
 * the reload, not the decision when to use them.
 */
final class LeftOpenRepair {
    private static final Logger LOG = LoggerFactory.getLogger(LeftOpenRepair.class);
    private static final String MARKER = "marsad.writing";
    private final Path dir;
    private final String url;

    /** For the H2 database {@code url} whose files ({@code marsad.mv.db}) lie in {@code dir}. */
    LeftOpenRepair(Path dir, String url) {
        this.dir = dir;
        this.url = url;
    }

    /** Whether the last writer did not close the database. */
    boolean leftOpen() {
        return Files.exists(dir.resolve(MARKER));
    }

    /** Notes that a writer has the database open (before its first write). */
    void writing() throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "a Marsad store wrote here and has not closed; the next open rebuilds the database\n");
    }

    /** Notes that the writer closed the database. */
    void closed() throws IOException {
        Files.deleteIfExists(dir.resolve(MARKER));
    }

    /**
     * Rebuilds the database from its dump when the last writer left it open; the original file is put back when the
     * reload fails. Opening a database another process holds fails here, as it would anyway.
     */
    void repairIfLeftOpen() throws SQLException, IOException {
        if (!leftOpen()) return;
        Path file = dir.resolve("marsad.mv.db"), old = dir.resolve("marsad.mv.db.left-open");
        if (Files.exists(old)) {
            // a rebuild that did not finish (killed in turn): its original is the database, the new file a part
            Files.deleteIfExists(file);
            Files.move(old, file);
        }
        if (!Files.exists(file)) {
            closed();
            return;
        }
        long start = System.nanoTime();
        Path dump = dir.resolve("marsad-repair.sql.gz");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("SCRIPT TO " + literal(dump) + " COMPRESSION GZIP");
        }
        Files.move(file, old, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM " + literal(dump) + " COMPRESSION GZIP");
        } catch (SQLException e) {
            Files.deleteIfExists(file);
            Files.move(old, file);
            throw e;
        }
        Files.delete(old);
        Files.delete(dump);
        closed();
        LOG.warn("the database in {} was left open by a writer that did not close it (killed?): rebuilt from its committed rows in {} ms",
                dir, (System.nanoTime() - start) / 1_000_000);
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
