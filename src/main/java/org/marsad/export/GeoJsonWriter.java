package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.Event;

/**
 * GeoJSON (RFC 7946): one FeatureCollection with a Point feature per event whose location has
 * coordinates ({@code kind: "event"}) and per place mentioned with coordinates but not the location of
 * any of the document's events ({@code kind: "place"}). Coordinates are [longitude, latitude].
 */
final class GeoJsonWriter implements AnalysisWriter {
    private final JsonGenerator json;
    private boolean started;

    GeoJsonWriter(Writer out) {
        try {
            this.json = AnalysisJson.MAPPER.getFactory().createGenerator(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void start() throws IOException {
        if (started) return;
        started = true;
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    @Override
    public void write(Analysis a) throws IOException {
        start();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : a.entities()) byId.put(e.id(), e);
        Set<String> eventPlaces = new HashSet<>();
        for (Event ev : a.events()) {
            Entity place = byId.get(ev.location());
            if (place == null || place.geo() == null) continue;
            eventPlaces.add(place.id());
            point(place);
            json.writeObjectFieldStart("properties");
            json.writeStringField("kind", "event");
            json.writeStringField("document", a.id());
            json.writeStringField("event", ev.id());
            json.writeStringField("plover", ev.plover());
            json.writeStringField("acled_event_type", ev.acledEventType());
            json.writeStringField("date", ev.date() != null ? ev.date() : a.published());
            json.writeStringField("actor", name(byId.get(ev.actor())));
            json.writeStringField("target", name(byId.get(ev.target())));
            json.writeStringField("location", place.name());
            json.writeStringField("country", place.geo().country());
            if (ev.fatalities() != null) json.writeNumberField("fatalities", ev.fatalities());
            json.writeStringField("trigger", ev.trigger().text());
            json.writeStringField("source", a.source().url() != null ? a.source().url() : a.source().path());
            json.writeEndObject();
            json.writeEndObject();
        }
        for (Entity e : a.entities()) {
            if (e.geo() == null || eventPlaces.contains(e.id())) continue;
            point(e);
            json.writeObjectFieldStart("properties");
            json.writeStringField("kind", "place");
            json.writeStringField("document", a.id());
            json.writeStringField("name", e.name());
            json.writeStringField("name_en", e.nameEn());
            json.writeStringField("kb", e.kb());
            json.writeStringField("country", e.geo().country());
            json.writeNumberField("mentions", e.mentions().size());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private void point(Entity place) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(place.geo().lon());
        json.writeNumber(place.geo().lat());
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String name(Entity e) {
        return e == null ? null : e.name();
    }

    @Override
    public void close() throws IOException {
        start();
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
