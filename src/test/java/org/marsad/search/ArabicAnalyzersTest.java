package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class ArabicAnalyzersTest {
    // presentation forms (ﻻ), clitics (بالموصل, وللإيرانيين), stop words, Arabic-Indic digits, Latin, a final space
    private static final String TEXT = "قال مسؤولون في بغداد إنّ القوات العراقية دخلت بالموصل يوم ١٥ يونيو/حزيران، "
            + "وﻻ تزال المعارك مستمرة. Reuters reported 3 deaths; وللإيرانيين رأي آخر في الاتفاق النووي. ";

    @Test
    void oneTokenizingPassGivesTheTokensOfBothAnalyzers() throws IOException {
        // TEXT needs NFKC; without its presentation form it is NFKC already (the char filter is skipped)
        for (String text : List.of(TEXT, TEXT.replace("ﻻ", "لا"), "", "إيران")) {
            ArabicAnalyzers.Analyzed both = ArabicAnalyzers.analyzeBoth(text);
            List<String> normalized = tokens(both.normalized());
            List<String> stemmed = tokens(both.stemmed());
            assertThat(normalized).isEqualTo(tokens(ArabicAnalyzers.normalized(), text));
            assertThat(stemmed).isEqualTo(tokens(ArabicAnalyzers.stemmed(), text));
            if (text.length() > 10) {
                assertThat(normalized).anyMatch(t -> t.startsWith("الموصل "));
                assertThat(stemmed).isNotEqualTo(normalized);
            }
        }
    }

    @Test
    void theIndexedNormalizedStreamEqualsTheNormalizedAnalyzer() throws IOException {
        for (String text : List.of(TEXT, TEXT.replace("ﻻ", "لا"), "", "الدولة الإسلامية ; داعش ; بالموصل ; ")) {
            assertThat(tokens(ArabicAnalyzers.normalizedStream(text))).isEqualTo(tokens(ArabicAnalyzers.normalized(), text));
        }
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        try (a) {
            return tokens(a.tokenStream("f", text));
        }
    }

    /** Term, position increment and offsets of every token, then the final offset. */
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " +" + inc.getPositionIncrement() + " " + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
            out.add("end " + off.endOffset() + " +" + inc.getPositionIncrement());
        }
        return out;
    }
}
