package org.marsad.geo;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Tokenizer;

/** Normalized look-up keys: the words of a name, normalized for matching and joined by single spaces. */
final class NameKeys {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private NameKeys() {
    }

    static String key(String name) {
        return String.join(" ", words(name));
    }

    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(name)) {
            if (isWordLike(t)) out.add(ArabicNormalizer.normalizeForMatching(t.text(name)));
        }
        return out;
    }

    static boolean isWordLike(Token t) {
        return t.kind() == Token.Kind.ARABIC || t.kind() == Token.Kind.LATIN || t.kind() == Token.Kind.NUMBER;
    }
}
