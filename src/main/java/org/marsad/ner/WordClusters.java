package org.marsad.ner;

/**
 * Word clusters, two kinds, each from normalized word (hash) to a hierarchical code. {@link #codes}: PPMI
 * clusters ({@link ClusterLearner}), a 10-bit code, 16 top clusters of 8 of 8 ({@code code >> 6},
 * {@code code >> 3}, {@code code}). {@link #embeddings}: clusters of skip-gram embeddings
 * ({@link EmbeddingLearner}), a 12-bit code, 64 top clusters of 4 of 4 of 4 ({@code code >> 6},
 * {@code >> 4}, {@code >> 2}, {@code code}).
 */
final class WordClusters {
    static final int UNKNOWN = -1;
    final LongIntMap codes;
    final LongIntMap embeddings;

    WordClusters(LongIntMap codes, LongIntMap embeddings) {
        this.codes = codes;
        this.embeddings = embeddings;
    }

    static WordClusters empty() {
        return new WordClusters(new LongIntMap(16), new LongIntMap(16));
    }

    /** The PPMI cluster of a word, else of its clitic-stripped stem, else {@link #UNKNOWN}. */
    int code(long wordHash, long stemHash) {
        return code(codes, wordHash, stemHash);
    }

    /**
     * The embedding cluster of a word, else of its stem, else of its readings without a proclitic
     * ({@link Features#procliticFree}, 0 = none), else {@link #UNKNOWN}.
     */
    int embeddingCode(long wordHash, long stemHash, long[] alternatives) {
        int c = code(embeddings, wordHash, stemHash);
        for (int i = 0; c == UNKNOWN && i < alternatives.length; i++) {
            if (alternatives[i] != 0) c = embeddings.get(alternatives[i], UNKNOWN);
        }
        return c;
    }

    private static int code(LongIntMap map, long wordHash, long stemHash) {
        int c = map.get(wordHash, Integer.MIN_VALUE);
        if (c != Integer.MIN_VALUE) return c;
        return map.get(stemHash, UNKNOWN);
    }
}
