package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a word occurs on its own (not inside a longer word) in a document: evidence for the glued-word
 * rule. A search rather than a table of all words, since only a few candidates per document are asked.
 */
final class WordCounts {
    private final List<String> texts = new ArrayList<>();

    void addWords(String text) {
        texts.add(text);
    }

    /** Standalone occurrences of {@code word}, counting no further than {@code max}. */
    int count(String word, int max) {
        int n = 0;
        for (String t : texts) {
            for (int i = t.indexOf(word); i >= 0 && n < max; i = t.indexOf(word, i + 1)) {
                int end = i + word.length();
                if ((i == 0 || !isWordChar(t.charAt(i - 1))) && (end == t.length() || !isWordChar(t.charAt(end)))) n++;
            }
            if (n >= max) break;
        }
        return n;
    }

    private static boolean isWordChar(char c) {
        return c >= 0x80 ? Character.isLetter(c) || c >= '\u064B' && c <= '\u065F' : Character.isLetterOrDigit(c);
    }
}
