package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One name, one reading per document: after tagging, a word left as O is tagged as a name when elsewhere
 * in the document the same word (its {@link Features#coreHash core}) is a one-word name of one type, or
 * the surname closing a person's full name (بشار الأسد ... نظام الأسد). Words of fewer than three letters
 * are left alone.
 */
final class NamePropagation {
    private NamePropagation() {
    }

    /**
     * Rewrites {@code labels} in place; {@code keys} are each token's core hash; the document of a sentence is
     * the sentences within {@code window}.
     */
    static void apply(List<String[]> sentences, List<long[]> keys, List<int[]> labels, int window) {
        int n = sentences.size();
        List<long[]> names = new ArrayList<>(n); // per sentence: (core << 3 | type) of propagatable names
        for (int s = 0; s < n; s++) {
            long[] k = keys.get(s);
            List<Long> found = new ArrayList<>();
            int[] l = labels.get(s);
            for (int i = 0; i < l.length; i++) {
                if (!Labels.isBegin(l[i])) continue;
                int t = Labels.type(l[i]);
                int j = i + 1;
                while (j < l.length && Labels.isInside(l[j]) && Labels.type(l[j]) == t) j++;
                if (j - i == 1 || Labels.TYPES.get(t).equals("PERS")) found.add(k[j - 1] << 3 | t);
            }
            names.add(found.stream().mapToLong(Long::longValue).toArray());
        }
        Counts counts = new Counts(names);
        int lo = 0, hi = -1;
        for (int s = 0; s < n; s++) {
            int wantLo = window == DocumentContext.WHOLE_DOCUMENT ? 0 : Math.max(0, s - window);
            int wantHi = window == DocumentContext.WHOLE_DOCUMENT ? n - 1 : Math.min(n - 1, s + window);
            while (hi < wantHi) counts.add(names.get(++hi), 1);
            while (lo < wantLo) counts.add(names.get(lo++), -1);
            int[] l = labels.get(s);
            long[] k = keys.get(s);
            String[] toks = sentences.get(s);
            for (int i = 0; i < l.length; i++) {
                if (l[i] != Labels.O || toks[i].length() < 3 || !Character.isLetter(toks[i].charAt(0))) continue;
                if (i + 1 < l.length && Labels.isInside(l[i + 1])) continue;
                int c = counts.of(k[i] << 3 >> 3);
                if (c < 0) continue;
                int type = -1;
                for (int t = 0; t < TYPES; t++) {
                    if (counts.counts[c + t] > 0) type = type == -1 ? t : -2;
                }
                if (type >= 0) l[i] = 1 + 2 * type;
            }
        }
    }

    private static final int TYPES = Labels.TYPES.size();

    /**
     * Per name (a core hash): how many times each type names it in the window, in one flat array behind a primitive
     * map (a {@code HashMap<Long, int[]>} boxed a key for every O token looked up: 3 % of the JFR samples of an article's analysis).
     * A name stays once added, its counts at 0 when it leaves the window, as before.
     */
    private static final class Counts {
        private final LongIntMap index; // core hash → offset of its counts
        private final int[] counts; // room for every name of the document, each its own: it never grows
        private int used;
        private int zeroAt = -1; // the offset of core hash 0, which LongIntMap cannot hold

        Counts(List<long[]> names) {
            int n = 0;
            for (long[] x : names) n += x.length;
            index = new LongIntMap(Math.max(1, n));
            counts = new int[Math.max(1, n) * TYPES];
        }

        /** The offset of the name's counts, or -1 when it was never in a window. */
        int of(long core) {
            return core == 0 ? zeroAt : index.get(core, -1);
        }

        void add(long[] names, int delta) {
            for (long x : names) {
                long core = x >> 3;
                int at = of(core);
                if (at < 0) {
                    at = used;
                    used += TYPES;
                    if (core == 0) zeroAt = at;
                    else index.put(core, at);
                }
                counts[at + (int) (x & 7)] += delta;
            }
        }
    }
}
