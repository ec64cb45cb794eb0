package org.marsad.clean;

import java.util.List;

/** Marks lines made only of a dash, bullet or rule (the "-" lines a related-articles widget leaves). */
final class SeparatorLines {
    private SeparatorLines() {
    }

    static boolean isSeparator(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 6) return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("-–—_*•·|=~#".indexOf(c) < 0 && !Character.isWhitespace(c)) return false;
        }
        return true;
    }

    static void mark(List<Line> lines, LineRole[] roles) {
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] == LineRole.BODY && isSeparator(lines.get(i).text())) roles[i] = LineRole.SEPARATOR;
        }
    }
}
