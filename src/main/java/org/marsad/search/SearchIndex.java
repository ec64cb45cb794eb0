package org.marsad.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of the store: Arabic full text on a normalized unstemmed field (names, exact words,
 * clitic-free variants) and a stemmed field (recall), entity names, and filter/facet fields for entity
 * ids, countries, PLOVER types and the publication day. One writer; searches see the last commit or refresh.
 */
public final class SearchIndex implements AutoCloseable {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TITLE_NORM = "title_norm";
    static final String TITLE_STEM = "title_stem";
    static final String TEXT_NORM = "text_norm";
    static final String TEXT_STEM = "text_stem";
    static final String ENTITY_NAMES = "entities";
    static final String ENTITY = "entity";
    static final String COUNTRY = "country";
    static final String PLOVER = "plover";
    static final String DAY = "day";
    /** Facet fields, in the order results list them. */
    public static final List<String> FACETS = List.of(COUNTRY, ENTITY, PLOVER);
    private static final int SNIPPET_CHARS = 20_000;
    /** With offsets in the postings (the text is stored beside it), so that highlighting need not analyse the text again. */
    private static final org.apache.lucene.document.FieldType TEXT_WITH_OFFSETS = new org.apache.lucene.document.FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = ArabicAnalyzers.perField();
    private final Analyzer queryAnalyzer = ArabicAnalyzers.perFieldQuery();

    private SearchIndex(Path path) throws IOException {
        dir = FSDirectory.open(path);
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
        cfg.setRAMBufferSizeMB(96);
        // bulk ingest commits every batch: skip compound files (a copy of every flushed segment) and merge
        // in wider tiers, which roughly halves the merging work with a few more segments to search
        cfg.setUseCompoundFile(false);
        org.apache.lucene.index.TieredMergePolicy merges = new org.apache.lucene.index.TieredMergePolicy();
        merges.setNoCFSRatio(0);
        merges.setSegmentsPerTier(20);
        cfg.setMergePolicy(merges);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(dir, cfg);
        searchers = new SearcherManager(writer, null);
    }

    public static SearchIndex open(Path path) throws IOException {
        return new SearchIndex(path);
    }

