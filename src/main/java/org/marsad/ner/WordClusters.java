package org.marsad.ner;

/**
 * Word clusters: normalized word (hash) to a 10-bit hierarchical code, 16 top clusters of 8 of 8
 * ({@code code >> 6}, {@code code >> 3}, {@code code}). Learned by {@link ClusterLearner}.
 */
final class WordClusters {
    static final int UNKNOWN = -1;
    final LongIntMap codes;

    WordClusters(LongIntMap codes) {
        this.codes = codes;
    }

    static WordClusters empty() {
        return new WordClusters(new LongIntMap(16));
    }

    /** The code of a word, else of its clitic-stripped stem, else {@link #UNKNOWN}. */
    int code(long wordHash, long stemHash) {
        int c = codes.get(wordHash, Integer.MIN_VALUE);
        if (c != Integer.MIN_VALUE) return c;
        return codes.get(stemHash, UNKNOWN);
    }
}
