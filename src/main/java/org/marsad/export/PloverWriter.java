package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.Event;

/**
 * PLOVER event records, one JSON object per line, with the fields of the PLOVER manual's event data
 * format (id, date, actor, recipient, event, mode, context, event_loc, event_text, cite_info) and
 * Marsad's extras (modality, casualties, ACLED type, entity ids). Events only: documents without events
 * write nothing.
 */
final class PloverWriter implements AnalysisWriter {
    private final Writer out;
    private final ObjectWriter writer = AnalysisJson.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    PloverWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Analysis analysis) throws IOException {
        EventRecords records = new EventRecords(analysis);
        for (Event e : analysis.events()) {
            out.write(writer.writeValueAsString(record(analysis, records, e)));
            out.write('\n');
        }
    }

    static ObjectNode record(Analysis a, EventRecords records, Event e) {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("id", a.id() + "-" + e.id());
        o.put("date", records.date(e));
        o.put("date_from_text", e.date() != null);
        o.put("actor", records.name(e.actor()));
        o.put("actor_id", e.actor());
        o.put("recipient", records.name(e.target()));
        o.put("recipient_id", e.target());
        o.put("event", e.plover());
        o.put("mode", e.mode());
        o.putArray("context");
        o.put("modality", e.modality().wireName());
        Entity place = records.entity(e.location());
        if (place == null) {
            o.putNull("event_loc");
        } else {
            ObjectNode loc = o.putObject("event_loc");
            loc.put("name", place.nameEn() != null ? place.nameEn() : place.name());
            loc.put("entity_id", place.id());
            if (place.geo() != null) {
                loc.put("lat", place.geo().lat());
                loc.put("lon", place.geo().lon());
                loc.put("country", place.geo().country());
                loc.put("admin1", place.geo().admin1());
                loc.put("feature", place.geo().feature());
            }
        }
        o.put("fatalities", e.fatalities());
        o.put("injured", e.injured());
        o.put("arrested", e.arrested());
        o.put("acled_event_type", e.acledEventType());
        o.put("acled_sub_event_type", e.acledSubEventType());
        o.put("event_text", records.sentence(e));
        ObjectNode cite = o.putObject("cite_info");
        cite.put("doc_id", a.id());
        cite.put("source", records.source());
        cite.put("title", a.title());
        cite.put("published", a.published());
        cite.put("trigger", e.trigger().text());
        cite.put("according_to", records.name(e.attribution()));
        o.put("confidence", e.confidence());
        o.put("version", "PLOVER 2023 + STATEMENT; marsad/analysis@1");
        return o;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
