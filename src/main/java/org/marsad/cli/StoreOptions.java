package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.marsad.store.Store;
import picocli.CommandLine.Option;

/** The options that name a store: its data directory and, optionally, another database. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "marsad-data",
            description = "Data directory (index, and the embedded database unless --db is given). Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL instead of the embedded H2 one, e.g. jdbc:postgresql://localhost/marsad?user=u&password=p "
                    + "(default: $MARSAD_DB when set).")
    String db;

    Store open() throws IOException {
        quietLibraries();
        String url = db != null ? db : System.getenv("MARSAD_DB");
        return Store.open(data, url);
    }

    /** Held so that the level set on it is not lost (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    /** Migration notices and Lucene's vector-module hint are noise on a command line. */
    static void quietLibraries() {
        if (System.getProperty("org.slf4j.simpleLogger.log.org.flywaydb") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        }
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    }
}
