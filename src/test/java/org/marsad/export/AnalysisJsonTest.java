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

    /**
     * An embed's meta is written in the order of its keys, whatever order it was built in: the same article gives the
     * same bytes in every run (a {@code Map.copyOf} iterates in an order salted anew in each JVM, sorted here by
     * chance once in 120 runs).
     */
    @Test
    void embedMetaIsWrittenInKeyOrder() {
        Map<String, Object> built = new java.util.LinkedHashMap<>();
        built.put("signature", "— وزارة الخارجية العراقية (@Iraqimofa) December 19, 2024");
        built.put("handle", "@Iraqimofa");
        built.put("links", List.of("https://t.co/x"));
        built.put("date", "2024-12-19");
        built.put("author", "وزارة الخارجية العراقية");
        Map<String, Object> reversed = new java.util.LinkedHashMap<>();
        List<String> keys = new java.util.ArrayList<>(built.keySet());
        java.util.Collections.reverse(keys);
        for (String k : keys) reversed.put(k, built.get(k));
        Boilerplate b = new Boilerplate(Boilerplate.Kind.SOCIAL_EMBED, "tweet", built);
        assertThat(b.meta().keySet()).containsExactly("author", "date", "handle", "links", "signature");
        Analysis one = withBoilerplate(b), two = withBoilerplate(new Boilerplate(Boilerplate.Kind.SOCIAL_EMBED, "tweet", reversed));
        assertThat(AnalysisJson.toJson(two).toString()).isEqualTo(AnalysisJson.toJson(one).toString());
        assertThat(AnalysisJson.fromJson(AnalysisJson.toJson(one)).boilerplate()).isEqualTo(one.boilerplate());
    }

    private static Analysis withBoilerplate(Boilerplate b) {
        String text = "نص";
        return new Analysis(new SourceRef("p", null, SourceFormat.TEXT), "id1", "ar", null, null, text, List.of(b), List.of(),
                List.of(new Sentence(0, text.length())), List.of(), List.of(), List.of(), null);
    }
}
