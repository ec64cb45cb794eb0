package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.marsad.export.AnalysisJson;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.search.IndexedDocument;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;

/**
 * The store: an SQL database (H2 in the data directory by default, or any PostgreSQL URL) holding each
 * analysis as contract JSON plus tables derived from it, and a Lucene index beside it.
 *
 * <p>Writes come from one thread at a time ({@link #add}): each batch is one database transaction, then
 * one index commit. The database is the record of truth: on open, documents it holds that the index lacks
 * (a crash between the two commits) are indexed again, and index entries it does not hold are removed.
 * Reads may come from any thread; each opens its own connection.
 */
public final class Store implements AutoCloseable {
    private final String url;
    /** The embedded database's guard against a writer that died with it open (null for another database). */
    private final LeftOpenRepair repair;
    private boolean wrote;
    private final Connection writer;
    private final SearchIndex index;
    private final Set<String> documentIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<String> entityIds = new HashSet<>();
    private final Set<String> entityNames = new HashSet<>();
    private final DuplicateIndex duplicates = new DuplicateIndex();
    private final EventMerger merger = new EventMerger();
    private final StoreReads reads = new StoreReads(this::read);

    private Store(String url, Path indexDir, LeftOpenRepair repair) throws SQLException, IOException {
        this.url = url;
        this.repair = repair;
        if (repair != null) repair.repairIfLeftOpen();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .javaMigrations(new FoldMentionsMigration()).load().migrate();
        this.writer = DriverManager.getConnection(url);
        writer.setAutoCommit(false);
        this.index = SearchIndex.open(indexDir);
        load();
        reconcileIndex();
    }

