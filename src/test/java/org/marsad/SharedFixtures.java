package org.marsad;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared for tests; tests that need it skip with a clear message when it is absent. */
public final class SharedFixtures {
    private SharedFixtures() {
    }

    public static Path shared(String relative) {
        String env = System.getenv("MARSAD_SHARED");
        Path root = env != null && !env.isBlank() ? Path.of(env) : Path.of("../shared");
        Path p = root.resolve(relative);
        assumeTrue(Files.exists(p), "../shared absent (" + p.toAbsolutePath().normalize() + "): skipping this test");
        return p;
    }
}
