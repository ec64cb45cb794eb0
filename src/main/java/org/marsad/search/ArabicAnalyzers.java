package org.marsad.search;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two Arabic analyses of the index. Both fold presentation forms (NFKC, which scraped text contains),
 * lower-case Latin, map Arabic-Indic digits and normalize alef/yeh/teh marbuta and diacritics.
 * <ul>
 *   <li>{@link #normalized()}: no stemming, so names stay intact (ArabicAnalyzer turns إيران into اير);
 *       each word also yields its clitic-free form at the same position (بالموصل also indexes الموصل).</li>
 *   <li>{@link #stemmed()}: Lucene's Arabic chain (stop words and light stemming) for recall.</li>
 * </ul>
 */
public final class ArabicAnalyzers {
    private ArabicAnalyzers() {
    }

    public static Analyzer normalized() {
        return normalized(false);
    }

    /** The normalized analysis of queries: every clitic reading of each word is a synonym. */
    public static Analyzer normalizedQuery() {
        return normalized(true);
    }

    private static Analyzer normalized(boolean query) {
        return new ArabicChain() {
            @Override
            TokenStream filter(TokenStream words) {
                return normalizedFilters(words, query);
            }
        };
    }

    public static Analyzer stemmed() {
        return new ArabicChain() {
            @Override
            TokenStream filter(TokenStream words) {
                return stemmedFilters(words);
            }
        };
    }

    private static TokenStream normalizedFilters(TokenStream words, boolean query) {
        return new CliticVariantFilter(new ArabicNormalizationFilter(words), query);
    }

    private static TokenStream stemmedFilters(TokenStream words) {
        TokenStream ts = new StopFilter(words, ArabicAnalyzer.getDefaultStopSet());
        return new ArabicStemFilter(new ArabicNormalizationFilter(ts));
    }

    /** The normalized and the stemmed token streams of one text, as indexed. */
    record Analyzed(TokenStream normalized, TokenStream stemmed) {
    }

    /**
     * Both index analyses of {@code text} from one pass of the shared front (NFKC, tokenizer, lower case,
     * digits): {@link RecordedTokens} records those tokens while the normalized stream is indexed, and the
     * stemmed stream replays them. Gives the same tokens as {@link #normalized()} and {@link #stemmed()},
     * for about half the tokenizing work. The normalized stream must be consumed first (Lucene inverts a
     * document's fields in the order they were added).
     */
    static Analyzed analyzeBoth(String text) {
        RecordedTokens front = new RecordedTokens();
        return new Analyzed(normalizedFilters(front.recorder(front(text)), false), stemmedFilters(front.replay()));
    }

    /** The normalized analysis of {@code text} (as {@link #normalized()} gives it), for indexing. */
    static TokenStream normalizedStream(String text) {
        return normalizedFilters(front(text), false);
    }

    /** NFKC → standard tokenizer → lower case → decimal digits over one text, ready to be reset and read. */
    private static TokenStream front(String text) {
        Tokenizer source = new StandardTokenizer();
        // NFKC leaves a text that is already NFKC as it is (most texts): skip the char filter's copying then
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        Reader reader = new java.io.StringReader(text);
        source.setReader(nfkc.isNormalized(text) ? reader : new ICUNormalizer2CharFilter(reader, nfkc));
        return new DecimalDigitFilter(new LowerCaseFilter(source));
    }

    /** NFKC → standard tokenizer → lower case → decimal digits, then {@link #filter}. */
    private abstract static class ArabicChain extends Analyzer {
        abstract TokenStream filter(TokenStream words);

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, filter(new DecimalDigitFilter(new LowerCaseFilter(source))));
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCInstance());
        }
    }

    /** The index's analyzer: stemmed for {@code *_stem} fields, normalized for every other text field. */
    static Analyzer perField() {
        Analyzer stem = stemmed();
        return new PerFieldAnalyzerWrapper(normalized(), Map.of(SearchIndex.TEXT_STEM, stem, SearchIndex.TITLE_STEM, stem));
    }

    /** The same fields' analysis for parsing queries. */
    static Analyzer perFieldQuery() {
        Analyzer stem = stemmed();
        return new PerFieldAnalyzerWrapper(normalizedQuery(), Map.of(SearchIndex.TEXT_STEM, stem, SearchIndex.TITLE_STEM, stem));
    }
}
