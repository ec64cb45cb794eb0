package org.marsad.ingest;

import org.marsad.model.RawDocument;

/** Receives what an input reader finds: documents, and inputs (or records) that could not be read. */
public interface DocumentSink {
    void accept(RawDocument document);

    /** @param where the file (and record offset or item) that failed; @param reason one line */
    void fail(String where, String reason);
}
