package org.marsad.ner;

/**
 * Per distinct word form, what tagging takes from the form alone, with its weights already found: the
 * {@link Features.Word} (hashes, codes, keys), the sum of its first slots' weight rows in each pass (bias, word,
 * stem, affix, own shape: added in slot order from 0, exactly as per token, so the output does not change by a
 * bit) and the packed rows ({@link FeatureRows#get}) of its own cluster, embedding and n-gram keys. Words repeat
 * heavily in news (Zipf), so most tokens skip normalization, hashing and about half of their row look-ups.
 *
 * <p>A fixed-size cache shared by all threads: buckets of {@value #WAYS} slots indexed by the form's hash,
 * entries checked with {@code equals}; a miss computes the entry and fills a free slot of the bucket, else
 * overwrites one. Entries are immutable (final fields only), so the unsynchronized reads and writes of the
 * slots are safe: a thread sees either a complete entry or another one, never a torn one. Hand-written: a
 * bounded map without locks or per-access bookkeeping is what this hot path needs, and no dependency of the
 * project offers one.
 */
final class WordTable {
    /**
     * 131,072 slots: in a third of the ANT corpus (136k distinct forms) the 131k most frequent forms are 99.8 % of
     * the tokens, the 32k most frequent 93.7 %,
     * so a corpus ingest rebuilds few entries; under a kilobyte each (about 100 MB when full), filled as forms come.
     */
    static final int SIZE = 1 << 17, WAYS = 4;

    /** One form's values; see the class comment. */
    static final class Entry {
        final String token;
        final Features.Word word;
        final float[] firstSum, secondSum; // secondSum null without a second pass
        final long[] clusterRows, embedRows, ngramRows;

        private Entry(Features.Word word, float[] firstSum, float[] secondSum, long[] clusterRows, long[] embedRows,
                      long[] ngramRows) {
            this.token = word.token;
            this.word = word;
            this.firstSum = firstSum;
            this.secondSum = secondSum;
            this.clusterRows = clusterRows;
            this.embedRows = embedRows;
            this.ngramRows = ngramRows;
        }
    }

    private final Entry[] slots = new Entry[SIZE];
    private final int[] marks = new int[SIZE]; // hash bits of each slot's form, 0 = free: compared before the entry is read
    private final Features features;
    private final FeatureRows rows;
    private final LinearTagger first, second;

    WordTable(Features features, FeatureRows rows, LinearTagger first, LinearTagger second) {
        this.features = features;
        this.rows = rows;
        this.first = first;
        this.second = second;
    }

    Entry get(String token) {
        int h = token.hashCode();
        h ^= h >>> 15;
        int mark = h | 1; // 0 marks a free slot
        int b = (h & (SIZE - 1)) & -WAYS;
        Entry[] t = slots;
        int[] m = marks;
        for (int i = b; i < b + WAYS; i++) {
            int x = m[i];
            if (x == mark) {
                Entry e = t[i];
                if (e != null && e.token.equals(token)) return e;
            } else if (x == 0) {
                return put(i, mark, token);
            }
        }
        // a full bucket: the victim is picked by other bits of the hash, so that two forms rarely evict each other
        return put(b + ((h >>> 20) & (WAYS - 1)), mark, token);
    }

    /**
     * Builds and stores an entry. A reader seeing the new mark with an older entry (or none) only misses: the
     * {@code equals} check decides, the marks just spare it most entries that cannot match.
     */
    private Entry put(int i, int mark, String token) {
        Entry e = build(token);
        slots[i] = e;
        marks[i] = mark;
        return e;
    }

    private Entry build(String token) {
        Features.Word w = features.word(token);
        long[] local = packed(w.local);
        int[] r1 = new int[local.length], r2 = new int[local.length];
        for (int k = 0; k < local.length; k++) {
            r1[k] = (int) local[k];
            r2[k] = (int) (local[k] >>> 32);
        }
        return new Entry(w, first.sum(r1), second == null ? null : second.sum(r2), packed(w.clusterOwn),
                packed(w.embedOwn), packed(w.ngrams));
    }

    private long[] packed(long[] keys) {
        long[] out = new long[keys.length];
        for (int k = 0; k < keys.length; k++) out[k] = rows.get(keys[k]);
        return out;
    }
}
