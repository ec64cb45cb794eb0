package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.netpreserve.jwarc.WarcCompression;

/** Lets tests in other packages write the WARC fixture. */
public final class WarcFixturesAccess {
    private WarcFixturesAccess() {
    }

    public static void write(Path file) throws IOException {
        WarcFixtures.write(file, WarcCompression.NONE);
    }
}
