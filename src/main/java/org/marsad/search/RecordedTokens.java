package org.marsad.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one text, recorded while one field's chain reads them ({@link #recorder}) and replayed for
 * another field's chain ({@link #replay}). Hand-written instead of Lucene's {@code TeeSinkTokenFilter},
 * which clones every attribute of every token (an object and a term buffer each); this keeps only what the
 * chains after the shared front read — term, offsets and position increment — in flat arrays. Only for a
 * front whose tokens carry nothing else (the standard tokenizer's type is not read downstream).
 */
final class RecordedTokens {
    private char[] chars = new char[1024];
    private int[] ints = new int[4 * 64]; // per token: term start in chars, term length, start offset, end offset
    private int[] increments = new int[64];
    private int count;
    private int charCount;
    private int finalOffset;
    private int finalIncrement;

    /** Passes {@code input} through, recording each token. */
    TokenStream recorder(TokenStream input) {
        return new TokenFilter(input) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

            @Override
            public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) return false;
                add(term.buffer(), term.length(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                finalOffset = offset.endOffset();
                finalIncrement = increment.getPositionIncrement();
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                count = 0;
                charCount = 0;
            }
        };
    }

    private void add(char[] term, int length, int start, int end, int increment) {
        if (charCount + length > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
        if (count == increments.length) {
            increments = Arrays.copyOf(increments, count * 2);
            ints = Arrays.copyOf(ints, count * 8);
        }
        System.arraycopy(term, 0, chars, charCount, length);
        int i = 4 * count;
        ints[i] = charCount;
        ints[i + 1] = length;
        ints[i + 2] = start;
        ints[i + 3] = end;
        increments[count++] = increment;
        charCount += length;
    }

    /** The recorded tokens again; read it after the recorder's stream has been consumed and ended. */
    TokenStream replay() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next >= count) return false;
                clearAttributes();
                int i = 4 * next;
                term.copyBuffer(chars, ints[i], ints[i + 1]);
                offset.setOffset(ints[i + 2], ints[i + 3]);
                increment.setPositionIncrement(increments[next++]);
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                offset.setOffset(finalOffset, finalOffset);
                increment.setPositionIncrement(finalIncrement);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
