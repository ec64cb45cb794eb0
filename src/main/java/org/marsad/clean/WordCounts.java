package org.marsad.clean;

import java.util.HashMap;
import java.util.Map;

/** How often each word occurs as a standalone token in a document: evidence for the glued-word rule. */
final class WordCounts {
    private final Map<String, Integer> counts = new HashMap<>();

    void addWords(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) i++;
            if (i > start) counts.merge(text.substring(start, i), 1, Integer::sum);
        }
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