    /**
     * Opens (creating when needed) the store in {@code dataDir}: the Lucene index always lives there; the
     * database too unless {@code jdbcUrl} names another one (e.g. {@code jdbc:postgresql://host/db?user=u&password=p}).
     */
    public static Store open(Path dataDir, String jdbcUrl) throws IOException {
        Files.createDirectories(dataDir);
        boolean embedded = jdbcUrl == null || jdbcUrl.isBlank();
        Path db = dataDir.toAbsolutePath().resolve("db");
        String url = embedded ? "jdbc:h2:file:" + db.resolve("marsad") : jdbcUrl;
        try {
            return new Store(url, dataDir.resolve("index"), embedded ? new LeftOpenRepair(db, url) : null);
        } catch (SQLException e) {
            throw new IOException("cannot open the database " + redact(url) + ": " + e.getMessage(), e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new IOException("cannot migrate the database " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private void load() throws SQLException {
        try (PreparedStatement ps = writer.prepareStatement(
                "SELECT id, simhash, minhash, story_id, published_day FROM documents ORDER BY ingested_at, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                documentIds.add(id);
                String mh = rs.getString(3);
                Date day = rs.getDate(5);
                duplicates.add(id, rs.getLong(2), mh.isEmpty() ? null : Fingerprints.decode(mh), rs.getString(4),
                        day == null ? null : day.toLocalDate().toEpochDay());
            }
        }
        try (PreparedStatement ps = writer.prepareStatement("SELECT id FROM entities"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) entityIds.add(rs.getString(1));
        }
        try (PreparedStatement ps = writer.prepareStatement("SELECT entity_id, name_norm FROM entity_names"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) entityNames.add(rs.getString(1) + "\u0000" + rs.getString(2));
        }
        try (PreparedStatement ps = writer.prepareStatement("SELECT id, plover, actor_id, location_id, event_day FROM merged_events");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                merger.add(EventMerger.key(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(1),
                        rs.getDate(5).toLocalDate().toEpochDay());
            }
        }
        writer.commit();
    }

    /** Indexes documents the database holds and the index lacks; drops index entries the database lacks. */
    private void reconcileIndex() throws IOException, SQLException {
        Set<String> indexed = index.ids();
        Set<String> missing = new TreeSet<>(documentIds);
        missing.removeAll(indexed);
        indexed.removeAll(documentIds);
        for (String stale : indexed) index.delete(stale);
        if (!missing.isEmpty()) {
            try (PreparedStatement ps = writer.prepareStatement("SELECT analysis FROM documents WHERE id = ?")) {
                for (String id : missing) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            Analysis a = parse(rs.getString(1));
                            index.put(indexed(a, entityIds(a)));
                        }
                    }
                }
            }
            writer.commit();
        }
        if (!missing.isEmpty() || !indexed.isEmpty()) index.commit();
    }

    public boolean contains(String documentId) {
        return documentIds.contains(documentId);
    }

    public int size() {
        return documentIds.size();
    }

    public SearchIndex index() {
        return index;
    }

    /**
     * What storing one analysis needs that takes time to compute: its JSON, fingerprints and index entry.
     * Computed by {@link #prepare} on any thread, so that the single writer only places and inserts.
     */
    public record Prepared(Analysis analysis, String json, long simHash, int[] minHash, LocalDate day, List<String> entityIds,
                           IndexedDocument indexed) {
    }

    /** Computes what storing {@code a} needs; thread-safe and independent of the store's state. */
    public Prepared prepare(Analysis a) {
        long[] words = Fingerprints.wordHashes((a.title() == null ? "" : a.title() + " ") + a.text());
        long sim = Fingerprints.simHash(Fingerprints.shingles(words, 1));
        long[] pairs = Fingerprints.shingles(words, 2);
        int[] minHash = pairs.length >= DuplicateIndex.MIN_SHINGLES ? Fingerprints.minHash(pairs) : null;
        String json;
        try {
            // the mapper serializes the tree recursively: faster than JsonNode.toString's non-recursive writer
            json = AnalysisJson.MAPPER.writeValueAsString(AnalysisJson.toJson(a));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the analysis JSON: " + e.getMessage(), e);
        }
        List<String> entityIds = entityIds(a);
        return new Prepared(a, json, sim, minHash, day(a.published()), entityIds, indexed(a, entityIds));
    }

    /**
     * Puts a prepared document into the index ahead of {@link #add(List, boolean, boolean)}, from any thread. The
     * index commit that makes it durable follows the database commit; should the process die in between,
     * opening the store again removes index entries the database does not hold.
     */
    public void indexAhead(Prepared p) throws IOException {
        index.put(p.indexed());
    }

    /** What one {@link #add} did. */
    public record Added(int added, int skipped, int nearDuplicates, int joinedStories) {
    }

    /**
     * Stores a batch in one transaction and one index commit. Documents already stored (same id: same
     * cleaned title and text) are skipped, so re-running an ingest adds nothing twice.
     */
    public Added add(List<Analysis> batch) throws IOException {
        return add(batch.stream().map(this::prepare).toList(), false, true);
    }

    /**
     * Stores prepared documents in one transaction, then (when {@code commitIndex}) commits the index.
     * A bulk ingest commits the index only now and then ({@link #commitIndex}): each commit flushes small
     * segments that are merged again later. Index entries not yet committed when the process dies are
     * rebuilt from the database on the next open, which is the record of truth.
     *
     * @param indexed whether {@link #indexAhead} already put them into the index
     */
    public synchronized Added add(List<Prepared> batch, boolean indexed, boolean commitIndex) throws IOException {
        List<Prepared> toIndex = new ArrayList<>();
        int skipped = 0, dups = 0, joined = 0;
        Set<String> newIds = new LinkedHashSet<>();
        if (repair != null && !wrote) {
            repair.writing();
            wrote = true;
        }
        try (Batch b = new Batch(writer)) {
            for (Prepared p : batch) {
                Analysis a = p.analysis();
                if (documentIds.contains(a.id()) || !newIds.add(a.id())) {
                    skipped++;
                    continue;
                }
                DuplicateIndex.Placement placed = insert(b, p);
                if (placed.duplicateOf() != null) dups++;
                else if (!placed.newStory()) joined++;
                toIndex.add(p);
            }
            b.execute();
            writer.commit();
        } catch (SQLException e) {
            try {
                writer.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new IOException("cannot store batch: " + e.getMessage(), e);
        }
        documentIds.addAll(newIds);
        if (!indexed) for (Prepared p : toIndex) index.put(p.indexed());
        if (commitIndex) index.commit();
        return new Added(toIndex.size(), skipped, dups, joined);
    }

    /** Prepared statements of one batch, executed together. */
    private static final class Batch implements AutoCloseable {
        final PreparedStatement story, storyJoin, document, entity, entityName, docEntity, merged, mergedJoin, event;
        private final List<PreparedStatement> order;

        Batch(Connection c) throws SQLException {
            story = c.prepareStatement("INSERT INTO stories (id, title, first_published, last_published, doc_count) VALUES (?, ?, ?, ?, 1)");
            storyJoin = c.prepareStatement("UPDATE stories SET doc_count = doc_count + 1,"
                    + " first_published = COALESCE(LEAST(first_published, ?), first_published, ?),"
                    + " last_published = COALESCE(GREATEST(last_published, ?), last_published, ?) WHERE id = ?");
            document = c.prepareStatement("INSERT INTO documents (id, title, published, published_day, url, source_path, language,"
                    + " simhash, minhash, story_id, duplicate_of, analysis, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            entity = c.prepareStatement("INSERT INTO entities (id, kb, type, name, name_en, country, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            entityName = c.prepareStatement("INSERT INTO entity_names (entity_id, name_norm) VALUES (?, ?)");
            docEntity = c.prepareStatement("INSERT INTO doc_entities (doc_id, local_id, entity_id, mentions, mention_list) VALUES (?, ?, ?, ?, ?)");
            merged = c.prepareStatement("INSERT INTO merged_events (id, plover, actor_id, target_id, location_id, event_day, country, lat, lon, report_count)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
            mergedJoin = c.prepareStatement("UPDATE merged_events SET report_count = report_count + 1 WHERE id = ?");
            event = c.prepareStatement("INSERT INTO events (doc_id, event_id, merged_id, plover, event_day, actor_id, target_id, location_id, country, source)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            // parents before children, inserts before the updates that count them
            order = List.of(story, entity, entityName, document, docEntity, merged, event, storyJoin, mergedJoin);
        }

        void execute() throws SQLException {
            for (PreparedStatement ps : order) ps.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : order) ps.close();
        }
    }

    private DuplicateIndex.Placement insert(Batch b, Prepared prepared) throws SQLException {
        Analysis a = prepared.analysis();
        long sim = prepared.simHash();
        int[] minHash = prepared.minHash();
        LocalDate day = prepared.day();
        Long epochDay = day == null ? null : day.toEpochDay();
        DuplicateIndex.Placement p = duplicates.place(a.id(), sim, minHash, epochDay);
        duplicates.add(a.id(), sim, minHash, p.storyId(), epochDay);
        Date sqlDay = day == null ? null : Date.valueOf(day);
        if (p.newStory()) {
            b.story.setString(1, p.storyId());
            b.story.setString(2, truncate(a.title(), 2000));
            b.story.setDate(3, sqlDay);
            b.story.setDate(4, sqlDay);
            b.story.addBatch();
        } else {
            b.storyJoin.setDate(1, sqlDay);
            b.storyJoin.setDate(2, sqlDay);
            b.storyJoin.setDate(3, sqlDay);
            b.storyJoin.setDate(4, sqlDay);
            b.storyJoin.setString(5, p.storyId());
            b.storyJoin.addBatch();
        }
        PreparedStatement d = b.document;
        d.setString(1, a.id());
        d.setString(2, truncate(a.title(), 2000));
        d.setString(3, truncate(a.published(), 40));
        d.setDate(4, sqlDay);
        d.setString(5, truncate(a.source().url(), 2000));
        d.setString(6, truncate(a.source().path(), 2000));
        d.setString(7, truncate(a.language(), 16));
        d.setLong(8, sim);
        d.setString(9, minHash == null ? "" : Fingerprints.encode(minHash));
        d.setString(10, p.storyId());
        d.setString(11, p.duplicateOf());
        d.setString(12, prepared.json());
        d.setTimestamp(13, Timestamp.from(Instant.now()));
        d.addBatch();

        Map<String, String> globalIds = new HashMap<>();
        Map<String, Entity> byLocal = new HashMap<>();
        MentionLists.Offsets offsets = new MentionLists.Offsets(a);
        for (int i = 0; i < a.entities().size(); i++) {
            Entity e = a.entities().get(i);
            String gid = prepared.entityIds().get(i);
            globalIds.put(e.id(), gid);
            byLocal.put(e.id(), e);
            if (entityIds.add(gid)) {
                b.entity.setString(1, gid);
                b.entity.setString(2, truncate(e.kb(), 200));
                b.entity.setString(3, e.type().name());
                b.entity.setString(4, truncate(e.name(), 500));
                b.entity.setString(5, truncate(e.nameEn(), 500));
                b.entity.setString(6, e.geo() == null ? null : truncate(e.geo().country(), 8));
                setDouble(b.entity, 7, e.geo() == null ? null : e.geo().lat());
                setDouble(b.entity, 8, e.geo() == null ? null : e.geo().lon());
                b.entity.addBatch();
            }
            for (String name : names(e)) {
                if (entityNames.add(gid + "\u0000" + name)) {
                    b.entityName.setString(1, gid);
                    b.entityName.setString(2, name);
                    b.entityName.addBatch();
                }
            }
            b.docEntity.setString(1, a.id());
            b.docEntity.setString(2, truncate(e.id(), 80));
            b.docEntity.setString(3, gid);
            b.docEntity.setInt(4, e.mentions().size());
            b.docEntity.setString(5, MentionLists.encode(e, offsets));
            b.docEntity.addBatch();
        }
        for (Event ev : a.events()) {
            LocalDate evDay = eventDay(ev, day);
            String actor = globalIds.get(ev.actor());
            String target = globalIds.get(ev.target());
            String location = globalIds.get(ev.location());
            Entity place = byLocal.get(ev.location());
            String country = place != null && place.geo() != null ? truncate(place.geo().country(), 8) : null;
            String mergedId = null;
            if (evDay != null) {
                String key = EventMerger.key(ev.plover(), actor, location);
                mergedId = merger.find(key, evDay.toEpochDay());
                if (mergedId != null) {
                    b.mergedJoin.setString(1, mergedId);
                    b.mergedJoin.addBatch();
                } else {
                    mergedId = truncate(a.id() + "-" + ev.id(), 160);
                    merger.add(key, mergedId, evDay.toEpochDay());
                    PreparedStatement m = b.merged;
                    m.setString(1, mergedId);
                    m.setString(2, truncate(ev.plover(), 40));
                    m.setString(3, actor);
                    m.setString(4, target);
                    m.setString(5, location);
                    m.setDate(6, Date.valueOf(evDay));
                    m.setString(7, country);
                    setDouble(m, 8, place != null && place.geo() != null ? place.geo().lat() : null);
                    setDouble(m, 9, place != null && place.geo() != null ? place.geo().lon() : null);
                    m.addBatch();
                }
            }
            PreparedStatement s = b.event;
            s.setString(1, a.id());
            s.setString(2, truncate(ev.id(), 80));
            s.setString(3, mergedId);
            s.setString(4, truncate(ev.plover(), 40));
            s.setDate(5, evDay == null ? null : Date.valueOf(evDay));
            s.setString(6, actor);
            s.setString(7, target);
            s.setString(8, location);
            s.setString(9, country);
            s.setString(10, truncate(source(a), 2000));
            s.addBatch();
        }
        return p;
    }

    private static String source(Analysis a) {
        return a.source().url() != null ? a.source().url() : a.source().path();
    }

    private static Set<String> names(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        addName(out, e.name());
        addName(out, e.nameEn());
        for (Mention m : e.mentions()) addName(out, m.text());
        return out;
    }

    private static void addName(Set<String> out, String name) {
        String n = EntityKeys.normalize(name);
        if (!n.isEmpty() && n.length() <= 500) out.add(n);
    }

    /** The store-wide id of each entity of {@code a}, in order. */
    private static List<String> entityIds(Analysis a) {
        List<String> out = new ArrayList<>(a.entities().size());
        for (Entity e : a.entities()) out.add(EntityKeys.id(e));
        return out;
    }

    private static IndexedDocument indexed(Analysis a, List<String> entityIds) {
        Set<String> ids = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        Set<String> plover = new TreeSet<>();
        StringBuilder names = new StringBuilder();
        ids.addAll(entityIds);
        for (Entity e : a.entities()) {
            if (e.geo() != null && e.geo().country() != null) countries.add(e.geo().country());
            names.append(e.name()).append(" ; ");
            if (e.nameEn() != null) names.append(e.nameEn()).append(" ; ");
            for (Mention m : e.mentions()) names.append(m.text()).append(" ; ");
        }
        for (Event ev : a.events()) plover.add(ev.plover().toUpperCase(java.util.Locale.ROOT));
        return new IndexedDocument(a.id(), a.title(), a.text(), day(a.published()), ids, names.toString(), countries, plover);
    }

    static LocalDate day(String value) {
        if (value == null || value.length() < 10) return null;
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate eventDay(Event ev, LocalDate published) {
        LocalDate d = day(ev.date());
        return d != null ? d : published;
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    // ---------------------------------------------------------------- reads

    private Connection read() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.setReadOnly(true);
        return c;
    }

    /** Runs a search; the query is also matched against stored entity names to expand it by entity. */
    public SearchResult search(SearchRequest r) throws IOException {
        SearchRequest expanded = r;
        if (r.query() != null && !r.query().isBlank()) {
            expanded = new SearchRequest(r.query(), r.from(), r.to(), r.entity(), r.country(), r.plover(), r.page(), r.size(),
                    entitiesNamed(r.query()));
        }
        SearchResult found = index.search(expanded);
        Map<String, String> stories = stories(found.hits().stream().map(SearchResult.Hit::id).toList());
        return new SearchResult(found.total(), found.hits().stream().map(h -> h.withStory(stories.get(h.id()))).toList(), found.facets());
    }

    private Map<String, String> stories(List<String> ids) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (Connection c = read(); PreparedStatement ps = c.prepareStatement("SELECT id, story_id FROM documents WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) ps.setString(i + 1, ids.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    /** Store entity ids one of whose names (canonical, English, or as mentioned) equals the query. */
    public Set<String> entitiesNamed(String query) throws IOException {
        String norm = EntityKeys.normalize(query.replaceAll("[\"'()+\\-!~*?:\\\\/\\[\\]{}^]", " "));
        Set<String> out = new TreeSet<>();
        if (norm.isEmpty()) return out;
        try (Connection c = read(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT entity_id FROM entity_names WHERE name_norm = ? OR name_norm = ?")) {
            ps.setString(1, norm);
            ps.setString(2, norm.startsWith("ال") ? norm.substring(2) : "ال" + norm);
            ps.setMaxRows(50);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    /** The stored analysis of a document in the contract's JSON, or empty. */
    public Optional<String> documentJson(String id) throws IOException {
        try (Connection c = read(); PreparedStatement ps = c.prepareStatement("SELECT analysis FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Story, near-duplicate and merged-event facts about a document, or empty. */
    public Optional<ObjectNode> documentInfo(String id) throws IOException {
        try (Connection c = read(); PreparedStatement ps = c.prepareStatement(
                "SELECT d.story_id, d.duplicate_of, s.doc_count FROM documents d JOIN stories s ON s.id = d.story_id WHERE d.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
                o.put("id", id).put("story", rs.getString(1)).put("duplicate_of", rs.getString(2)).put("story_size", rs.getInt(3));
                return Optional.of(o);
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** An entity with its mentions across documents (at most {@code limit}) and co-occurring entities. */
    public Optional<ObjectNode> entity(String id, int limit) throws IOException {
        return reads.entity(id, limit);
    }

    /** Names of store entities by id (for facets). */
    public Map<String, String> entityNames(Set<String> ids) throws IOException {
        return reads.entityNames(ids);
    }

    /** Merged events matching the filter, newest first, each with all its reports. */
    public ObjectNode events(EventFilter f, int page, int size) throws IOException {
        return reads.events(f, page, size);
    }

    /** Daily counts of merged events (and of their reports) matching the filter, oldest first. */
    public ArrayNode timeline(EventFilter f) throws IOException {
        return reads.timeline(f);
    }

    /**
     * Streams, oldest first, the analyses reporting events that match the filter (at most {@code limit}
     * documents), each keeping only its matching events; with no event filter at all, every document.
     */
    public void exportAnalyses(EventFilter f, int limit, Consumer<Analysis> out) throws IOException {
        reads.exportAnalyses(f, limit, out);
    }

    /** Makes the index entries of every stored document durable and visible to searches. */
    public synchronized void commitIndex() throws IOException {
        index.commit();
    }

    /** Counts of rows per table, for health checks and tests. */
    public Map<String, Long> counts() throws IOException {
        return reads.counts();
    }

    static Analysis parse(String json) throws IOException {
        JsonNode node = AnalysisJson.MAPPER.readTree(json);
        return AnalysisJson.fromJson(node);
    }

    @Override
    public void close() throws IOException {
        try {
            index.close();
        } finally {
            try {
                writer.close();
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (wrote) repair.closed();
        }
    }
}
