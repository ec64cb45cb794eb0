package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared data folder ({@code ../shared} beside the repository): the MARSAD_SHARED environment
 * variable, else {@code ../shared} from the repository root the launcher passes as {@code marsad.home},
 * else from the working directory.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String env = System.getenv("MARSAD_SHARED");
        if (env != null && !env.isBlank()) return Path.of(env);
        String home = System.getProperty("marsad.home");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        return base.resolve("../shared").normalize();
    }

    /** A path inside the repository (the launcher passes its root as {@code marsad.home}), e.g. eval/. */
    public static Path repo(String relative) {
        String home = System.getProperty("marsad.home");
        return (home != null ? Path.of(home) : Path.of("")).resolve(relative);
    }

    /** A path under {@code shared/data}, or a clear error when it is absent. */
    public static Path data(String relative) {
        Path p = root().resolve("data").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data not found: " + p + " (set MARSAD_SHARED to the shared folder)");
        }
        return p;
    }
}
