package org.marsad.export;

import java.io.IOException;
import org.marsad.model.Analysis;

/** Writes analyses in one output format. Not thread-safe: one writer per output stream. */
public interface AnalysisWriter extends AutoCloseable {
    void write(Analysis analysis) throws IOException;

    @Override
    void close() throws IOException;
}
