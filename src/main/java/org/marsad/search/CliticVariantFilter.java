package org.marsad.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.ArabicClitics;

/**
 * Emits, after each word, the word without its clitics (بالموصل → الموصل, كتابه → كتاب) at the same
 * position, so that a search for either form finds the other. At index time the segmentation is the
 * project's conservative rule ({@link ArabicClitics#stemBounds}), which keeps names that merely start with
 * و or ب; at query time every candidate reading is tried ({@link ArabicClitics#candidates}: بكركوك also
 * looks for كركوك), which costs nothing in the index and only widens the query.
 */
final class CliticVariantFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private static final int MAX_QUERY_VARIANTS = 4;
    private final boolean query;
    private final java.util.ArrayDeque<String> variants = new java.util.ArrayDeque<>();
    /** At index time the one pending variant: a span of {@link #copied}, the word copied (no string per word). */
    private char[] copied = new char[32];
    private int variantStart, variantLength;

    CliticVariantFilter(TokenStream input, boolean query) {
        super(input);
        this.query = query;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (variantLength > 0) {
            term.copyBuffer(copied, variantStart, variantLength);
            posInc.setPositionIncrement(0);
            variantLength = 0;
            return true;
        }
        if (!variants.isEmpty()) {
            // the attributes still hold the word's (offsets, type...): nothing downstream changes them, so
            // only the term and the position increment change (no captureState/restoreState copies per word)
            term.setEmpty().append(variants.poll());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        if (query) {
            String word = term.toString();
            for (String c : ArabicClitics.candidates(word)) {
                if (!c.equals(word) && c.length() >= 2 && variants.size() < MAX_QUERY_VARIANTS) variants.add(c);
            }
        } else {
            int[] bounds = ArabicClitics.stemBounds(term); // on the term's chars: no string per word
            int len = term.length() - bounds[0] - bounds[1];
            if ((bounds[0] > 0 || bounds[1] > 0) && len >= 2) {
                if (copied.length < term.length()) copied = new char[term.length() * 2];
                System.arraycopy(term.buffer(), 0, copied, 0, term.length());
                variantStart = bounds[0];
                variantLength = len;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        variants.clear();
        variantLength = 0;
    }
}