    /** Adds or replaces a document (by id); visible after {@link #commit()}. Safe to call from several threads. */
    public void put(IndexedDocument d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        String title = d.title() == null ? "" : d.title();
        doc.add(new StoredField(TITLE, title));
        // each text is tokenized once for its normalized and stemmed fields (norm added first: see analyzeBoth)
        ArabicAnalyzers.Analyzed t = ArabicAnalyzers.analyzeBoth(title);
        doc.add(new TextField(TITLE_NORM, t.normalized()));
        doc.add(new TextField(TITLE_STEM, t.stemmed()));
        ArabicAnalyzers.Analyzed x = ArabicAnalyzers.analyzeBoth(d.text());
        doc.add(new StoredField(TEXT_NORM, d.text()));
        doc.add(new Field(TEXT_NORM, x.normalized(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(TEXT_STEM, x.stemmed()));
        doc.add(new TextField(ENTITY_NAMES, ArabicAnalyzers.normalizedStream(d.entityNames() == null ? "" : d.entityNames())));
        if (d.published() != null) {
            int day = (int) d.published().toEpochDay();
            doc.add(new IntPoint(DAY, day));
            doc.add(new StoredField(DAY, day));
            doc.add(new NumericDocValuesField(DAY, day));
        }
        addKeywords(doc, ENTITY, d.entityIds());
        addKeywords(doc, COUNTRY, d.countries());
        addKeywords(doc, PLOVER, d.plover());
        writer.updateDocument(new Term(ID, d.id()), doc);
    }

    private static void addKeywords(Document doc, String field, Set<String> values) {
        if (values == null) return;
        for (String v : values) {
            doc.add(new StringField(field, v, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(field, new BytesRef(v)));
        }
    }

    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(ID, id));
    }

    /** Makes every change durable and visible to searches. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The ids of every live document (to reconcile with the database), read from the terms, not stored fields. */
    public Set<String> ids() throws IOException {
        Set<String> out = new HashSet<>();
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                var terms = leaf.reader().terms(ID);
                if (terms == null) continue;
                var live = leaf.reader().getLiveDocs();
                var it = terms.iterator();
                org.apache.lucene.index.PostingsEnum postings = null;
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    postings = it.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            out.add(term.utf8ToString());
                            break;
                        }
                    }
                }
            }
        } finally {
            searchers.release(s);
        }
        return out;
    }

    public int count() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** Runs a search. @throws InvalidQueryException when the query is not valid Lucene syntax */
    public SearchResult search(SearchRequest r) throws IOException {
        Query query = buildQuery(r);
        IndexSearcher s = searchers.acquire();
        try {
            return run(s, query, r);
        } catch (IndexSearcher.TooManyClauses | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new InvalidQueryException("the query is too complex (" + e.getClass().getSimpleName() + ")");
        } finally {
            searchers.release(s);
        }
    }

    private SearchResult run(IndexSearcher s, Query query, SearchRequest r) throws IOException {
        int wanted = (r.page() + 1) * r.size();
        boolean hasText = r.query() != null && !r.query().isBlank();
        TopDocs top = hasText ? s.search(query, wanted)
                : s.search(query, wanted, new Sort(new SortField(DAY, SortField.Type.INT, true)));
        FacetCounts facets = s.search(query, new FacetManager());
        int from = Math.min(top.scoreDocs.length, r.page() * r.size());
        ScoreDoc[] slice = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        String[] snippets = new String[slice.length];
        if (slice.length > 0) {
            UnifiedHighlighter hl = UnifiedHighlighter.builder(s, analyzer).withMaxLength(SNIPPET_CHARS).build();
            snippets = hl.highlight(TEXT_NORM, query, new TopDocs(top.totalHits, slice), 2);
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        StoredFields stored = s.storedFields();
        for (int i = 0; i < slice.length; i++) {
            Document d = stored.document(slice[i].doc, Set.of(ID, TITLE, DAY));
            var day = d.getField(DAY);
            String published = day == null ? null : LocalDate.ofEpochDay(day.numericValue().intValue()).toString();
            String title = d.get(TITLE);
            hits.add(new SearchResult.Hit(d.get(ID), title == null || title.isEmpty() ? null : title, published,
                    null, Float.isNaN(slice[i].score) ? 0f : slice[i].score, snippet(snippets[i])));
        }
        return new SearchResult(facets.docs, hits, facets.sorted());
    }

    private static String snippet(String s) {
        if (s == null) return null;
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    Query buildQuery(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (r.query() != null && !r.query().isBlank()) {
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            text.add(new BoostQuery(parse(TEXT_NORM, r.query()), 2f), Occur.SHOULD);
            text.add(parse(TEXT_STEM, r.query()), Occur.SHOULD);
            text.add(new BoostQuery(parse(TITLE_NORM, r.query()), 3f), Occur.SHOULD);
            text.add(new BoostQuery(parse(TITLE_STEM, r.query()), 1.5f), Occur.SHOULD);
            text.add(new BoostQuery(parse(ENTITY_NAMES, r.query()), 2f), Occur.SHOULD);
            if (r.expandWithEntities() != null) {
                for (String e : r.expandWithEntities()) text.add(new BoostQuery(new TermQuery(new Term(ENTITY, e)), 2f), Occur.SHOULD);
            }
            b.add(text.build(), Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (r.from() != null || r.to() != null) {
            int lo = r.from() == null ? Integer.MIN_VALUE : (int) r.from().toEpochDay();
            int hi = r.to() == null ? Integer.MAX_VALUE : (int) r.to().toEpochDay();
            b.add(IntPoint.newRangeQuery(DAY, lo, hi), Occur.FILTER);
        }
        if (r.entity() != null) b.add(new TermQuery(new Term(ENTITY, r.entity())), Occur.FILTER);
        if (r.country() != null) b.add(new TermQuery(new Term(COUNTRY, r.country())), Occur.FILTER);
        if (r.plover() != null) b.add(new TermQuery(new Term(PLOVER, r.plover())), Occur.FILTER);
        return b.build();
    }

    private Query parse(String field, String q) {
        QueryParser p = new QueryParser(field, queryAnalyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setSplitOnWhitespace(true);
        try {
            return p.parse(q);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidQueryException(firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "invalid query";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        dir.close();
    }

    /** A query the parser rejected; the message says why. */
    public static final class InvalidQueryException extends IllegalArgumentException {
        InvalidQueryException(String message) {
            super(message);
        }
    }

    private static final class FacetCounts {
        final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        long docs;

        void merge(FacetCounts o) {
            docs += o.docs;
            o.counts.forEach((f, m) -> m.forEach((v, c) -> counts.computeIfAbsent(f, k -> new HashMap<>()).merge(v, c, Integer::sum)));
        }

        Map<String, Map<String, Integer>> sorted() {
            Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
            for (String f : FACETS) {
                Map<String, Integer> sorted = new LinkedHashMap<>();
                counts.getOrDefault(f, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(20).forEach(e -> sorted.put(e.getKey(), e.getValue()));
                out.put(f, sorted);
            }
            return out;
        }
    }

    /** Counts facet values over every matching document (the facet module is not on the dependency list). */
    private static final class FacetCollector extends SimpleCollector {
        final FacetCounts result = new FacetCounts();
        private final SortedSetDocValues[] dv = new SortedSetDocValues[FACETS.size()];
        private final int[][] segCounts = new int[FACETS.size()][];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int f = 0; f < dv.length; f++) {
                dv[f] = context.reader().getSortedSetDocValues(FACETS.get(f));
                segCounts[f] = dv[f] == null ? null : new int[(int) Math.min(Integer.MAX_VALUE - 8, dv[f].getValueCount())];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            result.docs++;
            for (int f = 0; f < dv.length; f++) {
                if (dv[f] != null && dv[f].advanceExact(doc)) {
                    for (int i = 0; i < dv[f].docValueCount(); i++) segCounts[f][(int) dv[f].nextOrd()]++;
                }
            }
        }

        void flush() throws IOException {
            for (int f = 0; f < dv.length; f++) {
                if (dv[f] == null || segCounts[f] == null) continue;
                Map<String, Integer> m = result.counts.computeIfAbsent(FACETS.get(f), k -> new HashMap<>());
                for (int ord = 0; ord < segCounts[f].length; ord++) {
                    if (segCounts[f][ord] > 0) m.merge(dv[f].lookupOrd(ord).utf8ToString(), segCounts[f][ord], Integer::sum);
                }
                segCounts[f] = null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static final class FacetManager implements CollectorManager<FacetCollector, FacetCounts> {
        @Override
        public FacetCollector newCollector() {
            return new FacetCollector();
        }

        @Override
        public FacetCounts reduce(java.util.Collection<FacetCollector> collectors) throws IOException {
            FacetCounts out = new FacetCounts();
            for (FacetCollector c : collectors) {
                c.flush();
                out.merge(c.result);
            }
            return out;
        }
    }
}
