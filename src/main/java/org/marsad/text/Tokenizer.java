package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Token;

/**
 * Splits text into words, numbers, URLs and single punctuation marks, with exact UTF-16 offsets, and
 * marks each Arabic word's stem inside its clitics ({@link ArabicClitics#stemBounds}).
 *
 * <p>Why hand-written: Lucene's tokenizers drop punctuation, which sentence and name boundaries need,
 * and know nothing of clitics. This is one pass over the characters with no allocation but the tokens.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(16, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpaceOrFormat(c)) {
                i++;
                continue;
            }
            int end;
            if (startsUrl(text, i, to)) {
                end = i;
                while (end < to && !Character.isWhitespace(text.charAt(end))) end++;
                while (end > i + 1 && isTrailingUrlPunct(text.charAt(end - 1))) end--;
                tokens.add(new Token(i, end, Token.Kind.URL, i, end));
            } else if (isArabicWordChar(c) && !isArabicDigit(c)) {
                end = i + 1;
                while (end < to && (isArabicWordChar(text.charAt(end)) && !isArabicDigit(text.charAt(end)) || isJoiner(text.charAt(end)))) end++;
                addArabic(tokens, text, i, end);
            } else if (isDigit(c)) {
                end = i + 1;
                while (end < to && (isDigit(text.charAt(end))
                        || isNumberSeparator(text.charAt(end)) && end + 1 < to && isDigit(text.charAt(end + 1)) && isDigit(text.charAt(end - 1)))) end++;
                tokens.add(new Token(i, end, Token.Kind.NUMBER, i, end));
            } else if (Character.isLetter(c) || Character.isHighSurrogate(c) && Character.isLetter(text.codePointAt(i))) {
                end = i + Character.charCount(text.codePointAt(i));
                while (end < to) {
                    int cp = text.codePointAt(end);
                    if (Character.isLetterOrDigit(cp) || cp == '\'' && end + 1 < to && Character.isLetter(text.charAt(end + 1))
                            || Character.getType(cp) == Character.NON_SPACING_MARK) end += Character.charCount(cp);
                    else break;
                }
                Token.Kind kind = isArabicWordChar(c) ? Token.Kind.ARABIC : isLatin(c) ? Token.Kind.LATIN : Token.Kind.OTHER;
                tokens.add(new Token(i, end, kind, i, end));
            } else if (c == '.' && i + 1 < to && text.charAt(i + 1) == '.') {
                end = i;
                while (end < to && text.charAt(end) == '.') end++;
                tokens.add(new Token(i, end, Token.Kind.PUNCTUATION, i, end));
            } else {
                end = i + Character.charCount(text.codePointAt(i));
                tokens.add(new Token(i, end, Token.Kind.PUNCTUATION, i, end));
            }
            i = end;
        }
        return tokens;
    }

    /** White space (including no-break spaces) and invisible format characters, with an ASCII fast path. */
    static boolean isSpaceOrFormat(char c) {
        if (c < 0x80) return c <= ' ';
        if (c < 0x2000) return c == '\u00A0' || c == '\u0085' || c == '\u1680' || c == '\u061C';
        return c <= '\u200F' || c >= '\u2028' && c <= '\u202F' || c >= '\u205F' && c <= '\u206F' || c == '\u3000' || c == '\uFEFF';
    }

    private static void addArabic(List<Token> tokens, String text, int start, int end) {
        int[] bounds = ArabicClitics.stemBounds(text.subSequence(start, end));
        tokens.add(new Token(start, end, Token.Kind.ARABIC, start + bounds[0], end - bounds[1]));
    }

    /** Letters and marks of the Arabic script (digits excluded by the caller). */
    static boolean isArabicWordChar(char c) {
        return c >= '\u0610' && c <= '\u061A' || c >= '\u0620' && c <= '\u065F' || c >= '\u066E' && c <= '\u06D3'
                || c >= '\u06D5' && c <= '\u06DC' || c >= '\u06DF' && c <= '\u06E8' || c >= '\u06EA' && c <= '\u06FF'
                || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF' || c >= '\uFB50' && c <= '\uFDFF'
                || c >= '\uFE70' && c <= '\uFEFE';
    }

    private static boolean isArabicDigit(char c) {
        return c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9';
    }

    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || isArabicDigit(c);
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == '/';
    }

    private static boolean isLatin(char c) {
        return c < 0x250;
    }

    private static boolean startsUrl(String s, int i, int to) {
        return s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i)
                || s.startsWith("pic.twitter.com/", i);
    }

    private static boolean isTrailingUrlPunct(char c) {
        return c == '.' || c == ',' || c == ')' || c == '،' || c == '"' || c == '”' || c == '»';
    }
}
