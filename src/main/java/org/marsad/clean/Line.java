package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;

/** One line of the original input: UTF-16 offsets [start, end) without its line break, and its text. */
record Line(int start, int end, String text, int wordCount) {

    Line(int start, int end, String text) {
        this(start, end, text, countWords(text));
    }

    /** Splits on \n, \r\n, \r, U+2028 and U+2029, keeping offsets into {@code s}. */
    static List<Line> of(String s) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(new Line(start, i, s.substring(start, i)));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < s.length()) lines.add(new Line(start, s.length(), s.substring(start)));
        return lines;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    String trimmed() {
        return text.strip();
    }

    private static int countWords(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ws = c < 0x80 ? c <= ' ' : c == '\u00A0' || Character.isWhitespace(c);
            if (!ws && !inWord) n++;
            inWord = !ws;
        }
        return n;
    }

    /** True when the line ends like a sentence (. : ; or Arabic comma), not like a headline. */
    boolean endsLikeSentence() {
        String t = trimmed();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (last == '”' || last == '"' || last == '»' || last == ')') {
            t = t.substring(0, t.length() - 1).strip();
            if (t.isEmpty()) return false;
            last = t.charAt(t.length() - 1);
        }
        return (last == '.' && !t.endsWith("..")) || last == ':' || last == '؛' || last == '،' || last == ',';
    }
}
