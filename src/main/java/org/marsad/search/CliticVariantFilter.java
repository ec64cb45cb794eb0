package org.marsad.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.ArabicClitics;

/**
 * Emits, after each word, the word without its clitics (بالموصل → الموصل, كتابه → كتاب) at the same
 * position, so that a search for either form finds the other. The segmentation is the project's own
 * conservative rule ({@link ArabicClitics#stemBounds}), which keeps names that merely start with و or ب.
 */
final class CliticVariantFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private State pending;
    private String variant;

    CliticVariantFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (variant != null) {
            restoreState(pending);
            term.setEmpty().append(variant);
            posInc.setPositionIncrement(0);
            variant = null;
            pending = null;
            return true;
        }
        if (!input.incrementToken()) return false;
        int[] bounds = ArabicClitics.stemBounds(term);
        int len = term.length() - bounds[0] - bounds[1];
        if ((bounds[0] > 0 || bounds[1] > 0) && len >= 2) {
            variant = new String(term.buffer(), bounds[0], len);
            pending = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        variant = null;
    }
}
