package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;

/**
 * Schema 2: the {@code mentions} table becomes a {@code mention_list} column of {@code doc_entities} (see
 * {@link MentionLists}). A Java migration because the lists of stores made under schema 1 are rebuilt from
 * each document's analysis JSON, which plain SQL cannot do the same way on H2 and PostgreSQL.
 */
final class FoldMentionsMigration implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "fold mentions into doc_entities";
    }

    @Override
    public Integer getChecksum() {
        return 2;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(org.flywaydb.core.api.migration.Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE doc_entities ADD COLUMN mention_list VARCHAR(" + (MentionLists.MAX_CHARS + 1000) + ")");
        }
        try (PreparedStatement docs = c.prepareStatement("SELECT analysis FROM documents");
             PreparedStatement update = c.prepareStatement("UPDATE doc_entities SET mention_list = ? WHERE doc_id = ? AND local_id = ?")) {
            docs.setFetchSize(200); // PostgreSQL streams with a cursor instead of loading every analysis
            try (ResultSet rs = docs.executeQuery()) {
                fill(rs, update);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE mentions");
        }
    }

    /** Sets the mention list of every doc_entities row from its document's analysis. */
    private static void fill(ResultSet rs, PreparedStatement update) throws Exception {
        int pending = 0;
        while (rs.next()) {
            Analysis a = Store.parse(rs.getString(1));
            MentionLists.Offsets offsets = new MentionLists.Offsets(a);
            for (Entity e : a.entities()) {
                update.setString(1, MentionLists.encode(e, offsets));
                update.setString(2, a.id());
                update.setString(3, Store.truncate(e.id(), 80));
                update.addBatch();
                if (++pending % 1000 == 0) update.executeBatch();
            }
        }
        update.executeBatch();
    }
}
