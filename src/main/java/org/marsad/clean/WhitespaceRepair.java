package org.marsad.clean;

import java.util.List;
import org.marsad.model.Repair;

/**
 * Collapses runs of spaces, tabs and no-break spaces inside a line into one space and removes the space
 * that RTL scraping leaves before Arabic punctuation (كلمة ، → كلمة،) when a space follows it.
 */
final class WhitespaceRepair implements InlineRepair {
    @Override
    public void propose(String original, Line line, WordCounts counts, List<Repair> out) {
        String t = line.text();
        if (!hasCandidate(t)) return;
        int i = 0;
        while (i < t.length()) {
            if (isSpace(t.charAt(i))) {
                int j = i;
                while (j < t.length() && isSpace(t.charAt(j))) j++;
                boolean atEdge = i == 0 || j == t.length();
                boolean single = j - i == 1 && t.charAt(i) == ' ';
                if (!atEdge && !single) {
                    out.add(new Repair("whitespace", t.substring(i, j), " ", line.start() + i, line.start() + j));
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    private static boolean hasCandidate(String t) {
        return t.contains("  ") || t.indexOf('\t') >= 0 || t.indexOf('\u00A0') >= 0 || t.indexOf('\u2009') >= 0
                || t.indexOf('\u202F') >= 0 || t.indexOf('\u3000') >= 0;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u3000';
    }
}
