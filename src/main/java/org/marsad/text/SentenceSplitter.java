package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Sentence;

/**
 * Splits cleaned article text into sentences. A line break always ends a sentence; {@code . ! ? ؟ ۔}
 * followed by white space end one unless the period belongs to a number or an abbreviation (د. أ.ف.ب U.S.)
 * or the next word cannot start a sentence ({@link SentenceContinuation}). Closing quotes and brackets
 * after the mark stay with the sentence. Ellipses do not end a sentence inside a line.
 */
public final class SentenceSplitter {

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
            } else if (isTerminator(c) && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) end++;
                add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '۔';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '\'' || c == '!' || c == '؟' || c == '?';
    }

    private static boolean endsSentence(String text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        int after = i + 1;
        while (after < n && isCloser(text.charAt(after))) after++;
        if (after < n && !Character.isWhitespace(text.charAt(after))) return false;
        if (c == '.') {
            if (i + 1 < n && text.charAt(i + 1) == '.' || i > 0 && text.charAt(i - 1) == '.') return false;
            if (isAbbreviation(text, i)) return false;
        }
        String previous = wordBefore(text, i);
        int nextStart = skipSpaces(text, after);
        if (nextStart >= n || text.charAt(nextStart) == '\n') return true;
        int nextEnd = wordEnd(text, nextStart);
        String next = text.substring(nextStart, nextEnd);
        int afterNextStart = skipSpaces(text, nextEnd);
        String afterNext = afterNextStart < n ? text.substring(afterNextStart, wordEnd(text, afterNextStart)) : null;
        return !SentenceContinuation.cannotStartSentence(previous, next, afterNext);
    }

    /** A single letter before the period (د. م. U.S.) is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int i) {
        int start = i;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return i - start == 1 && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }

    private static String wordBefore(String text, int i) {
        int end = i;
        int start = end;
        while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
        return start < end ? text.substring(start, end) : null;
    }

    static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    static int wordEnd(String text, int i) {
        int end = i;
        while (end < text.length() && isWordChar(text.charAt(end))) end++;
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || ArabicNormalizer.isArabicMark(c) || c == '\u0651';
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(start, end));
    }
}
