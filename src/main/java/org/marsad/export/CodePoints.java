package org.marsad.export;

/**
 * Converts UTF-16 offsets (Java strings) to Unicode code-point offsets (the contract, Python's str) and
 * back, in O(1) per lookup after one pass over the text.
 */
final class CodePoints {
    private final int[] utf16ToCp;
    private final int[] cpToUtf16;

    CodePoints(String text) {
        int n = text.length();
        utf16ToCp = new int[n + 1];
        int cpCount = text.codePointCount(0, n);
        cpToUtf16 = new int[cpCount + 1];
        int cp = 0;
        for (int i = 0; i < n; i++) {
            utf16ToCp[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cpToUtf16[cp] = i;
                cp++;
            } else {
                utf16ToCp[i] = cp; // a low surrogate maps to the end of its code point
            }
        }
        utf16ToCp[n] = cp;
        cpToUtf16[cp] = n;
    }

    int toCodePoint(int utf16) {
        return utf16ToCp[Math.min(Math.max(utf16, 0), utf16ToCp.length - 1)];
    }

    int toUtf16(int codePoint) {
        return cpToUtf16[Math.min(Math.max(codePoint, 0), cpToUtf16.length - 1)];
    }
}
