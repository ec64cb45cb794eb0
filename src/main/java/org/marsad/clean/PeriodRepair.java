package org.marsad.clean;

import java.util.List;
import org.marsad.model.Repair;
import org.marsad.text.SentenceContinuation;

/**
 * Repairs punctuation that right-to-left scraping displaced. A mark moved to the front of the next
 * fragment ({@code المتطرف .وسعوا}) goes back to the end of the word before it ({@code المتطرف. وسعوا});
 * a period before a word that cannot start a sentence ({@code الأسلحة. التي}, {@code فترة .وجيزة}) is
 * removed, because it cuts one clause in two ({@link SentenceContinuation}).
 */
final class PeriodRepair implements InlineRepair {
    @Override
    public void propose(String original, Line line, WordCounts counts, List<Repair> out) {
        String t = line.text();
        int base = line.start();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isMark(c) || c == '.' && (i + 1 < t.length() && t.charAt(i + 1) == '.' || i > 0 && t.charAt(i - 1) == '.')) continue;
            int spacesBefore = countSpacesBefore(t, i);
            boolean letterAfter = i + 1 < t.length() && isArabicLetter(t.charAt(i + 1));
            if (spacesBefore > 0 && letterAfter && i - spacesBefore > 0) {
                // "word .Next": a mark displaced onto the next word
                int from = i - spacesBefore;
                String previous = wordBefore(t, from);
                String next = wordAt(t, i + 1);
                String afterNext = wordAt(t, skip(t, i + 1 + next.length()));
                if (c == '.' && SentenceContinuation.cannotStartSentence(previous, next, afterNext, true)) {
                    out.add(new Repair("spurious_period", t.substring(from, i + 1), " ", base + from, base + i + 1));
                } else {
                    out.add(new Repair(c == '.' ? "misplaced_period" : "misplaced_punctuation",
                            t.substring(from, i + 1), c + " ", base + from, base + i + 1));
                }
            } else if (c == '.' && spacesBefore == 0 && i > 0 && Character.isLetter(t.charAt(i - 1))
                    && i + 1 < t.length() && t.charAt(i + 1) == ' ') {
                // "word. next": a period inside a clause
                String previous = wordBefore(t, i);
                int nextStart = skip(t, i + 1);
                String next = wordAt(t, nextStart);
                String afterNext = wordAt(t, skip(t, nextStart + next.length()));
                if (!next.isEmpty() && SentenceContinuation.cannotStartSentence(previous, next, afterNext)) {
                    out.add(new Repair("spurious_period", ".", "", base + i, base + i + 1));
                }
            } else if (i == 0 && letterAfter && (c == '.' || c == '،')) {
                // a line that starts with the previous line's final mark
                out.add(new Repair(c == '.' ? "misplaced_period" : "misplaced_punctuation", String.valueOf(c), "", base, base + 1));
            }
        }
    }

    private static boolean isMark(char c) {
        return c == '.' || c == '،' || c == '؛' || c == ',' || c == ':';
    }

    private static int countSpacesBefore(String t, int i) {
        int n = 0;
        while (i - n - 1 >= 0 && t.charAt(i - n - 1) == ' ') n++;
        return n;
    }

    private static int skip(String t, int i) {
        while (i < t.length() && t.charAt(i) == ' ') i++;
        return i;
    }

    private static String wordBefore(String t, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(t.charAt(start - 1))) start--;
        return t.substring(start, end);
    }

    private static String wordAt(String t, int start) {
        int end = start;
        while (end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || Character.getType(t.charAt(end)) == Character.NON_SPACING_MARK)) end++;
        return t.substring(start, end);
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }
}
