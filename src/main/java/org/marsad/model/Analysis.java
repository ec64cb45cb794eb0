package org.marsad.model;

import java.util.List;

/**
 * The result of analysing one document: the contract {@code marsad/analysis@1}
 * (see docs/analysis-format.md). Offsets inside are UTF-16; the JSON edge writes code points.
 */
public record Analysis(SourceRef source, String id, String language, String title, String published,
                       String text, List<Boilerplate> boilerplate, List<Repair> repairs, List<Sentence> sentences,
                       List<Entity> entities, List<TimeExpression> dates, List<Event> events, String original) {
    public static final String SCHEMA = "marsad/analysis@1";

    public Analysis {
        boilerplate = List.copyOf(boilerplate);
        repairs = List.copyOf(repairs);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        events = List.copyOf(events);
    }
}
