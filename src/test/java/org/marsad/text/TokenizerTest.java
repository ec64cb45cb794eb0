package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(t -> t.text(s)).toList();
    }

    @Test
    void splitsPunctuationFromArabicWords() {
        assertThat(texts("قال الوزير: «الوضع خطير»، وأضاف.")).containsExactly(
                "قال", "الوزير", ":", "«", "الوضع", "خطير", "»", "،", "وأضاف", ".");
    }

    @Test
    void numbersUrlsAndLatin() {
        String s = "قتل 50 جنديا و٣ مدنيين في 2.5 ساعة https://t.co/8z82 ISIS";
        assertThat(texts(s)).containsExactly("قتل", "50", "جنديا", "و", "٣", "مدنيين", "في", "2.5", "ساعة", "https://t.co/8z82", "ISIS");
        assertThat(tokenizer.tokenize(s).get(9).kind()).isEqualTo(Token.Kind.URL);
    }

    @Test
    void stemSetsCliticsAside() {
        String s = "بالموصل والعراق للعراق وبالتحديد قواتها واشنطن وزير";
        List<Token> tokens = tokenizer.tokenize(s);
        assertThat(tokens.stream().map(t -> t.stem(s)).toList())
                .containsExactly("الموصل", "العراق", "لعراق", "التحديد", "قوات", "واشنطن", "وزير");
    }

    @Test
    void diacriticsStayInsideWords() {
        assertThat(texts("عبَّر مؤكداً")).containsExactly("عبَّر", "مؤكداً");
    }
}
