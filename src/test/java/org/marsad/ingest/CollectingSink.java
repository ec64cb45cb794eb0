package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.RawDocument;

/** Test sink: keeps documents and failure lines. */
final class CollectingSink implements DocumentSink {
    final List<RawDocument> documents = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    @Override
    public void accept(RawDocument document) {
        documents.add(document);
    }

    @Override
    public void fail(String where, String reason) {
        failures.add(where + ": " + reason);
    }
}
