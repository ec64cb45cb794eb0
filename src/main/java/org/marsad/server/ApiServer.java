package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.marsad.export.AnalysisJson;
import org.marsad.export.AnalysisWriter;
import org.marsad.export.OutputFormats;
import org.marsad.ingest.InputException;
import org.marsad.model.Analysis;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import org.marsad.store.EventFilter;
import org.marsad.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON API over a store (see docs/api.md and /openapi.json). Every parameter is validated (400
 * with a JSON body naming it), every SQL statement is prepared, Lucene syntax errors are answered as 400,
 * and request bodies, pages and exports are bounded.
 */
public final class ApiServer {
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_EXPORT_DOCUMENTS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final List<String> EXPORT_FORMATS = List.of("plover", "acled-csv", "geojson");

    private final Store store;
    private final Pipeline pipeline;
    private final String token;
    private Javalin app;

    /** @param token the bearer token that enables POST /api/documents, or null to keep it off */
    public ApiServer(Store store, Pipeline pipeline, String token) {
        this.store = store;
        this.pipeline = pipeline;
        this.token = token == null || token.isBlank() ? null : token;
    }

    /** Starts on {@code port} (0 picks a free one) and returns the port. */
    public int start(String host, int port) {
        app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", this::health);
            config.routes.get("/openapi.json", this::openApi);
            config.routes.get("/api/search", this::search);
            config.routes.get("/api/documents/{id}", this::document);
            config.routes.post("/api/documents", this::postDocument);
            config.routes.get("/api/entities/{id}", this::entity);
            config.routes.get("/api/events", this::events);
            config.routes.get("/api/timeline", this::timeline);
            config.routes.get("/api/export", this::export);
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.parameter()));
            config.routes.exception(SearchIndex.InvalidQueryException.class,
                    (e, ctx) -> error(ctx, 400, "'q' is not a valid query: " + e.getMessage(), "q"));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error", null);
            });
            config.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) error(ctx, 404, "not found: " + ctx.path(), null);
            });
        });
        app.start(host, port);
        return app.port();
    }

    public void stop() {
        if (app != null) app.stop();
    }

    private static void json(Context ctx, int status, Object body) throws IOException {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(AnalysisJson.MAPPER.writeValueAsBytes(body));
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("error", message);
        if (parameter != null) o.put("parameter", parameter);
        try {
            json(ctx, status, o);
        } catch (IOException e) {
            ctx.status(status).result(message);
        }
    }

    private void health(Context ctx) throws IOException {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("status", "ok").put("documents", store.size()).put("posting", token != null);
        json(ctx, 200, o);
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IOException("openapi.json resource missing");
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        }
    }

    private void search(Context ctx) throws IOException {
        String q = Params.string(ctx, "q", Params.MAX_QUERY_CHARS);
        EventFilter f = Params.eventFilter(ctx);
        int page = Params.integer(ctx, "page", 1, 1, 1000);
        int size = Params.integer(ctx, "size", 10, 1, MAX_PAGE_SIZE);
        if ((long) page * size > 10_000) throw new BadRequest("page", "'page' × 'size' may not exceed 10000");
        SearchResult r = store.search(new SearchRequest(q, f.from(), f.to(), f.entity(), f.country(), f.plover(), page - 1, size, Set.of()));
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("query", q).put("total", r.total()).put("page", page).put("size", size);
        ArrayNode hits = o.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            hits.addObject().put("id", h.id()).put("title", h.title()).put("published", h.published()).put("story", h.storyId())
                    .put("score", h.score()).put("snippet", h.snippet());
        }
        ObjectNode facets = o.putObject("facets");
        Set<String> entityIds = new HashSet<>(r.facets().getOrDefault("entity", Map.of()).keySet());
        Map<String, String> names = store.entityNames(entityIds);
        r.facets().forEach((field, counts) -> {
            ArrayNode arr = facets.putArray(field);
            counts.forEach((value, count) -> {
                ObjectNode v = arr.addObject().put("value", value).put("count", count);
                if (field.equals("entity")) v.put("name", names.get(value));
            });
        });
        json(ctx, 200, o);
    }

    private void document(Context ctx) throws IOException {
        String id = Params.pathId(ctx, "id");
        var json = store.documentJson(id);
        if (json.isEmpty()) {
            error(ctx, 404, "no document " + id, null);
            return;
        }
        store.documentInfo(id).ifPresent(info -> {
            ctx.header("X-Marsad-Story", info.path("story").asText());
            ctx.header("X-Marsad-Story-Size", info.path("story_size").asText());
            if (info.path("duplicate_of").isTextual()) ctx.header("X-Marsad-Duplicate-Of", info.path("duplicate_of").asText());
        });
        ctx.contentType("application/json; charset=utf-8").result(json.get().getBytes(StandardCharsets.UTF_8));
    }

    private void entity(Context ctx) throws IOException {
        String id = Params.pathId(ctx, "id");
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        var e = store.entity(id, limit);
        if (e.isEmpty()) error(ctx, 404, "no entity " + id, null);
        else json(ctx, 200, e.get());
    }

    private void events(Context ctx) throws IOException {
        EventFilter f = Params.eventFilter(ctx);
        int page = Params.integer(ctx, "page", 1, 1, 100_000);
        int size = Params.integer(ctx, "size", 50, 1, MAX_PAGE_SIZE);
        json(ctx, 200, store.events(f, page - 1, size));
    }

    private void timeline(Context ctx) throws IOException {
        EventFilter f = Params.eventFilter(ctx);
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.set("days", store.timeline(f));
        json(ctx, 200, o);
    }

    private void export(Context ctx) throws IOException {
        String format = Params.string(ctx, "format", 20);
        if (format == null) throw new BadRequest("format", "'format' is required: one of " + String.join(", ", EXPORT_FORMATS));
        if (!EXPORT_FORMATS.contains(format)) {
            throw new BadRequest("format", "'format' must be one of " + String.join(", ", EXPORT_FORMATS));
        }
        boolean available = StreamSupport.stream(OutputFormats.names().spliterator(), false).anyMatch(format::equals);
        if (!available) throw new BadRequest("format", "format '" + format + "' is not available in this build");
        EventFilter f = Params.eventFilter(ctx);
        int limit = Params.integer(ctx, "limit", 1000, 1, MAX_EXPORT_DOCUMENTS);
        StringWriter out = new StringWriter();
        try (AnalysisWriter w = OutputFormats.open(format, out)) {
            store.exportAnalyses(f, limit, a -> {
                try {
                    w.write(a);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        String type = switch (format) {
            case "acled-csv" -> "text/csv; charset=utf-8";
            case "geojson" -> "application/geo+json; charset=utf-8";
            default -> "application/x-ndjson; charset=utf-8";
        };
        String ext = switch (format) {
            case "acled-csv" -> "csv";
            case "geojson" -> "geojson";
            default -> "jsonl";
        };
        ctx.header("Content-Disposition", "attachment; filename=\"marsad-" + format + "." + ext + "\"");
        ctx.contentType(type).result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void postDocument(Context ctx) throws IOException {
        if (token == null) {
            error(ctx, 403, "posting documents is off: start the server with --token or MARSAD_TOKEN", null);
            return;
        }
        String auth = ctx.header("Authorization");
        String expected = "Bearer " + token;
        if (auth == null || !MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            error(ctx, 401, "a valid 'Authorization: Bearer <token>' header is required", "Authorization");
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) throw new BadRequest("body", "the body is empty");
        if (body.length > MAX_BODY_BYTES) throw new BadRequest("body", "the body is larger than " + MAX_BODY_BYTES + " bytes");
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        RawDocument raw;
        if (type.startsWith("application/json")) {
            JsonNode node;
            try {
                node = AnalysisJson.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new BadRequest("body", "the body is not valid JSON");
            }
            if (node == null || !node.isObject()) throw new BadRequest("body", "the body must be a JSON object");
            String text = field(node, "text");
            if (text == null || text.isBlank()) throw new BadRequest("text", "'text' is required");
            String published = field(node, "published");
            if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
                throw new BadRequest("published", "'published' must start with a date YYYY-MM-DD");
            }
            String url = field(node, "url");
            raw = new RawDocument(new SourceRef(null, url, SourceFormat.TEXT), text.getBytes(StandardCharsets.UTF_8),
                    org.marsad.model.ContentType.PLAIN_TEXT, StandardCharsets.UTF_8,
                    new DocumentMetadata(field(node, "title"), published, url, null, null));
        } else {
            raw = RawDocument.plainText(new SourceRef(null, null, SourceFormat.TEXT), body);
        }
        Analysis a;
        try {
            a = pipeline.analyze(raw);
        } catch (InputException e) {
            throw new BadRequest("body", "cannot analyse the document: " + e.getMessage());
        }
        Store.Added added = store.add(List.of(a));
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("id", a.id()).put("stored", added.added() == 1).put("location", "/api/documents/" + a.id());
        json(ctx, added.added() == 1 ? 201 : 200, o);
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new BadRequest(name, "'" + name + "' must be a string");
        return v.asText();
    }
}
