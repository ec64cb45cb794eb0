package org.marsad.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Analysis;
import org.marsad.model.Boilerplate;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Geo;
import org.marsad.model.Mention;
import org.marsad.model.Sentence;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

class AnalysisJsonTest {
    @Test
    void roundTripKeepsUtf16OffsetsAndWritesCodePoints() {
        String text = "😀 قصف على الموصل";
        int start = text.indexOf("الموصل");
        Entity mosul = new Entity("e1", EntityType.LOC, "الموصل", "Mosul", "Q1", List.of(new Mention("الموصل", start, start + 6, Field.TEXT)),
                new Geo(36.34, 43.13, "IQ", "Nineveh", "city"));
        Analysis a = new Analysis(new SourceRef("p", null, SourceFormat.TEXT), "id1", "ar", "عنوان", null, text,
                List.of(new Boilerplate(Boilerplate.Kind.LINK, "https://x", Map.of("url", "https://x"))), List.of(),
                List.of(new Sentence(0, text.length())), List.of(mosul), List.of(), List.of(), null);
        var json = AnalysisJson.toJson(a);
        assertThat(json.path("entities").get(0).path("mentions").get(0).path("start").asInt()).isEqualTo(start - 1);
        Analysis back = AnalysisJson.fromJson(json);
        assertThat(back.entities().get(0).mentions().get(0).start()).isEqualTo(start);
        assertThat(back.entities()).isEqualTo(a.entities());
        assertThat(back.sentences()).isEqualTo(a.sentences());
        assertThat(back.boilerplate()).isEqualTo(a.boilerplate());
    }
}
