package org.marsad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Field;
import org.marsad.model.Geo;
import org.marsad.model.Mention;
import org.marsad.model.Modality;
import org.marsad.model.Sentence;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.model.TextSpan;

class EventExportsTest {
    private static final String TEXT = "قتل التنظيم 12 جنديا في البادية، وفق \"المرصد\".";

    private static Analysis analysis(Modality modality) {
        Entity isis = new Entity("e1", EntityType.ORG, "التنظيم", "Islamic State", null, List.of(new Mention("التنظيم", 4, 11, Field.TEXT)), null);
        Entity badia = new Entity("e2", EntityType.LOC, "البادية", "Badia", null, List.of(new Mention("البادية", 24, 31, Field.TEXT)),
                new Geo(34.5, 38.5, "SY", "Homs", "region"));
        Event e = new Event("ev1", "ASSAULT", "kill", "Battles", "Armed clash", new TextSpan("قتل", 0, 3), 0, "e1", null, "e2",
                "2024-W50", 12, null, null, modality, null, 0.8);
        return new Analysis(new SourceRef("a.txt", "https://example.org/a", SourceFormat.TEXT), "abc", "ar", "عنوان", "2024-12-20",
                TEXT, List.of(), List.of(), List.of(new Sentence(0, TEXT.length())), List.of(isis, badia), List.of(), List.of(e), TEXT);
    }

    @Test
    void ploverRecordCarriesTheManualsFields() throws Exception {
        StringWriter out = new StringWriter();
        try (AnalysisWriter w = OutputFormats.open("plover", out)) {
            w.write(analysis(Modality.ASSERTED));
        }
        JsonNode r = AnalysisJson.MAPPER.readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(r.path("id").asText()).isEqualTo("abc-ev1");
        assertThat(r.path("event").asText()).isEqualTo("ASSAULT");
        assertThat(r.path("mode").asText()).isEqualTo("kill");
        assertThat(r.path("actor").asText()).isEqualTo("Islamic State");
        assertThat(r.path("recipient").isNull()).isTrue();
        assertThat(r.path("date").asText()).isEqualTo("2024-W50");
        assertThat(r.path("event_loc").path("country").asText()).isEqualTo("SY");
        assertThat(r.path("event_loc").path("lat").asDouble()).isEqualTo(34.5);
        assertThat(r.path("event_text").asText()).isEqualTo(TEXT);
        assertThat(r.path("cite_info").path("source").asText()).isEqualTo("https://example.org/a");
        assertThat(r.has("context")).isTrue();
    }

    @Test
    void acledCsvQuotesAndSkipsUnassertedEvents() throws Exception {
        StringWriter out = new StringWriter();
        try (AnalysisWriter w = OutputFormats.open("acled-csv", out)) {
            w.write(analysis(Modality.ASSERTED));
            w.write(analysis(Modality.HYPOTHETICAL));
        }
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country");
        assertThat(lines.get(1)).startsWith("abc-ev1,2024-12-09,2,Battles,Armed clash,Islamic State,,Syria,Homs,Badia,34.5,38.5,2,");
        assertThat(lines.get(1)).contains("\"قتل التنظيم 12 جنديا في البادية، وفق \"\"المرصد\"\".\"").endsWith(",12");
        assertThat(out.toString()).contains("\r\n");
    }

    @Test
    void csvLineFollowsRfc4180() {
        assertThat(CsvLine.of("a", null, "b,c", "say \"hi\"", "x\ny", 3)).isEqualTo("a,,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",3\r\n");
    }
}
