package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.export.AnalysisJson;
import org.marsad.ingest.InputReader;
import org.marsad.model.Analysis;
import org.marsad.pipeline.Pipelines;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;

/** Store behaviour every database must show; subclasses run it on H2 and on PostgreSQL. */
abstract class StoreContract {
    @TempDir
    Path dir;

    /** Opens a store with an empty database, and the index in {@code data}. */
    abstract Store open(Path data) throws Exception;

    private static SearchRequest query(String q) {
        return new SearchRequest(q, null, null, null, null, null, 0, 10, Set.of());
    }

    private static List<String> titles(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::title).toList();
    }

    private Ingester.Result ingestArticles(Store store) throws Exception {
        return ingestArticles(store, 2);
    }

    Ingester.Result ingestArticles(Store store, int threads) throws Exception {
        Path articles = Fixtures.articles(dir.resolve("articles"));
        var pipeline = Pipelines.standard().defaultPublished("2024-03-05").build();
        return new Ingester(pipeline, store, threads, 2).run(new InputReader(), List.of(articles.toString()),
                new ByteArrayInputStream(new byte[0]), new Ingester.Listener() {
                    @Override
                    public void processed() {
                    }

                    @Override
                    public void failed(String where, String reason) {
                        throw new AssertionError(where + ": " + reason);
                    }
                });
    }

    @Test
    void ingestIsIdempotentAndGroupsCopiesAndRewrites() throws Exception {
        try (Store store = open(dir.resolve("data"))) {
            Ingester.Result first = ingestArticles(store);
            assertThat(first.stored()).isEqualTo(5);
            Ingester.Result again = ingestArticles(store);
            assertThat(again.stored()).isZero();
            assertThat(again.skipped()).isEqualTo(5);
            assertThat(store.counts().get("documents")).isEqualTo(5);
            assertThat(store.index().count()).isEqualTo(5);

            SearchResult mosul = store.search(query("مشتبه الموصل"));
            String original = mosul.hits().stream().filter(h -> h.title().startsWith("القوات العراقية")).findFirst().orElseThrow().id();
            ObjectNode info = store.documentInfo(original).orElseThrow();
            // the copy (one word changed) is a near-duplicate, the rewrite joins the same story
            assertThat(info.get("story_size").asInt()).isEqualTo(3);
            assertThat(store.counts().get("stories")).isEqualTo(3);
            long nearDuplicates = store.search(query("الموصل")).hits().stream()
                    .filter(h -> info(store, h.id()).path("duplicate_of").isTextual()).count();
            assertThat(nearDuplicates).isEqualTo(1);
        }
    }

    static ObjectNode info(Store store, String id) {
        try {
            return store.documentInfo(id).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void searchFindsCliticFormsAndStemsAndRejectsBadSyntax() throws Exception {
        try (Store store = open(dir.resolve("data"))) {
            ingestArticles(store);
            // بالموصل (with the preposition) finds الموصل, and the other way round
            assertThat(titles(store.search(query("بالموصل")))).contains("القوات العراقية تعتقل خمسة مشتبه بهم في الموصل");
            assertThat(titles(store.search(query("الموصل")))).contains("اعتقال خمسة من عناصر داعش بالموصل");
            // the stemmed field: الفصائل / فصائل, and phrases
            assertThat(titles(store.search(query("فصائل")))).containsExactly("وفد مصري يزور غزة لبحث التهدئة");
            assertThat(titles(store.search(query("\"الدوري الممتاز\"")))).containsExactly("الأهلي يتوج بلقب الدوري بعد فوز مثير");
            assertThat(store.search(query("غزة")).hits().get(0).snippet()).contains("<b>غزة</b>");
            assertThat(store.search(query("كلمةغيرموجودة")).total()).isZero();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.search(query("الموصل AND (")))
                    .isInstanceOf(org.marsad.search.SearchIndex.InvalidQueryException.class);
            // no query lists everything; a date filter narrows it
            assertThat(store.search(query(null)).total()).isEqualTo(5);
            assertThat(store.search(new SearchRequest(null, LocalDate.of(2024, 3, 6), null, null, null, null, 0, 10, Set.of())).total()).isZero();
        }
    }

    @Test
    void aliasesEventsTimelineAndExportsFromLinkedAnalyses() throws Exception {
        try (Store store = open(dir.resolve("data"))) {
            List<Analysis> reports = Fixtures.eventReports();
            assertThat(store.add(reports).added()).isEqualTo(3);
            assertThat(store.add(reports).skipped()).isEqualTo(3);

            // a query for the canonical name finds documents that only say داعش
            SearchResult isis = store.search(query("الدولة الإسلامية"));
            assertThat(isis.hits()).extracting(SearchResult.Hit::id).contains(reports.get(0).id(), reports.get(1).id());
            assertThat(isis.facets().get("entity")).containsKey(Fixtures.ISIS_KB);
            assertThat(store.search(query("Mosul")).total()).isEqualTo(2);
            assertThat(store.search(new SearchRequest(null, null, null, null, "YE", null, 0, 10, Set.of())).hits())
                    .extracting(SearchResult.Hit::id).containsExactly(reports.get(2).id());
            assertThat(store.search(new SearchRequest(null, null, null, Fixtures.MOSUL_KB, null, "ARREST", 0, 10, Set.of())).total()).isEqualTo(2);

            // the two Mosul reports (same type, actor, place, a day apart) are one event with two reports
            JsonNode events = store.events(EventFilter.ALL, 0, 10);
            assertThat(events.get("total").asInt()).isEqualTo(2);
            JsonNode arrest = events.get("events").get(1);
            assertThat(arrest.get("plover").asText()).isEqualTo("ARREST");
            assertThat(arrest.get("report_count").asInt()).isEqualTo(2);
            assertThat(arrest.get("reports")).extracting(r -> r.get("source").asText())
                    .containsExactlyInAnyOrder("https://outlet-a.example/1", "https://outlet-b.example/2");
            assertThat(arrest.get("location").get("id").asText()).isEqualTo(Fixtures.MOSUL_KB);
            assertThat(store.events(new EventFilter(null, null, null, "YE", null), 0, 10).get("total").asInt()).isEqualTo(1);
            assertThat(store.events(new EventFilter(LocalDate.of(2024, 3, 7), null, null, null, null), 0, 10).get("total").asInt()).isEqualTo(1);

            JsonNode timeline = store.timeline(EventFilter.ALL);
            assertThat(timeline).extracting(d -> d.get("date").asText() + "=" + d.get("events").asInt() + "/" + d.get("reports").asInt())
                    .containsExactly("2024-03-05=1/2", "2024-03-07=1/1");

            JsonNode entity = store.entity(Fixtures.ISIS_KB, 100).orElseThrow();
            assertThat(entity.get("documents").asInt()).isEqualTo(2);
            assertThat(entity.get("mentions")).hasSize(2);
            assertThat(entity.get("cooccurring")).extracting(c -> c.get("id").asText()).contains(Fixtures.MOSUL_KB);
            assertThat(entity.get("names")).extracting(JsonNode::asText).contains("داعش", "الدوله الاسلاميه");

            List<Analysis> exported = new ArrayList<>();
            store.exportAnalyses(new EventFilter(null, null, null, null, "assault"), 100, exported::add);
            assertThat(exported).extracting(Analysis::id).containsExactly(reports.get(2).id());
            String json = store.documentJson(reports.get(0).id()).orElseThrow();
            assertThat(AnalysisJson.fromJson(AnalysisJson.MAPPER.readTree(json))).isEqualTo(reports.get(0));
        }
        // reopening restores the in-memory look-ups: the same reports merge with what is stored
        try (Store store = open(dir.resolve("data"))) {
            assertThat(store.size()).isEqualTo(3);
            assertThat(store.add(Fixtures.eventReports()).skipped()).isEqualTo(3);
        }
    }

    @Test
    void reopeningReindexesWhatTheIndexLost() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = open(data)) {
            ingestArticles(store);
        }
        // a crash between the database commit and the index commit leaves documents unindexed
        try (Stream<Path> files = Files.walk(data.resolve("index"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        try (Store store = open(data)) {
            assertThat(store.index().count()).isEqualTo(5);
            assertThat(store.search(query("غزة")).total()).isEqualTo(1);
        }
    }
}
