package org.marsad.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A cleaned article with its sentences and tokens: what every understanding stage (names, dates,
 * events) reads. Offsets are UTF-16 into {@link #title()} or {@link #text()}.
 */
public record ArticleText(Article article, List<Sentence> sentences, List<Token> titleTokens,
                          List<Token> tokens, LocalDate publishedDate) {
    public ArticleText {
        sentences = List.copyOf(sentences);
        titleTokens = List.copyOf(titleTokens);
        tokens = List.copyOf(tokens);
    }

    public String text() {
        return article.text();
    }

    /** The title, or the empty string when the article has none. */
    public String title() {
        return article.title() == null ? "" : article.title();
    }

    public String of(Field field) {
        return field == Field.TITLE ? title() : text();
    }

    public List<Token> tokensOf(Field field) {
        return field == Field.TITLE ? titleTokens : tokens;
    }

    /** Index of the sentence containing the offset, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
