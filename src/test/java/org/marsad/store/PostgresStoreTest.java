package org.marsad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL server: runs when MARSAD_TEST_PG_URL names one (.ci/run starts
 * one); each test gets its own schema, dropped afterwards.
 */
class PostgresStoreTest extends StoreContract {
    private static final String URL = System.getenv("MARSAD_TEST_PG_URL");
    private final List<String> schemas = new ArrayList<>();
    private String schema;

    @BeforeEach
    void requireServer() throws Exception {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "MARSAD_TEST_PG_URL not set: skipping the PostgreSQL store tests (.ci/run starts a server and sets it)");
        schema = "marsad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
    }

    @AfterEach
    void dropSchemas() throws Exception {
        if (URL == null || URL.isBlank()) return;
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            for (String name : schemas) s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    @Override
    Store open(Path data) throws Exception {
        return Store.open(data, URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }
}
