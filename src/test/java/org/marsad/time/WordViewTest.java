package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

class WordViewTest {
    private static final String TEXT = "وقالت وزارة الخارجية العراقية إن وزاره ستعقد اجتماعا مع الوزارة، وبحث الوزير "
            + "في اتصال هاتفي مع نظيره الأردني الأوضاع في سوريا والعراق يوم 12 كانون الأول 2024.";

    private static List<Token> tokens(String text) {
        return new Tokenizer().tokenize(text);
    }

    @Test
    void cachedReadingsAreTheReadingsOfEachToken() {
        Set<String> ministry = Set.of("وزاره"), meeting = Set.of("اجتماع");
        WordView.Classes classes = new WordView.Classes(List.of(ministry, meeting));
        List<Token> t = tokens(TEXT);
        // the same forms through a fresh view of other classes, a view without classes and a second view of the
        // same classes (whose cache is now warm) read alike
        WordView warmUp = new WordView(TEXT, t, classes);
        for (int i = 0; i < warmUp.size(); i++) warmUp.is(i, ministry);
        WordView cached = new WordView(TEXT, t, classes);
        WordView plain = new WordView(TEXT, t);
        WordView other = new WordView(TEXT, t, new WordView.Classes(List.of(Set.of("x"))));
        for (int i = 0; i < cached.size(); i++) {
            assertThat(cached.readings(i)).as("token %d", i).isEqualTo(plain.readings(i)).isEqualTo(other.readings(i));
            assertThat(cached.is(i, ministry)).as("token %d", i).isEqualTo(plain.is(i, ministry));
            assertThat(cached.is(i, meeting)).as("token %d", i).isEqualTo(plain.is(i, meeting));
        }
    }

    @Test
    void aFinalTehMarbutaIsNoPronounSuffixButAFinalHehIs() {
        String text = "وزارة وزاره";
        WordView v = new WordView(text, tokens(text), new WordView.Classes(List.of(Set.of("وزار"))));
        // both normalize to وزاره; only the one written with heh may be وزار + pronoun
        assertThat(v.norm(0)).isEqualTo(v.norm(1));
        assertThat(v.readings(0)).doesNotContain("وزار");
        assertThat(v.is(0, Set.of("وزار"))).isFalse();
        assertThat(v.readings(1)).contains("وزار");
        assertThat(v.is(1, Set.of("وزار"))).isTrue();
    }
}
