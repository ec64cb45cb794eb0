package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        return new SentenceSplitter().split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtSentenceEndsAndLines() {
        assertThat(split("قال الوزير إن الوضع خطير. وأضاف أن الحل سياسي؟ نعم!\nفقرة ثانية"))
                .containsExactly("قال الوزير إن الوضع خطير.", "وأضاف أن الحل سياسي؟", "نعم!", "فقرة ثانية");
    }

    @Test
    void closingQuotesStayWithTheSentence() {
        assertThat(split("وقال: “الوضع لا يحتمل.” ثم غادر."))
                .containsExactly("وقال: “الوضع لا يحتمل.”", "ثم غادر.");
    }

    @Test
    void doesNotCutBeforeWordsThatContinueAClause() {
        assertThat(split("كثف غاراته على عدد من المواقع. التي يستغلها التنظيم.")).hasSize(1);
        assertThat(split("أكد المرصد. أن التنظيم قتل جنودا.")).hasSize(1);
    }

    @Test
    void abbreviationsAndDecimalsDoNotEndSentences() {
        assertThat(split("قال د. أحمد إن النمو بلغ 2.5 بالمئة. وانتهى")).containsExactly("قال د. أحمد إن النمو بلغ 2.5 بالمئة.", "وانتهى");
    }
}
