package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.export.AnalysisJson;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.Mention;

/** A store written under schema 1 (one mentions row per mention) reads the same after migrating to schema 2. */
class FoldMentionsMigrationTest {
    @Test
    void schemaOneStoreMigratesToTheSameEntityView(@TempDir Path dir) throws Exception {
        List<Analysis> reports = Fixtures.eventReports();
        Path fresh = dir.resolve("fresh");
        JsonNode expected;
        try (Store store = Store.open(fresh, null)) {
            store.add(reports);
            expected = store.entity(Fixtures.ISIS_KB, 100).orElseThrow();
        }
        assertThat(expected.get("mentions")).hasSize(2);

        Path old = dir.resolve("old");
        String url = "jdbc:h2:file:" + old.toAbsolutePath().resolve("db").resolve("marsad");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            writeSchemaOne(c, reports);
        }
        try (Store store = Store.open(old, null)) {
            JsonNode migrated = store.entity(Fixtures.ISIS_KB, 100).orElseThrow();
            assertThat(migrated.get("mentions")).isEqualTo(expected.get("mentions"));
            assertThat(migrated.get("documents")).isEqualTo(expected.get("documents"));
            assertThat(store.size()).isEqualTo(reports.size());
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'MENTIONS'"))
                    .satisfies(rs -> {
                        rs.next();
                        assertThat(rs.getInt(1)).isZero();
                    });
        }
    }

    /** The rows schema 1's writer made (only what the entity view reads). */
    private static void writeSchemaOne(Connection c, List<Analysis> reports) throws Exception {
        try (PreparedStatement story = c.prepareStatement("INSERT INTO stories (id, title, doc_count) VALUES (?, ?, 1)");
             PreparedStatement doc = c.prepareStatement("INSERT INTO documents (id, title, published, published_day, simhash, minhash, story_id,"
                     + " analysis, ingested_at) VALUES (?, ?, ?, ?, 0, '', ?, ?, CURRENT_TIMESTAMP)");
             PreparedStatement entity = c.prepareStatement("MERGE INTO entities (id, type, name) KEY (id) VALUES (?, ?, ?)");
             PreparedStatement docEntity = c.prepareStatement("INSERT INTO doc_entities (doc_id, local_id, entity_id, mentions) VALUES (?, ?, ?, ?)");
             PreparedStatement mention = c.prepareStatement("INSERT INTO mentions (doc_id, entity_id, seq, text, start_offset, end_offset, field)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Analysis a : reports) {
                story.setString(1, a.id());
                story.setString(2, a.title());
                story.executeUpdate();
                doc.setString(1, a.id());
                doc.setString(2, a.title());
                doc.setString(3, a.published());
                doc.setDate(4, java.sql.Date.valueOf(Store.day(a.published())));
                doc.setString(5, a.id());
                doc.setString(6, AnalysisJson.toJson(a).toString());
                doc.executeUpdate();
                for (Entity e : a.entities()) {
                    String gid = EntityKeys.id(e);
                    entity.setString(1, gid);
                    entity.setString(2, e.type().name());
                    entity.setString(3, e.name());
                    entity.executeUpdate();
                    docEntity.setString(1, a.id());
                    docEntity.setString(2, e.id());
                    docEntity.setString(3, gid);
                    docEntity.setInt(4, e.mentions().size());
                    docEntity.executeUpdate();
                    int seq = 0;
                    for (Mention m : e.mentions()) {
                        mention.setString(1, a.id());
                        mention.setString(2, gid);
                        mention.setInt(3, seq++);
                        mention.setString(4, m.text());
                        mention.setInt(5, m.start());
                        mention.setInt(6, m.end());
                        mention.setString(7, m.in().wireName());
                        mention.executeUpdate();
                    }
                }
            }
        }
    }
}
