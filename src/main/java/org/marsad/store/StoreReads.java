package org.marsad.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.marsad.export.AnalysisJson;
import org.marsad.model.Analysis;

/**
 * The store's read queries over entities, merged events, the timeline and exports (see {@link Store}
 * for what each returns). Every statement is prepared; each call opens its own connection.
 */
final class StoreReads {
    /** Opens a read connection. */
    interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;

    StoreReads(Connector connector) {
        this.connector = connector;
    }

    private Connection read() throws SQLException {
        return connector.open();
    }

    Optional<ObjectNode> entity(String id, int limit) throws IOException {
        try (Connection c = read()) {
            ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kb, type, name, name_en, country, lat, lon FROM entities WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    o.put("id", rs.getString(1)).put("kb", rs.getString(2)).put("type", rs.getString(3))
                            .put("name", rs.getString(4)).put("name_en", rs.getString(5));
                    if (rs.getString(6) != null || rs.getObject(7) != null) {
                        ObjectNode geo = o.putObject("geo");
                        geo.put("country", rs.getString(6));
                        if (rs.getObject(7) != null) geo.put("lat", rs.getDouble(7)).put("lon", rs.getDouble(8));
                    } else {
                        o.putNull("geo");
                    }
                }
            }
            ArrayNode names = o.putArray("names");
            try (PreparedStatement ps = c.prepareStatement("SELECT name_norm FROM entity_names WHERE entity_id = ? ORDER BY name_norm")) {
                ps.setString(1, id);
                ps.setMaxRows(100);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) names.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM doc_entities WHERE entity_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    o.put("documents", rs.getInt(1));
                }
            }
            ArrayNode mentions = o.putArray("mentions");
            try (PreparedStatement ps = c.prepareStatement("SELECT x.doc_id, d.title, d.published, x.mention_list"
                    + " FROM doc_entities x JOIN documents d ON d.id = x.doc_id WHERE x.entity_id = ? ORDER BY d.published_day DESC, x.doc_id, x.local_id")) {
                ps.setString(1, id);
                ps.setMaxRows(limit); // each row holds at least one mention
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && mentions.size() < limit) {
                        String doc = rs.getString(1), title = rs.getString(2), published = rs.getString(3);
                        MentionLists.decode(rs.getString(4), m -> {
                            mentions.addObject().put("document", doc).put("title", title).put("published", published)
                                    .put("text", m.text()).put("start", m.start()).put("end", m.end()).put("in", m.in());
                            return mentions.size() < limit;
                        });
                    }
                }
            }
            ArrayNode co = o.putArray("cooccurring");
            try (PreparedStatement ps = c.prepareStatement("SELECT o.entity_id, e.name, e.type, COUNT(DISTINCT o.doc_id) AS n"
                    + " FROM doc_entities x JOIN doc_entities o ON o.doc_id = x.doc_id AND o.entity_id <> x.entity_id"
                    + " JOIN entities e ON e.id = o.entity_id WHERE x.entity_id = ?"
                    + " GROUP BY o.entity_id, e.name, e.type ORDER BY n DESC, o.entity_id")) {
                ps.setString(1, id);
                ps.setMaxRows(20);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        co.addObject().put("id", rs.getString(1)).put("name", rs.getString(2)).put("type", rs.getString(3)).put("documents", rs.getInt(4));
                    }
                }
            }
            return Optional.of(o);
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    Map<String, String> entityNames(Set<String> ids) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        List<String> list = List.copyOf(ids);
        String marks = String.join(", ", java.util.Collections.nCopies(list.size(), "?"));
        try (Connection c = read(); PreparedStatement ps = c.prepareStatement("SELECT id, name FROM entities WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < list.size(); i++) ps.setString(i + 1, list.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(EventFilter f, String alias) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.from() != null) {
            sql.append(" AND ").append(alias).append(".event_day >= ?");
            params.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND ").append(alias).append(".event_day <= ?");
            params.add(Date.valueOf(f.to()));
        }
        if (f.plover() != null) {
            sql.append(" AND UPPER(").append(alias).append(".plover) = ?");
            params.add(f.plover().toUpperCase(java.util.Locale.ROOT));
        }
        if (f.country() != null) {
            sql.append(" AND ").append(alias).append(".country = ?");
            params.add(f.country().toUpperCase(java.util.Locale.ROOT));
        }
        if (f.entity() != null) {
            sql.append(" AND (").append(alias).append(".actor_id = ? OR ").append(alias).append(".target_id = ? OR ")
                    .append(alias).append(".location_id = ?)");
            params.add(f.entity());
            params.add(f.entity());
            params.add(f.entity());
        }
        return new Where(sql.toString(), params);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
    }

    ObjectNode events(EventFilter f, int page, int size) throws IOException {
        Where w = where(f, "m");
        ObjectNode out = AnalysisJson.MAPPER.createObjectNode();
        try (Connection c = read()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM merged_events m" + w.sql())) {
                bind(ps, w.params());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put("total", rs.getLong(1));
                }
            }
            out.put("page", page + 1).put("size", size);
            ArrayNode events = out.putArray("events");
            Map<String, ObjectNode> byId = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.plover, m.event_day, m.actor_id, a.name, m.target_id, t.name,"
                    + " m.location_id, l.name, m.country, m.lat, m.lon, m.report_count FROM merged_events m"
                    + " LEFT JOIN entities a ON a.id = m.actor_id LEFT JOIN entities t ON t.id = m.target_id"
                    + " LEFT JOIN entities l ON l.id = m.location_id" + w.sql()
                    + " ORDER BY m.event_day DESC, m.id LIMIT ? OFFSET ?")) {
                List<Object> params = new ArrayList<>(w.params());
                params.add(size);
                params.add((long) page * size);
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode e = events.addObject();
                        e.put("id", rs.getString(1)).put("plover", rs.getString(2)).put("date", rs.getDate(3).toLocalDate().toString());
                        entityRef(e, "actor", rs.getString(4), rs.getString(5));
                        entityRef(e, "target", rs.getString(6), rs.getString(7));
                        entityRef(e, "location", rs.getString(8), rs.getString(9));
                        e.put("country", rs.getString(10));
                        if (rs.getObject(11) != null) e.put("lat", rs.getDouble(11)).put("lon", rs.getDouble(12));
                        e.put("report_count", rs.getInt(13));
                        e.putArray("reports");
                        byId.put(rs.getString(1), e);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT e.doc_id, e.event_id, e.source, d.title, d.published"
                    + " FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.merged_id = ? ORDER BY d.published, e.doc_id")) {
                for (var entry : byId.entrySet()) {
                    ps.setString(1, entry.getKey());
                    ps.setMaxRows(200);
                    try (ResultSet rs = ps.executeQuery()) {
                        ArrayNode reports = (ArrayNode) entry.getValue().get("reports");
                        while (rs.next()) {
                            reports.addObject().put("document", rs.getString(1)).put("event", rs.getString(2)).put("source", rs.getString(3))
                                    .put("title", rs.getString(4)).put("published", rs.getString(5));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    private static void entityRef(ObjectNode e, String role, String id, String name) {
        if (id == null) {
            e.putNull(role);
        } else {
            e.putObject(role).put("id", id).put("name", name);
        }
    }

    ArrayNode timeline(EventFilter f) throws IOException {
        Where w = where(f, "m");
        ArrayNode out = AnalysisJson.MAPPER.createArrayNode();
        try (Connection c = read(); PreparedStatement ps = c.prepareStatement(
                "SELECT m.event_day, COUNT(*), SUM(m.report_count) FROM merged_events m" + w.sql() + " GROUP BY m.event_day ORDER BY m.event_day")) {
            bind(ps, w.params());
            ps.setMaxRows(100_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.addObject().put("date", rs.getDate(1).toLocalDate().toString()).put("events", rs.getLong(2)).put("reports", rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    void exportAnalyses(EventFilter f, int limit, Consumer<Analysis> out) throws IOException {
        boolean filtered = !f.equals(EventFilter.ALL);
        Where w = where(f, "e");
        String sql = filtered
                ? "SELECT d.id, d.analysis FROM documents d WHERE d.id IN (SELECT e.doc_id FROM events e" + w.sql() + ") ORDER BY d.published_day, d.id"
                : "SELECT d.id, d.analysis FROM documents d ORDER BY d.published_day, d.id";
        try (Connection c = read(); PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement evs = c.prepareStatement("SELECT e.event_id FROM events e" + w.sql() + " AND e.doc_id = ?")) {
            bind(ps, filtered ? w.params() : List.of());
            ps.setMaxRows(limit);
            ps.setFetchSize(100);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Analysis a = Store.parse(rs.getString(2));
                    if (filtered) {
                        List<Object> params = new ArrayList<>(w.params());
                        params.add(rs.getString(1));
                        bind(evs, params);
                        Set<String> keep = new HashSet<>();
                        try (ResultSet e = evs.executeQuery()) {
                            while (e.next()) keep.add(e.getString(1));
                        }
                        a = new Analysis(a.source(), a.id(), a.language(), a.title(), a.published(), a.text(), a.boilerplate(),
                                a.repairs(), a.sentences(), a.entities(), a.dates(),
                                a.events().stream().filter(ev -> keep.contains(ev.id())).toList(), a.original());
                    }
                    out.accept(a);
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    Map<String, Long> counts() throws IOException {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (Connection c = read()) {
            for (String t : List.of("documents", "stories", "entities", "events", "merged_events")) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }
}
