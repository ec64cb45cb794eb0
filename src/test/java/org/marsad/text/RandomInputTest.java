package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.clean.ScrapedTextCleaner;
import org.marsad.model.Article;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.Repair;
import org.marsad.model.Sentence;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.model.Token;

/**
 * Seeded random strings drawn from the characters scraped Arabic news is made of (letters, marks, digits,
 * punctuation, separators, line breaks, bidi controls, presentation forms, surrogate pairs): every stage
 * must finish without exception and give valid, non-decreasing offsets.
 */
class RandomInputTest {
    private static final String ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىـًٌٍَُِّْ٠١٢٣0123456789"
            + "abcXYZ .,،؛:؟?!-–—\"“”«»()\n\r\t\u00A0\u200F\u200E\u202B\uFEFB\uFEDF\uFE8D@#/";

    static String randomText(Random random, int maxLength) {
        int length = random.nextInt(maxLength);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(100);
            if (r < 2) b.appendCodePoint(0x1F600 + random.nextInt(50)); // emoji outside the BMP
            else if (r < 4) b.append(" .");
            else if (r < 6) b.append("\n-\n");
            else b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void everyStageKeepsValidOffsets(long seed) {
        Random random = new Random(seed);
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        Tokenizer tokenizer = new Tokenizer();
        SourceRef src = new SourceRef("random", null, SourceFormat.TEXT);
        for (int round = 0; round < 300; round++) {
            String input = randomText(random, 400);
            Article a = cleaner.clean(src, input, DocumentMetadata.EMPTY);
            int last = -1;
            for (Repair r : a.repairs()) {
                assertThat(r.start()).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(r.end());
                assertThat(r.end()).isLessThanOrEqualTo(input.length());
                assertThat(input.substring(r.start(), r.end())).isEqualTo(r.original());
                last = r.end();
            }
            checkSentences(a.text(), splitter.split(a.text()));
            checkTokens(a.text(), tokenizer.tokenize(a.text()));
            checkTokens(input, tokenizer.tokenize(input));
            checkSentences(input, splitter.split(input));
            NormalizedText n = ArabicNormalizer.normalize(input);
            int prev = 0;
            for (int i = 0; i < n.normalized().length(); i++) {
                assertThat(n.originalIndex()[i]).isBetween(prev, input.length() - 1);
                prev = n.originalIndex()[i];
            }
            assertThat(ArabicNormalizer.normalizeForMatching(input)).isEqualTo(n.normalized());
        }
    }

    private static void checkSentences(String text, List<Sentence> sentences) {
        int last = 0;
        for (Sentence s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last).isLessThan(s.end());
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            last = s.end();
        }
    }

    private static void checkTokens(String text, List<Token> tokens) {
        int last = 0;
        for (Token t : tokens) {
            assertThat(t.start()).isGreaterThanOrEqualTo(last).isLessThan(t.end());
            assertThat(t.end()).isLessThanOrEqualTo(text.length());
            assertThat(t.stemStart()).isBetween(t.start(), t.stemEnd());
            assertThat(t.stemEnd()).isLessThanOrEqualTo(t.end());
            last = t.end();
        }
    }
}
