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
            String word = t.substring(start, i);
            if (word.length() < MIN_PART + 2 || counts.count(word) != 1) continue;
            String split = split(word, counts);
            if (split != null) {
                out.add(new Repair("glued_word", word, split, line.start() + start, line.start() + i));
            }
        }
    }

    private static String split(String word, WordCounts counts) {
        for (String p : PREPOSITIONS) {
            if (word.length() - p.length() >= MIN_PART + 1 && word.endsWith(p)) {
                String head = word.substring(0, word.length() - p.length());
                if (counts.count(head) >= 1) return head + " " + p;
            }
            if (word.startsWith(p) && word.length() - p.length() >= MIN_PART + 2) {
                String tail = word.substring(p.length());
                if (tail.startsWith("ال") && counts.count(tail) >= 1) return p + " " + tail;
            }
        }
        return null;
    }
}
