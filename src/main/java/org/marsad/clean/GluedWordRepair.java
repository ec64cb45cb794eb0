package org.marsad.clean;

import java.util.List;
import org.marsad.model.Repair;

/**
 * Splits two words that lost the space between them (فالكونرعن → فالكونر عن), only on strong evidence:
 * the glued form occurs once, one part is a preposition, and the other part occurs on its own elsewhere in
 * the same document (a name like فالكونر is spelled out in another sentence).
 */
final class GluedWordRepair implements InlineRepair {
    private static final String[] PREPOSITIONS = {"عن", "في", "من", "على", "إلى", "الى", "مع"};
    private static final int MIN_PART = 3;

    @Override
    public void propose(String original, Line line, WordCounts counts, List<Repair> out) {
        String t = line.text();
        int i = 0;
        while (i < t.length()) {
            if (!PeriodRepair.isArabicLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < t.length() && PeriodRepair.isArabicLetter(t.charAt(i))) i++;
            if (i - start < MIN_PART + 2 || !hasPrepositionEdge(t, start, i)) continue;
            String word = t.substring(start, i);
            if (counts.count(word, 2) != 1) continue;
            String split = split(word, counts);
            if (split != null) {
                out.add(new Repair("glued_word", word, split, line.start() + start, line.start() + i));
            }
        }
    }

    /** A cheap test before any look-up: the word starts or ends with a preposition. */
    private static boolean hasPrepositionEdge(String t, int start, int end) {
        char last = t.charAt(end - 1);
        boolean article = t.charAt(start + 2) == 'ا' || t.charAt(start + 3) == 'ا';
        if (last != 'ن' && last != 'ي' && last != 'ى' && last != 'ع' && !article) return false;
        for (String p : PREPOSITIONS) {
            if (t.startsWith(p, end - p.length()) || t.startsWith(p, start) && t.startsWith("ال", start + p.length())) return true;
        }
        return false;
    }

    private static String split(String word, WordCounts counts) {
        for (String p : PREPOSITIONS) {
            if (word.length() - p.length() >= MIN_PART + 1 && word.endsWith(p)) {
                String head = word.substring(0, word.length() - p.length());
                if (counts.count(head, 1) >= 1) return head + " " + p;
            }
            if (word.startsWith(p) && word.length() - p.length() >= MIN_PART + 2) {
                String tail = word.substring(p.length());
                if (tail.startsWith("ال") && counts.count(tail, 1) >= 1) return p + " " + tail;
            }
        }
        return null;
    }
}
