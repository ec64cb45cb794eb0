package org.marsad.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Analysis;
import org.marsad.model.Boilerplate;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Field;
import org.marsad.model.Geo;
import org.marsad.model.Granularity;
import org.marsad.model.Mention;
import org.marsad.model.Modality;
import org.marsad.model.Repair;
import org.marsad.model.Sentence;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.model.TextSpan;
import org.marsad.model.TimeExpression;

/**
 * The analysis contract {@code marsad/analysis@1} in JSON (docs/analysis-format.md). Offsets are written
 * as Unicode code points, so that Python's {@code text[start:end]} equals the span; reading converts
 * them back to Java's UTF-16 offsets.
 */
public final class AnalysisJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    public static ObjectNode toJson(Analysis a) {
        CodePoints text = new CodePoints(a.text());
        CodePoints title = new CodePoints(a.title() == null ? "" : a.title());
        CodePoints original = new CodePoints(a.original() == null ? "" : a.original());
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Analysis.SCHEMA);
        ObjectNode source = root.putObject("source");
        source.put("path", a.source().path());
        source.put("url", a.source().url());
        source.put("format", a.source().format().wireName());
        root.put("id", a.id());
        root.put("language", a.language());
        root.put("title", a.title());
        root.put("published", a.published());
        root.put("text", a.text());
        ArrayNode boilerplate = root.putArray("boilerplate");
        for (Boilerplate b : a.boilerplate()) {
            ObjectNode o = boilerplate.addObject();
            o.put("kind", b.kind().wireName());
            o.put("text", b.text());
            o.set("meta", MAPPER.valueToTree(b.meta()));
        }
        ArrayNode repairs = root.putArray("repairs");
        for (Repair r : a.repairs()) {
            ObjectNode o = repairs.addObject();
            o.put("kind", r.kind());
            o.put("original", r.original());
            o.put("replacement", r.replacement());
            o.put("start", original.toCodePoint(r.start()));
            o.put("end", original.toCodePoint(r.end()));
        }
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : a.sentences()) {
            sentences.addObject().put("start", text.toCodePoint(s.start())).put("end", text.toCodePoint(s.end()));
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode o = entities.addObject();
            o.put("id", e.id());
            o.put("type", e.type().name());
            o.put("name", e.name());
            o.put("name_en", e.nameEn());
            o.put("kb", e.kb());
            ArrayNode mentions = o.putArray("mentions");
            for (Mention m : e.mentions()) {
                CodePoints cp = m.in() == Field.TITLE ? title : text;
                mentions.addObject().put("text", m.text()).put("start", cp.toCodePoint(m.start()))
                        .put("end", cp.toCodePoint(m.end())).put("in", m.in().wireName());
            }
            if (e.geo() == null) {
                o.putNull("geo");
            } else {
                ObjectNode g = o.putObject("geo");
                g.put("lat", e.geo().lat());
                g.put("lon", e.geo().lon());
                g.put("country", e.geo().country());
                g.put("admin1", e.geo().admin1());
                g.put("feature", e.geo().feature());
            }
        }
        ArrayNode dates = root.putArray("dates");
        for (TimeExpression d : a.dates()) {
            dates.addObject().put("text", d.text()).put("start", text.toCodePoint(d.start()))
                    .put("end", text.toCodePoint(d.end())).put("value", d.value())
                    .put("granularity", d.granularity().wireName());
        }
        ArrayNode events = root.putArray("events");
        for (Event e : a.events()) {
            ObjectNode o = events.addObject();
            o.put("id", e.id());
            o.put("plover", e.plover());
            o.put("mode", e.mode());
            o.put("acled_event_type", e.acledEventType());
            o.put("acled_sub_event_type", e.acledSubEventType());
            ObjectNode trigger = o.putObject("trigger");
            trigger.put("text", e.trigger().text());
            trigger.put("start", text.toCodePoint(e.trigger().start()));
            trigger.put("end", text.toCodePoint(e.trigger().end()));
            o.put("sentence", e.sentence());
            o.put("actor", e.actor());
            o.put("target", e.target());
            o.put("location", e.location());
            o.put("date", e.date());
            o.put("fatalities", e.fatalities());
            o.put("injured", e.injured());
            o.put("arrested", e.arrested());
            o.put("modality", e.modality().wireName());
            o.put("attribution", e.attribution());
            o.put("confidence", e.confidence());
        }
        return root;
    }

    /** Reads an analysis written by {@link #toJson}; the original input is not part of the contract. */
    public static Analysis fromJson(JsonNode root) {
        String textValue = root.path("text").asText("");
        String titleValue = root.path("title").isNull() || root.path("title").isMissingNode() ? null : root.path("title").asText();
        CodePoints text = new CodePoints(textValue);
        CodePoints title = new CodePoints(titleValue == null ? "" : titleValue);
        JsonNode src = root.path("source");
        SourceRef source = new SourceRef(str(src, "path"), str(src, "url"), SourceFormat.fromWireName(src.path("format").asText("text")));
        List<Boilerplate> boilerplate = new ArrayList<>();
        for (JsonNode b : root.path("boilerplate")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = MAPPER.convertValue(b.path("meta"), LinkedHashMap.class);
            boilerplate.add(new Boilerplate(Boilerplate.Kind.fromWireName(b.path("kind").asText()), b.path("text").asText(), meta));
        }
        List<Repair> repairs = new ArrayList<>();
        for (JsonNode r : root.path("repairs")) {
            // repairs point into the original input, which the contract does not carry: offsets stay as written
            repairs.add(new Repair(r.path("kind").asText(), r.path("original").asText(), r.path("replacement").asText(),
                    r.path("start").asInt(), r.path("end").asInt()));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : root.path("sentences")) {
            sentences.add(new Sentence(text.toUtf16(s.path("start").asInt()), text.toUtf16(s.path("end").asInt())));
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) {
                Field in = Field.fromWireName(m.path("in").asText("text"));
                CodePoints cp = in == Field.TITLE ? title : text;
                mentions.add(new Mention(m.path("text").asText(), cp.toUtf16(m.path("start").asInt()), cp.toUtf16(m.path("end").asInt()), in));
            }
            JsonNode g = e.path("geo");
            Geo geo = g.isObject() ? new Geo(g.path("lat").asDouble(), g.path("lon").asDouble(), str(g, "country"),
                    str(g, "admin1"), str(g, "feature")) : null;
            entities.add(new Entity(e.path("id").asText(), EntityType.valueOf(e.path("type").asText()), e.path("name").asText(),
                    str(e, "name_en"), str(e, "kb"), mentions, geo));
        }
        List<TimeExpression> dates = new ArrayList<>();
        for (JsonNode d : root.path("dates")) {
            dates.add(new TimeExpression(d.path("text").asText(), text.toUtf16(d.path("start").asInt()), text.toUtf16(d.path("end").asInt()),
                    d.path("value").asText(), Granularity.valueOf(d.path("granularity").asText("day").toUpperCase(java.util.Locale.ROOT))));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            JsonNode t = e.path("trigger");
            events.add(new Event(e.path("id").asText(), e.path("plover").asText(), str(e, "mode"), str(e, "acled_event_type"),
                    str(e, "acled_sub_event_type"),
                    new TextSpan(t.path("text").asText(), text.toUtf16(t.path("start").asInt()), text.toUtf16(t.path("end").asInt())),
                    e.path("sentence").asInt(), str(e, "actor"), str(e, "target"), str(e, "location"), str(e, "date"),
                    integer(e, "fatalities"), integer(e, "injured"), integer(e, "arrested"),
                    Modality.valueOf(e.path("modality").asText("asserted").toUpperCase(java.util.Locale.ROOT)),
                    str(e, "attribution"), e.path("confidence").asDouble()));
        }
        return new Analysis(source, root.path("id").asText(), str(root, "language"), titleValue, str(root, "published"), textValue,
                boilerplate, repairs, sentences, entities, dates, events, null);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asInt();
    }
}
