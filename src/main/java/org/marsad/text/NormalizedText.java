package org.marsad.text;

/**
 * A normalized view of an original text. {@code originalIndex[i]} is the offset in {@code original} of
 * the character that produced normalized character {@code i}; so for any span [s, e) of the normalized
 * text with e &gt; s, {@code original.substring(toOriginalStart(s), toOriginalEnd(e))} is the original span.
 */
public record NormalizedText(String original, String normalized, int[] originalIndex) {

    public int toOriginalStart(int normalizedStart) {
        if (normalizedStart >= originalIndex.length) return original.length();
        return originalIndex[normalizedStart];
    }

    /** The original end offset for a normalized end offset (exclusive). */
    public int toOriginalEnd(int normalizedEnd) {
        if (normalizedEnd <= 0) return 0;
        int last = originalIndex[normalizedEnd - 1];
        int end = last + 1;
        if (end < original.length() && Character.isLowSurrogate(original.charAt(end))) end++;
        // marks dropped from the normalized view but attached to the last letter belong to the span
        while (end < original.length() && ArabicNormalizer.isArabicMark(original.charAt(end))) end++;
        return end;
    }
}
