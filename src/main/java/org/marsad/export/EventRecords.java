package org.marsad.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Sentence;

/** What the event exports share: entity look-up by id, the sentence of an event, country names. */
final class EventRecords {
    private final Analysis analysis;
    private final Map<String, Entity> entities = new HashMap<>();

    EventRecords(Analysis analysis) {
        this.analysis = analysis;
        for (Entity e : analysis.entities()) entities.put(e.id(), e);
    }

    Entity entity(String id) {
        return id == null ? null : entities.get(id);
    }

    String name(String id) {
        Entity e = entity(id);
        if (e == null) return null;
        return e.nameEn() != null ? e.nameEn() : e.name();
    }

    String sentence(Event e) {
        if (e.sentence() < 0 || e.sentence() >= analysis.sentences().size()) return e.trigger().text();
        Sentence s = analysis.sentences().get(e.sentence());
        return analysis.text().substring(s.start(), s.end()).strip();
    }

    /** The event's date, else the publication date (YYYY-MM-DD prefix), else null. */
    String date(Event e) {
        if (e.date() != null) return e.date();
        return analysis.published() == null ? null : analysis.published().substring(0, Math.min(10, analysis.published().length()));
    }

    static String countryName(String iso2) {
        if (iso2 == null || iso2.isBlank()) return null;
        String name = Locale.of("", iso2).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(iso2) ? iso2 : name;
    }

    String source() {
        return analysis.source().url() != null ? analysis.source().url() : analysis.source().path();
    }
}
