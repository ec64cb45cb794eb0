package org.marsad.clean;

import java.util.List;

/**
 * The first non-blank line of scraped text is the title when it is short, does not end like a sentence,
 * and more text follows it.
 */
final class TitleDetector {
    private static final int MAX_WORDS = 30;

    private TitleDetector() {
    }

    /** Index of the title line, or -1. */
    static int find(List<Line> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                first = i;
                break;
            }
        }
        if (first < 0) return -1;
        Line line = lines.get(first);
        if (line.wordCount() > MAX_WORDS || line.endsLikeSentence() || SeparatorLines.isSeparator(line.text())) return -1;
        for (int j = first + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) return j > first ? first : -1;
        }
        return -1;
    }
}
