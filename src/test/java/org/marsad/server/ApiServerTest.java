package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.export.AnalysisJson;
import org.marsad.export.OutputFormats;
import org.marsad.ingest.InputReader;
import org.marsad.model.Analysis;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import org.marsad.store.Fixtures;
import org.marsad.store.Ingester;
import org.marsad.store.Store;

/** End to end: the real server on a random port over a store holding the fixtures. */
class ApiServerTest {
    private static final String TOKEN = "test-token-123";
    @TempDir
    static Path dir;
    static Store store;
    static ApiServer server;
    static String base;
    static List<Analysis> reports;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("data"), null);
        Pipeline pipeline = Pipelines.standard().defaultPublished("2024-03-05").build();
        Ingester.Result r = new Ingester(pipeline, store, 2, 10).run(new InputReader(),
                List.of(Fixtures.articles(dir.resolve("articles")).toString()), new ByteArrayInputStream(new byte[0]),
                new Ingester.Listener() {
                    @Override
                    public void processed() {
                    }

                    @Override
                    public void failed(String where, String reason) {
                        throw new AssertionError(where + ": " + reason);
                    }
                });
        assertThat(r.stored()).isEqualTo(5);
        reports = Fixtures.eventReports();
        store.add(reports);
        server = new ApiServer(store, pipeline, TOKEN);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String pathAndQuery, int status) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(status);
        return AnalysisJson.MAPPER.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> titles(JsonNode search) {
        return StreamSupport.stream(search.get("hits").spliterator(), false).map(h -> h.path("title").asText()).toList();
    }

    @Test
    void healthAndOpenApi() throws Exception {
        assertThat(getJson("/health", 200).get("documents").asInt()).isEqualTo(8);
        JsonNode api = getJson("/openapi.json", 200);
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").fieldNames()).toIterable().contains("/health", "/api/search", "/api/documents/{id}", "/api/entities/{id}",
                "/api/events", "/api/timeline", "/api/export", "/api/documents");
    }

    @Test
    void searchFindsCliticFormsAliasesAndHasFacets() throws Exception {
        JsonNode mosul = getJson("/api/search?q=" + enc("بالموصل"), 200);
        assertThat(titles(mosul)).contains("القوات العراقية تعتقل خمسة مشتبه بهم في الموصل");
        assertThat(mosul.get("hits").get(0).get("snippet").asText()).contains("<b>");
        JsonNode isis = getJson("/api/search?q=" + enc("الدولة الإسلامية"), 200);
        assertThat(titles(isis)).contains("اعتقال خمسة من داعش في الموصل", "قوة عراقية تعتقل مسلحين");
        assertThat(isis.get("facets").get("entity")).anySatisfy(f -> {
            assertThat(f.get("value").asText()).isEqualTo(Fixtures.ISIS_KB);
            // the hand-linked fixtures and the catalog linker name the same kb id; either name may be shown
            assertThat(f.get("name").asText()).isIn("الدولة الإسلامية", "داعش");
        });
        JsonNode filtered = getJson("/api/search?country=iq&plover=arrest&from=2024-03-05&to=2024-03-06&size=1&page=2", 200);
        assertThat(filtered.get("total").asInt()).isEqualTo(2);
        assertThat(filtered.get("hits")).hasSize(1);
        assertThat(filtered.get("facets").get("country").get(0).get("value").asText()).isEqualTo("IQ");
    }

    @Test
    void aliasFromTheStandardPipeline() throws Exception {
        JsonNode all = getJson("/api/search?q=" + enc("مشتبه الموصل"), 200);
        String id = all.get("hits").get(0).get("id").asText();
        JsonNode analysis = getJson("/api/documents/" + id, 200);
        boolean linked = StreamSupport.stream(analysis.get("entities").spliterator(), false)
                .anyMatch(e -> StreamSupport.stream(e.get("mentions").spliterator(), false).anyMatch(m -> m.get("text").asText().contains("داعش"))
                        && (e.path("kb").isTextual() || e.path("name_en").isTextual()));
        Assumptions.assumeTrue(linked, "the standard pipeline does not link داعش to a catalog entity in this build (no linker merged yet): "
                + "alias search on ingested articles not checked here; the hand-linked fixtures cover it");
        assertThat(getJson("/api/search?q=" + enc("الدولة الإسلامية"), 200).get("hits"))
                .extracting(h -> h.get("id").asText()).contains(id);
    }

    @Test
    void badParametersAreNamed() throws Exception {
        assertThat(getJson("/api/search?from=2024-13-40", 400).get("parameter").asText()).isEqualTo("from");
        assertThat(getJson("/api/search?size=1000", 400).get("parameter").asText()).isEqualTo("size");
        assertThat(getJson("/api/search?page=abc", 400).get("parameter").asText()).isEqualTo("page");
        assertThat(getJson("/api/search?q=" + enc("الموصل AND ("), 400).get("parameter").asText()).isEqualTo("q");
        assertThat(getJson("/api/search?q=" + enc("x".repeat(600)), 400).get("parameter").asText()).isEqualTo("q");
        assertThat(getJson("/api/events?entity=" + enc("x' OR '1'='1"), 400).get("parameter").asText()).isEqualTo("entity");
        assertThat(getJson("/api/timeline?country=IRQ", 400).get("parameter").asText()).isEqualTo("country");
        assertThat(getJson("/api/events?from=2024-03-07&to=2024-03-01", 400).get("parameter").asText()).isEqualTo("to");
        assertThat(getJson("/api/export?format=xml", 400).get("parameter").asText()).isEqualTo("format");
        assertThat(getJson("/api/export", 400).get("parameter").asText()).isEqualTo("format");
        // quotes and SQL in a query are only words
        getJson("/api/search?q=" + enc("' OR 1=1; DROP TABLE documents;"), 200);
        assertThat(getJson("/health", 200).get("documents").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(getJson("/api/documents/nope", 404).get("error").asText()).contains("nope");
        assertThat(getJson("/api/no-such-route", 404).has("error")).isTrue();
    }

    @Test
    void documentIsTheContractAnalysis() throws Exception {
        Analysis a = reports.get(0);
        HttpResponse<String> r = get("/api/documents/" + a.id());
        assertThat(r.headers().firstValue("X-Marsad-Story")).isPresent();
        JsonNode json = getJson("/api/documents/" + a.id(), 200);
        assertThat(json.get("schema").asText()).isEqualTo("marsad/analysis@1");
        assertThat(AnalysisJson.fromJson(json)).isEqualTo(a);
    }

    @Test
    void entityHasMentionsAndCooccurrences() throws Exception {
        JsonNode e = getJson("/api/entities/" + Fixtures.ISIS_KB, 200);
        assertThat(e.get("name_en").asText()).startsWith("Islamic State");
        assertThat(e.get("documents").asInt()).isGreaterThanOrEqualTo(2); // fixtures, and ingested articles the catalog links too
        JsonNode m = e.get("mentions").get(0);
        String text = getJson("/api/documents/" + m.get("document").asText(), 200).get("text").asText();
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, m.get("start").asInt(), m.get("end").asInt() - m.get("start").asInt())).isEqualTo("داعش");
        assertThat(e.get("cooccurring")).extracting(c -> c.get("id").asText()).contains(Fixtures.MOSUL_KB);
        getJson("/api/entities/Q0", 404);
    }

    @Test
    void eventsAreMergedAcrossReportsAndCountedPerDay() throws Exception {
        // the hand-linked reports use their own event type (ARREST) and Sanaa's kb id, so that the events the
        // standard pipeline codes in the ingested fixture articles do not enter these counts
        JsonNode events = getJson("/api/events?country=IQ&plover=ARREST", 200);
        assertThat(events.get("total").asInt()).isEqualTo(1);
        JsonNode e = events.get("events").get(0);
        assertThat(e.get("report_count").asInt()).isEqualTo(2);
        assertThat(e.get("reports")).extracting(r -> r.get("document").asText()).containsExactlyInAnyOrder(reports.get(0).id(), reports.get(1).id());
        assertThat(getJson("/api/events?plover=ASSAULT&entity=Q2471", 200).get("events").get(0).get("location").get("name").asText()).isEqualTo("صنعاء");
        JsonNode days = getJson("/api/timeline?from=2024-03-01&to=2024-03-31&plover=ARREST", 200).get("days");
        assertThat(days).extracting(d -> d.get("date").asText() + ":" + d.get("events").asInt()).containsExactly("2024-03-05:1");
        JsonNode sanaa = getJson("/api/timeline?from=2024-03-01&to=2024-03-31&entity=Q2471", 200).get("days");
        assertThat(sanaa).extracting(d -> d.get("date").asText() + ":" + d.get("events").asInt()).containsExactly("2024-03-07:1");
        assertThat(getJson("/api/timeline?entity=" + Fixtures.MOSUL_KB + "&plover=ARREST", 200).get("days")).hasSize(1);
    }

    @Test
    void geoJsonExport() throws Exception {
        HttpResponse<String> r = get("/api/export?format=geojson&plover=arrest");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        JsonNode fc = AnalysisJson.MAPPER.readTree(r.body());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        List<JsonNode> events = StreamSupport.stream(fc.get("features").spliterator(), false)
                .filter(f -> f.get("properties").get("kind").asText().equals("event")).toList();
        assertThat(events).hasSize(2).allSatisfy(f -> {
            assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(43.13);
            assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(36.34);
            assertThat(f.get("properties").get("plover").asText()).isEqualTo("ARREST");
        });
    }

    private static void assumeFormat(String name) {
        boolean present = StreamSupport.stream(OutputFormats.names().spliterator(), false).anyMatch(name::equals);
        Assumptions.assumeTrue(present, "output format '" + name + "' is not registered in this build (it comes with the exports branch)");
    }

    @Test
    void ploverExport() throws Exception {
        assumeFormat("plover");
        HttpResponse<String> r = get("/api/export?format=plover&country=YE");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("ASSAULT").doesNotContain("ARREST");
    }

    @Test
    void acledCsvExport() throws Exception {
        assumeFormat("acled-csv");
        HttpResponse<String> r = get("/api/export?format=acled-csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.body().lines().count()).isGreaterThanOrEqualTo(4); // a header and one row per event
        assertThat(r.body()).contains("Explosions/Remote violence");
    }

    @Test
    void postingNeedsTheTokenAndStoresOnce() throws Exception {
        String body = "{\"title\":\"انفجار في كركوك\",\"text\":\"أصيب أربعة أشخاص بجروح في انفجار عبوة ناسفة وسط مدينة كركوك صباح اليوم.\",\"published\":\"2024-03-08\"}";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        assertThat(HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpRequest.Builder wrong = HttpRequest.newBuilder(URI.create(base + "/api/documents")).header("Authorization", "Bearer nope")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        assertThat(HTTP.send(wrong.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpRequest ok = post.header("Authorization", "Bearer " + TOKEN).build();
        HttpResponse<String> first = HTTP.send(ok, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(HTTP.send(ok, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        String id = AnalysisJson.MAPPER.readTree(first.body()).get("id").asText();
        assertThat(getJson("/api/documents/" + id, 200).get("published").asText()).isEqualTo("2024-03-08");
        assertThat(getJson("/api/search?q=" + enc("بكركوك"), 200).get("hits")).extracting(h -> h.get("id").asText()).contains(id);

        HttpRequest noText = HttpRequest.newBuilder(URI.create(base + "/api/documents")).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}")).build();
        HttpResponse<String> bad = HTTP.send(noText, HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(AnalysisJson.MAPPER.readTree(bad.body()).get("parameter").asText()).isEqualTo("text");
        HttpRequest huge = HttpRequest.newBuilder(URI.create(base + "/api/documents")).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("ا".repeat(1_500_000))).build();
        assertThat(HTTP.send(huge, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    }
}
