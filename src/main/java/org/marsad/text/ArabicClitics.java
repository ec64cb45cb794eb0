package org.marsad.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic clitic segmentation by rule: conjunctions و ف, prepositions ب ل ك, the future prefix س, the
 * article ال and the pronoun suffixes.
 *
 * <p>Why hand-written: Lucene's light stemmer also strips inflection (plural, feminine) and gives no
 * offsets for what it removed; linking and tagging need the clitics set aside with exact offsets and
 * several candidate readings, because a word like واشنطن or وزير starts with a letter that is sometimes
 * the conjunction and sometimes not.
 */
public final class ArabicClitics {
    private static final String[] PRONOUN_SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك"};

    private ArabicClitics() {
    }

    /**
     * The most likely stem of a word as [prefixLength, suffixLength] in chars of {@code word}.
     * Conservative: a conjunction or preposition is set aside only before the article, so names that
     * merely start with و or ب keep their letters; a pronoun suffix only on words without the article.
     */
    public static int[] stemBounds(CharSequence word) {
        int len = word.length();
        int p = 0;
        if (len - p > 4 && isConjunction(word.charAt(p)) && startsWithArticleAfterPreposition(word, p + 1)) p++;
        if (len - p > 4 && isPreposition(word.charAt(p)) && word.charAt(p + 1) != 'ل' && startsWithArticle(word, p + 1)) {
            p++;
        } else if (len - p > 4 && word.charAt(p) == 'ل' && word.charAt(p + 1) == 'ل' && isArabicLetter(word.charAt(p + 2))) {
            p++; // لل = ل + ال with the alef dropped: the stem keeps the second lam
        }
        int s = 0;
        if (!startsWithArticle(word, p) && p == 0) {
            for (String suffix : PRONOUN_SUFFIXES) {
                if (len - suffix.length() >= 3 && endsWith(word, suffix)) {
                    s = suffix.length();
                    break;
                }
            }
        }
        return new int[] {p, s};
    }

    /**
     * Candidate readings of a (normalized) word, most literal first: the word itself, then with a
     * conjunction, preposition or article set aside, and with the pronoun suffix removed. Used by
     * dictionary look-ups, where the dictionary decides which reading exists.
     */
    public static List<String> candidates(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        List<String> withoutProclitics = new ArrayList<>();
        withoutProclitics.add(word);
        String w = word;
        if (w.length() > 3 && isConjunction(w.charAt(0))) {
            w = w.substring(1);
            withoutProclitics.add(w);
        }
        for (String base : List.copyOf(withoutProclitics)) {
            if (base.length() > 3 && isPreposition(base.charAt(0))) {
                String rest = base.substring(1);
                if (base.charAt(1) == 'ل' && base.length() > 3 && base.charAt(0) == 'ل') {
                    withoutProclitics.add("ا" + rest); // للعراق -> العراق
                } else {
                    withoutProclitics.add(rest);
                }
            }
            if (base.length() > 3 && base.charAt(0) == 'س' && "يتنا".indexOf(base.charAt(1)) >= 0) {
                withoutProclitics.add(base.substring(1));
            }
        }
        out.addAll(withoutProclitics);
        for (String base : withoutProclitics) {
            if (base.startsWith("ال") && base.length() > 4) out.add(base.substring(2));
        }
        for (String base : withoutProclitics) {
            if (base.startsWith("ال")) continue;
            for (String suffix : PRONOUN_SUFFIXES) {
                if (base.length() - suffix.length() >= 3 && base.endsWith(suffix)) {
                    String stem = base.substring(0, base.length() - suffix.length());
                    out.add(stem);
                    if (stem.endsWith("ت")) out.add(stem.substring(0, stem.length() - 1) + "ه"); // حكومته -> حكومه
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static boolean startsWithArticleAfterPreposition(CharSequence w, int i) {
        if (startsWithArticle(w, i)) return true;
        return i + 2 < w.length() && (isPreposition(w.charAt(i)) && startsWithArticle(w, i + 1)
                || w.charAt(i) == 'ل' && w.charAt(i + 1) == 'ل');
    }

    static boolean startsWithArticle(CharSequence w, int i) {
        return i + 2 < w.length() && isAlef(w.charAt(i)) && w.charAt(i + 1) == 'ل';
    }

    private static boolean isAlef(char c) {
        return c == 'ا' || c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ';
    }

    private static boolean endsWith(CharSequence w, String suffix) {
        int off = w.length() - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (w.charAt(off + i) != suffix.charAt(i)) return false;
        }
        return true;
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3' || c == '\u06D5' || c >= '\u06FA' && c <= '\u06FF';
    }
}
