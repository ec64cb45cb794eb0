package org.marsad.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Arabic normalization for matching, as a derived view of the original text.
 *
 * <ul>
 *   <li>diacritics (U+064B–U+065F), superscript alef (U+0670) and tatweel (U+0640) are removed</li>
 *   <li>alef with hamza above/below, madda and wasla (أ إ آ ٱ ٲ ٳ) become bare alef (ا)</li>
 *   <li>alef maqsura (ى) and Farsi yeh (ی) become yeh (ي); keheh (ک) becomes kaf (ك)</li>
 *   <li>teh marbuta (ة) becomes heh (ه)</li>
 *   <li>Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII digits</li>
 *   <li>presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are folded by ICU's NFKC, then normalized</li>
 *   <li>bidirectional and zero-width format characters are removed; ASCII letters are lower-cased</li>
 * </ul>
 *
 * <p>Why hand-written: Lucene's {@code ArabicNormalizer} applies the same core rules but works in place on
 * token buffers and is package-private in Lucene 10; matching here needs the whole text with a map from
 * every normalized character back to its original offset ({@link NormalizedText}).
 */
public final class ArabicNormalizer {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private ArabicNormalizer() {
    }

    /** The normalized form of {@code s}, without an offset map. */
    public static String normalizeForMatching(CharSequence s) {
        // one table look-up per char; a presentation form (which NFKC may expand) takes the general path
        int n = s.length();
        char[] buf = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int m = SIMPLE[s.charAt(i)];
            if (m == COMPLEX) return normalizeGenerally(s);
            if (m != DROPPED) buf[k++] = (char) m;
        }
        return new String(buf, 0, k);
    }

    /** {@link #normalizeForMatching} one char at a time through {@link #appendNormalized}. */
    static String normalizeGenerally(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            appendNormalized(out, s.charAt(i));
        }
        return out.toString();
    }

    private static final int DROPPED = -1, COMPLEX = -2;
    /** What each UTF-16 unit normalizes to: one char, {@link #DROPPED}, or {@link #COMPLEX} (a presentation form). */
    private static final int[] SIMPLE = new int[1 << 16];

    static {
        for (int c = 0; c < SIMPLE.length; c++) {
            char ch = (char) c;
            if (ch < 0x80) SIMPLE[c] = ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
            else if (ch >= 0xFB50 && ch <= 0xFDFF || ch >= 0xFE70 && ch <= 0xFEFE) SIMPLE[c] = COMPLEX;
            else SIMPLE[c] = map(ch) == 0 ? DROPPED : map(ch);
        }
    }

    /** The normalized view of {@code original} with a map back to original offsets. */
    public static NormalizedText normalize(String original) {
        int len = original.length();
        char[] out = new char[len + 1];
        int[] map = new int[len + 1];
        int n = 0;
        StringBuilder expanded = null;
        for (int i = 0; i < len; i++) {
            char c = original.charAt(i);
            int m = SIMPLE[c];
            if (m == DROPPED) continue;
            if (m != COMPLEX) {
                out[n] = (char) m;
                map[n++] = i;
            } else {
                if (expanded == null) expanded = new StringBuilder();
                expanded.setLength(0);
                appendNormalized(expanded, c);
                if (n + expanded.length() >= out.length) {
                    int size = Math.max(out.length * 2, n + expanded.length() + 1);
                    out = java.util.Arrays.copyOf(out, size);
                    map = java.util.Arrays.copyOf(map, size);
                }
                for (int k = 0; k < expanded.length(); k++) {
                    out[n] = expanded.charAt(k);
                    map[n++] = i;
                }
            }
            if (n >= out.length) { // only after an expansion: every other char adds at most one
                out = java.util.Arrays.copyOf(out, out.length * 2);
                map = java.util.Arrays.copyOf(map, map.length * 2);
            }
        }
        return new NormalizedText(original, new String(out, 0, n), java.util.Arrays.copyOf(map, n));
    }

    /** Appends the normalized form of one UTF-16 unit (possibly nothing, possibly several chars). */
    static void appendNormalized(StringBuilder out, char c) {
        if (c < 0x80) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            return;
        }
        if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE)) {
            String folded = NFKC.normalize(String.valueOf(c));
            for (int k = 0; k < folded.length(); k++) {
                char f = folded.charAt(k);
                if (f >= 0xFB50 && f <= 0xFDFF || f >= 0xFE70 && f <= 0xFEFE) out.append(f);
                else appendNormalized(out, f);
            }
            return;
        }
        char mapped = map(c);
        if (mapped != 0) out.append(mapped);
    }

    /** The normalized char for c, or 0 when c is dropped. */
    private static char map(char c) {
        switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673': return '\u0627';
            case '\u0649', '\u06CC': return '\u064A';
            case '\u06A9': return '\u0643';
            case '\u0629': return '\u0647';
            case '\u0640', '\u0670': return 0;
            case '\u00A0': return ' ';
            default:
        }
        if (c >= '\u064B' && c <= '\u065F') return 0;
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        if (isFormatChar(c)) return 0;
        return Character.isUpperCase(c) && c < 0x0600 ? Character.toLowerCase(c) : c;
    }

    /** Zero-width and bidirectional controls that scraped RTL text is full of. */
    public static boolean isFormatChar(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C';
    }

    /** True for Arabic diacritics and tatweel, which may sit inside a word. */
    public static boolean isArabicMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }
}
