package org.marsad.geo;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Field;
import org.marsad.model.Token;
import org.marsad.text.ArabicClitics;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * The words of one field (title or text) as the matcher sees them: normalized forms, UTF-16 offsets, a
 * break flag where punctuation (other than a hashtag's underscore) separates a word from the one before,
 * and each word's readings with leading clitics set aside.
 */
final class WordUnits {
    private static final String PROCLITICS = "وفبلك";

    final Field field;
    final String text;
    final int size;
    final int[] start;
    final int[] end;
    final String[] norm;
    final boolean[] breakBefore;
    private final Reading[][] readings;

    /** A reading of a word: its normalized form after {@code prefix} normalized chars of clitics. */
    record Reading(String form, int prefix) {
    }

    private final NormalizedText normalized;
    private final int[] normStart;

    private WordUnits(Field field, String text, List<Token> tokens) {
        this.field = field;
        this.text = text;
        this.normalized = ArabicNormalizer.normalize(text);
        int n = 0;
        for (Token t : tokens) if (NameKeys.isWordLike(t)) n++;
        this.size = n;
        this.start = new int[n];
        this.end = new int[n];
        this.norm = new String[n];
        this.normStart = new int[n];
        this.breakBefore = new boolean[n];
        this.readings = new Reading[n][];
        int[] originalIndex = normalized.originalIndex();
        String nt = normalized.normalized();
        int k = 0, w = 0;
        boolean pendingBreak = true;
        for (Token t : tokens) {
            if (!NameKeys.isWordLike(t)) {
                if (!(t.end() - t.start() == 1 && text.charAt(t.start()) == '_')) pendingBreak = true;
                continue;
            }
            while (k < originalIndex.length && originalIndex[k] < t.start()) k++;
            int ns = k;
            while (k < originalIndex.length && originalIndex[k] < t.end()) k++;
            start[w] = t.start();
            end[w] = t.end();
            normStart[w] = ns;
            norm[w] = nt.substring(ns, k);
            breakBefore[w] = pendingBreak;
            pendingBreak = false;
            w++;
        }
    }

    static WordUnits of(Field field, String text, List<Token> tokens) {
        return new WordUnits(field, text, tokens);
    }

    /** True when words i and j (i &lt; j) are joined without punctuation between any of them. */
    boolean joined(int i, int j) {
        for (int k = i + 1; k <= j; k++) if (breakBefore[k]) return false;
        return true;
    }

    /** Readings of word i, literal first, then with conjunctions and prepositions set aside. */
    Reading[] readings(int i) {
        Reading[] r = readings[i];
        if (r == null) {
            r = computeReadings(norm[i]);
            readings[i] = r;
        }
        return r;
    }

    private static final Reading[] NONE = new Reading[0];

    private static Reading[] computeReadings(String word) {
        if (word.length() < 3 || PROCLITICS.indexOf(word.charAt(0)) < 0) return new Reading[] {new Reading(word, 0)};
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading(word, 0));
        for (int p = 1; p <= 3 && word.length() - p >= 2; p++) {
            if (!allProclitics(word, p)) break;
            out.add(new Reading(word.substring(p), p)); // وداعش = و + داعش, للبنان = ل + لبنان
        }
        int lam = word.indexOf("لل");
        if (lam == 0 || lam == 1 && isConjunction(word.charAt(0))) {
            // للعراق = ل + العراق with the alef dropped: the mention starts at the second lam
            for (String c : ArabicClitics.candidates(word)) {
                if (c.startsWith("ال") && !word.endsWith(c) && word.endsWith(c.substring(1))) {
                    int p = word.length() - (c.length() - 1);
                    if (p <= 3 && allProclitics(word, p)) out.add(new Reading(c, p));
                }
            }
        }
        return out.toArray(NONE);
    }

    private static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    private static boolean allProclitics(String w, int p) {
        for (int k = 0; k < p; k++) if (PROCLITICS.indexOf(w.charAt(k)) < 0) return false;
        return p > 0;
    }

    /** Original offset where word i starts after {@code prefix} normalized chars of clitics. */
    int startAfter(int i, int prefix) {
        if (prefix == 0) return start[i];
        return normalized.toOriginalStart(normStart[i] + prefix);
    }

    /** Index of the word containing or starting at/after offset, or size. */
    int wordAt(int offset) {
        int lo = 0, hi = size - 1, ans = size;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] > offset) {
                ans = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return ans;
    }
}
