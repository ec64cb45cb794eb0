package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.marsad.model.ArticleText;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.model.NamedMention;
import org.marsad.model.Sentence;
import org.marsad.model.Token;

/**
 * Names from the sequence tagger: the title is tagged as one sequence and the text sentence by sentence;
 * each B/I chunk becomes a mention with exact UTF-16 offsets. A conjunction or preposition glued before
 * the article (والعراق, بالعراق) is left out of the mention, so the mention reads as the name.
 * Stateless and thread-safe; the model is obtained on first use.
 */
public final class TaggerEntityRecognizer implements EntityRecognizer {
    private final Supplier<NerModel> model;

    /** A recognizer with the shipped model, loaded on the first article. */
    public static TaggerEntityRecognizer shipped() {
        return new TaggerEntityRecognizer(ShippedModel::get);
    }

    public TaggerEntityRecognizer(Supplier<NerModel> model) {
        this.model = Objects.requireNonNull(model);
    }

    public TaggerEntityRecognizer(NerModel model) {
        this(() -> model);
    }

    @Override
    public List<NamedMention> recognize(ArticleText article) {
        NerModel m = model.get();
        // the title and each sentence of the text are sequences of one document
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(Field.TITLE, article.title(), article.titleTokens(), 0, article.titleTokens().size()));
        List<Token> tokens = article.tokens();
        int t = 0;
        for (Sentence s : article.sentences()) {
            int from = t;
            while (from < tokens.size() && tokens.get(from).end() <= s.start()) from++;
            if (from > t) segments.add(new Segment(Field.TEXT, article.text(), tokens, t, from)); // between sentences
            int to = from;
            while (to < tokens.size() && tokens.get(to).start() < s.end()) to++;
            segments.add(new Segment(Field.TEXT, article.text(), tokens, from, to));
            t = to;
        }
        if (t < tokens.size()) segments.add(new Segment(Field.TEXT, article.text(), tokens, t, tokens.size()));
        List<String[]> words = new ArrayList<>(segments.size());
        for (Segment seg : segments) words.add(seg.words());
        List<double[]> confidence = new ArrayList<>(segments.size());
        List<int[]> labels = m.decodeDocument(words, confidence, NerModel.WHOLE_DOCUMENT);
        List<NamedMention> out = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) segments.get(k).mentions(m, labels.get(k), confidence.get(k), out);
        return out;
    }

    private record Segment(Field field, String text, List<Token> tokens, int from, int to) {
        String[] words() {
            String[] w = new String[to - from];
            for (int i = 0; i < w.length; i++) w[i] = tokens.get(from + i).text(text);
            return w;
        }

        void mentions(NerModel m, int[] labels, double[] confidence, List<NamedMention> out) {
            int n = labels.length;
            int i = 0;
            while (i < n) {
                if (labels[i] == Labels.O) {
                    i++;
                    continue;
                }
                int type = Labels.type(labels[i]);
                int j = i + 1;
                while (j < n && Labels.isInside(labels[j]) && Labels.type(labels[j]) == type) j++;
                Token first = tokens.get(from + i), last = tokens.get(from + j - 1);
                int start = nameStart(m, text, first);
                int end = last.end();
                double conf = 0;
                for (int k = i; k < j; k++) conf += confidence[k];
                out.add(new NamedMention(new Mention(text.substring(start, end), start, end, field),
                        Labels.entityType(Labels.TYPES.get(type)), Math.round(conf / (j - i) * 1000) / 1000.0));
                i = j;
            }
        }
    }

    /**
     * Start of the name in its first token, after a glued conjunction or preposition (و ف ب ل ك):
     * <ul>
     *   <li>before the article (والعراق, بالعراق): when the word without it is a known news word, or the
     *       whole token is not (so a name like فالكونر that the clusters know whole keeps its first letter);</li>
     *   <li>before a bare name (وسوريا, لتركيا): only when the rest is a listed name and the whole token is
     *       not (لبنان stays whole), and not when the clusters know the whole token but not the rest (فرانس
     *       stays whole, though رانس is a listed name).</li>
     * </ul>
     */
    static int nameStart(NerModel m, String text, Token first) {
        int start = first.start(), end = first.end();
        int s = first.stemStart();
        if (s > start && s + 2 < end && text.charAt(s + 1) == 'ل' && "اأإآ".indexOf(text.charAt(s)) >= 0) {
            if (m.knowsWord(text.substring(s, end))) return s;
            if (m.knowsWord(text.substring(start, end))) return start;
            return text.charAt(start) == 'ف' ? start : s;
        }
        if (end - start < 4 || first.kind() != Token.Kind.ARABIC || m.isListedName(text.substring(start, end))) return start;
        int p = start;
        if ("وف".indexOf(text.charAt(p)) >= 0) p++;
        for (int q = p; q <= p + 1 && q <= start + 2; q++) {
            // فرانس (برس) is a word the clusters know whole, رانس only a listed name: the letter is the name's
            if (q > start && end - q >= 3 && m.isListedName(text.substring(q, end))
                    && !(m.knowsWord(text.substring(start, end)) && !m.knowsWord(text.substring(q, end)))) return q;
            if (q == p && "بلك".indexOf(text.charAt(p)) < 0) break;
        }
        return start;
    }
}
