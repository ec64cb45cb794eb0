package org.marsad.ner;

import java.util.EnumSet;
import java.util.Set;
import org.marsad.text.ArabicClitics;
import org.marsad.text.ArabicNormalizer;

/**
 * Turns a sentence into hashed features, {@link #PER_TOKEN} slots per token (0 = empty slot). Per-token
 * hashes are computed once and combined for the context templates, so extraction allocates little and
 * builds no feature strings.
 */
final class Features {
    static final int PER_TOKEN = 64;
    private static final long BOS = 0x1234_5678_9abcL, EOS = 0x2345_6789_abcdL;

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final boolean word, stem, affix, ngram, shape, context, gaz, cluster, trigger, embed;

    Features(Gazetteer gazetteer, WordClusters clusters, Set<FeatureGroup> groups) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        EnumSet<FeatureGroup> g = groups.isEmpty() ? EnumSet.noneOf(FeatureGroup.class) : EnumSet.copyOf(groups);
        word = g.contains(FeatureGroup.WORD);
        stem = g.contains(FeatureGroup.STEM);
        affix = g.contains(FeatureGroup.AFFIX);
        ngram = g.contains(FeatureGroup.NGRAM);
        shape = g.contains(FeatureGroup.SHAPE);
        context = g.contains(FeatureGroup.CONTEXT);
        gaz = g.contains(FeatureGroup.GAZETTEER);
        cluster = g.contains(FeatureGroup.CLUSTER);
        trigger = g.contains(FeatureGroup.TRIGGER);
        embed = g.contains(FeatureGroup.EMBED);
    }

    /** Features of tokens[0..n), n * PER_TOKEN keys. */
    long[] extract(String[] tokens, int n) {
        return analyze(tokens, n).feats;
    }

    /**
     * Features of tokens[0..n) with, when {@code doc} is given, what the first pass tagged the same word as
     * elsewhere in the document ({@link DocumentContext} bits).
     */
    long[] extract(String[] tokens, int n, int[] doc) {
        Analysis a = analyze(tokens, n);
        return doc == null ? a.feats : withDocument(a, doc);
    }

    /**
     * What one sentence's tagging needs, computed once per token: the first-pass features, where each token's
     * document features go in the second pass, the gazetteer bits and each token's {@link #coreHash core}, and
     * where each token's own cluster and embedding keys start ({@code -1} when the group is off).
     */
    static final class Analysis {
        final int n;
        final long[] feats;
        final int[] docAt;
        final int[] gz;
        final long[] core;
        final int[] clusterAt;
        final int[] embedAt;

        Analysis(int n, long[] feats, int[] docAt, int[] gz, long[] core, int[] clusterAt, int[] embedAt) {
            this.n = n;
            this.feats = feats;
            this.docAt = docAt;
            this.gz = gz;
            this.core = core;
            this.clusterAt = clusterAt;
            this.embedAt = embedAt;
        }
    }

    /**
     * Everything tagging takes from one word form alone (its neighbours and the gazetteer, which matches
     * phrases, are per sentence): hashes, shape, cluster codes, trigger class and the keys of the features
     * that depend on the form only, in slot order. Immutable, so that it can be computed once per distinct
     * form and shared between threads.
     */
    static final class Word {
        final String token;
        final long hn, hs, hc;
        final int sh, cl, ec, tr;
        final long[] alts;
        /** {@link Gazetteer#firstValues} of the word (null when the group is off). */
        final int[] gazFirst;
        /** Keys of the first slots: bias, word, stem, affix and the word's own shape. */
        final long[] local;
        /** Keys of the word's own cluster codes (empty when the group is off). */
        final long[] clusterOwn;
        /** Keys of the word's own embedding-cluster codes (empty when the group is off). */
        final long[] embedOwn;
        /** Keys of the character trigrams (empty when the group is off or the word is short). */
        final long[] ngrams;

        private Word(String token, long hn, long hs, long hc, int sh, int cl, int ec, int tr, long[] alts,
                     int[] gazFirst, long[] local, long[] clusterOwn, long[] embedOwn, long[] ngrams) {
            this.token = token;
            this.hn = hn;
            this.hs = hs;
            this.hc = hc;
            this.sh = sh;
            this.cl = cl;
            this.ec = ec;
            this.tr = tr;
            this.alts = alts;
            this.gazFirst = gazFirst;
            this.local = local;
            this.clusterOwn = clusterOwn;
            this.embedOwn = embedOwn;
            this.ngrams = ngrams;
        }
    }

    private static final long BIAS = Hashing.feature(0, 0);
    private static final long[] NO_KEYS = new long[0];

    /** The form-only part of a token's features. */
    Word word(String token) {
        String w = ArabicNormalizer.normalizeForMatching(token);
        if (w.isEmpty()) w = token;
        long hn = Hashing.of(w);
        int[] b = ArabicClitics.stemBounds(w);
        int s0 = b[0], s1 = w.length() - b[1];
        long hs = Hashing.of(w, s0, s1);
        long hc = Hashing.of(w, coreStart(w, s0, s1), s1);
        int sh = shapeOf(token, w);
        int cl = clusters.code(hn, hs);
        long[] alts = gaz ? procliticFree(w) : NO_ALTS;
        int ec = embed ? clusters.embeddingCode(hn, hs, alts) : 0;
        int tr = trigger ? Triggers.of(hc) : 0;
        long[] f = new long[PER_TOKEN];
        int k = 0;
        f[k++] = BIAS;
        if (word) {
            f[k++] = Hashing.feature(1, Hashing.of(token));
            f[k++] = Hashing.feature(2, hn);
        }
        if (stem) {
            f[k++] = Hashing.feature(3, hs);
            f[k++] = Hashing.feature(4, hc);
            for (int len = 2; len <= 3; len++) {
                if (s1 - s0 > len) {
                    f[k++] = Hashing.feature(5 + len, Hashing.of(w, s0, s0 + len));
                    f[k++] = Hashing.feature(7 + len, Hashing.of(w, s1 - len, s1));
                }
            }
        }
        if (affix) {
            for (int len = 1; len <= 4 && len < w.length(); len++) {
                f[k++] = Hashing.feature(10 + len, Hashing.of(w, 0, len));
                f[k++] = Hashing.feature(14 + len, Hashing.of(w, w.length() - len, w.length()));
            }
        }
        if (shape) f[k++] = Hashing.feature(20, sh);
        long[] local = java.util.Arrays.copyOf(f, k);
        long[] clusterOwn = cluster
                ? new long[] {Hashing.feature(38, cl >> 6), Hashing.feature(39, cl >> 3), Hashing.feature(40, cl)}
                : NO_KEYS;
        long[] embedOwn = embed
                ? new long[] {Hashing.feature(60, ec >> 6), Hashing.feature(61, ec >> 4), Hashing.feature(62, ec >> 2),
                        Hashing.feature(63, ec)}
                : NO_KEYS;
        long[] ngrams = NO_KEYS;
        if (ngram && w.length() >= 3) {
            ngrams = new long[w.length() - 2];
            for (int s = 0; s + 3 <= w.length(); s++) ngrams[s] = Hashing.feature(50, Hashing.of(w, s, s + 3));
        }
        return new Word(token, hn, hs, hc, sh, cl, ec, tr, alts, gaz ? gazetteer.firstValues(hn, alts) : null, local, clusterOwn, embedOwn, ngrams);
    }

    /** First-pass features and the per-token values the second pass and the document steps reuse. */
    Analysis analyze(String[] tokens, int n) {
        Word[] words = new Word[n];
        for (int i = 0; i < n; i++) words[i] = word(tokens[i]);
        return analyze(words, n);
    }

    /** As {@link #analyze(String[], int)} from the tokens' {@link #word words}, computed once per form. */
    Analysis analyze(Word[] words, int n) {
        long[] hn = new long[n], hs = new long[n], hc = new long[n];
        int[] sh = new int[n], cl = new int[n], ec = new int[n], tr = new int[n];
        long[][] alts = new long[n][];
        int[][] gazFirst = new int[n][];
        for (int i = 0; i < n; i++) {
            Word wd = words[i];
            gazFirst[i] = wd.gazFirst;
            hn[i] = wd.hn;
            hs[i] = wd.hs;
            hc[i] = wd.hc;
            sh[i] = wd.sh;
            cl[i] = wd.cl;
            ec[i] = wd.ec;
            tr[i] = wd.tr;
            alts[i] = wd.alts;
        }
        int[] gz = gaz ? gazetteer.match(hn, alts, gazFirst, n) : new int[n];
        long[] f = new long[n * PER_TOKEN];
        int[] docAt = new int[n], clusterAt = new int[n], embedAt = new int[n];
        for (int i = 0; i < n; i++) {
            Word wd = words[i];
            int k = i * PER_TOKEN;
            int end = k + PER_TOKEN;
            System.arraycopy(wd.local, 0, f, k, wd.local.length);
            k += wd.local.length;
            if (shape) {
                f[k++] = Hashing.feature(21, i > 0 ? sh[i - 1] : -1);
                f[k++] = Hashing.feature(22, i + 1 < n ? sh[i + 1] : -1);
            }
            if (context) {
                f[k++] = Hashing.feature(23, at(hn, i - 1));
                f[k++] = Hashing.feature(24, at(hn, i - 2));
                f[k++] = Hashing.feature(25, at(hn, i + 1));
                f[k++] = Hashing.feature(26, at(hn, i + 2));
                f[k++] = Hashing.feature(27, at(hs, i - 1));
                f[k++] = Hashing.feature(28, at(hs, i + 1));
                f[k++] = Hashing.feature(29, at(hn, i - 1), hn[i]);
                f[k++] = Hashing.feature(30, hn[i], at(hn, i + 1));
                f[k++] = Hashing.feature(31, at(hn, i - 1), at(hn, i + 1));
                f[k++] = Hashing.feature(32, at(hn, i - 2), at(hn, i - 1));
                f[k++] = Hashing.feature(33, at(hn, i + 1), at(hn, i + 2));
            }
            if (gaz) {
                f[k++] = Hashing.feature(34, gz[i]);
                f[k++] = Hashing.feature(35, i > 0 ? gz[i - 1] : -1);
                f[k++] = Hashing.feature(36, i + 1 < n ? gz[i + 1] : -1);
                f[k++] = Hashing.feature(37, gz[i], sh[i]);
            }
            if (trigger) {
                int seen = 0;
                for (int d = 1; d <= 3 && i - d >= 0; d++) {
                    int t = tr[i - d];
                    if (t == Triggers.NONE || (seen & (1 << t)) != 0) continue;
                    seen |= 1 << t;
                    f[k++] = Hashing.feature(52, t * 4 + d);
                    f[k++] = Hashing.feature(53, t, sh[i]);
                }
                f[k++] = Hashing.feature(54, tr[i], i + 1 < n ? tr[i + 1] : -1);
            }
            clusterAt[i] = cluster ? k : -1;
            if (cluster) {
                int c = cl[i];
                System.arraycopy(wd.clusterOwn, 0, f, k, 3);
                k += 3;
                f[k++] = Hashing.feature(41, i > 0 ? cl[i - 1] >> 3 : -2);
                f[k++] = Hashing.feature(42, i + 1 < n ? cl[i + 1] >> 3 : -2);
                f[k++] = Hashing.feature(43, i > 0 ? cl[i - 1] : -2);
                f[k++] = Hashing.feature(44, i + 1 < n ? cl[i + 1] : -2);
                f[k++] = Hashing.feature(45, c >> 3, at(hn, i - 1));
            }
            embedAt[i] = embed ? k : -1;
            if (embed) {
                System.arraycopy(wd.embedOwn, 0, f, k, 4);
                k += 4;
                f[k++] = Hashing.feature(64, i > 0 ? ec[i - 1] >> 4 : -2);
                f[k++] = Hashing.feature(65, i + 1 < n ? ec[i + 1] >> 4 : -2);
            }
            docAt[i] = k; // the second pass puts its document features here, before the n-grams
            int grams = Math.max(0, Math.min(wd.ngrams.length, end - k));
            System.arraycopy(wd.ngrams, 0, f, k, grams);
        }
        return new Analysis(n, f, docAt, gz, hc, clusterAt, embedAt);
    }

    /**
     * Second-pass features: the first-pass features with the document features ({@link DocumentContext} bits
     * {@code doc}) in their slots, in the same order as a from-scratch extraction (n-grams that no longer fit
     * are left out as before), so the weights sum in the same order.
     */
    long[] withDocument(Analysis a, int[] doc) {
        return withDocument(a, doc, null, null);
    }

    /**
     * As {@link #withDocument(Analysis, int[])}, also carrying a per-slot value along: {@code aux[k]} of the
     * first-pass slot k goes to {@code auxOut} where that feature lands; document slots get
     * {@link FeatureRows#LOOK_UP}.
     */
    long[] withDocument(Analysis a, int[] doc, int[] aux, int[] auxOut) {
        int n = a.n;
        long[] base = a.feats, f = new long[n * PER_TOKEN];
        int[] gz = a.gz;
        for (int i = 0; i < n; i++) {
            int from = i * PER_TOKEN, end = from + PER_TOKEN, k = a.docAt[i];
            System.arraycopy(base, from, f, from, k - from);
            if (aux != null) System.arraycopy(aux, from, auxOut, from, k - from);
            int src = k;
            int docFrom = k;
            int d = doc[i];
            f[k++] = Hashing.feature(46, d);
            f[k++] = Hashing.feature(47, i > 0 ? doc[i - 1] : -1);
            f[k++] = Hashing.feature(48, i + 1 < n ? doc[i + 1] : -1);
            f[k++] = Hashing.feature(49, d, gz[i]);
            for (int b = 0; b < DocumentContext.BITS && k < end - 4; b++) {
                if ((d & (1 << b)) != 0) f[k++] = Hashing.feature(51, b);
            }
            if (aux != null) java.util.Arrays.fill(auxOut, docFrom, k, FeatureRows.LOOK_UP);
            while (k < end && src < end && base[src] != 0) {
                if (aux != null) auxOut[k] = aux[src];
                f[k++] = base[src++];
            }
        }
        return f;
    }

    /** The key under which a word is compared across a document: normalized, clitic-stripped, without ال. */
    static long coreHash(String token) {
        String w = ArabicNormalizer.normalizeForMatching(token);
        if (w.isEmpty()) w = token;
        int[] b = ArabicClitics.stemBounds(w);
        int s0 = b[0], s1 = w.length() - b[1];
        return Hashing.of(w, coreStart(w, s0, s1), s1);
    }

    /** Start of the core: the stem [s0, s1) without ال. */
    private static int coreStart(String w, int s0, int s1) {
        return s1 - s0 > 3 && w.charAt(s0) == 'ا' && w.charAt(s0 + 1) == 'ل' ? s0 + 2 : s0;
    }

    private static final long[] NO_ALTS = new long[0];

    private static long at(long[] h, int i) {
        return i < 0 ? BOS + i : i >= h.length ? EOS + i - h.length : h[i];
    }

    /** Hashes of the word with a conjunction, preposition or article set aside (0 when not applicable). */
    static long[] procliticFree(String w) {
        long[] out = new long[3];
        int p = 0;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            p = 1;
            out[0] = Hashing.of(w, 1, w.length());
        }
        if (w.length() - p > 3 && "بلك".indexOf(w.charAt(p)) >= 0) {
            if (w.charAt(p) == 'ل' && w.charAt(p + 1) == 'ل') {
                out[1] = Hashing.ofPrefixed('ا', w, p + 1, w.length()); // للعراق -> العراق
            } else {
                out[1] = Hashing.of(w, p + 1, w.length());
            }
        }
        if (w.length() - p > 4 && w.startsWith("ال", p)) out[2] = Hashing.of(w, p + 2, w.length());
        return out;
    }

    /** Script, length bucket, digits, article and conjunction, packed in an int. */
    static int shapeOf(String raw, String w) {
        int arabic = 0, latin = 0, digit = 0, other = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669') digit++;
            else if (c >= '\u0600' && c <= '\u06FF') arabic++;
            else if (c < 0x250 && Character.isLetter(c)) latin++;
            else other++;
        }
        int script = digit > 0 && arabic + latin == 0 ? 1 : arabic > 0 && latin + digit + other == 0 ? 2
                : latin > 0 && arabic + digit + other == 0 ? (Character.isUpperCase(raw.charAt(0)) ? 3 : 4)
                : arabic + latin + digit == 0 ? 5 : 6;
        int len = w.length();
        int bucket = len <= 1 ? 0 : len == 2 ? 1 : len == 3 ? 2 : len <= 5 ? 3 : len <= 8 ? 4 : 5;
        int al = w.startsWith("ال") ? 1 : w.startsWith("وال") || w.startsWith("بال") || w.startsWith("لل") ? 2 : 0;
        int wa = w.length() > 3 && w.charAt(0) == 'و' ? 1 : 0;
        int tm = w.endsWith("ه") ? 1 : w.endsWith("ون") || w.endsWith("ين") ? 2 : w.endsWith("يه") || w.endsWith("ي") ? 3 : 0;
        return ((((script * 8 + bucket) * 4 + al) * 2 + wa) * 4) + tm;
    }
}
