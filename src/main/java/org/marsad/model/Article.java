package org.marsad.model;

import java.util.List;

/**
 * A document after decoding and cleaning: the article's own title and body, with what was moved aside.
 *
 * @param original the decoded input the {@code repairs} point into
 * @param published publication time in the contract's form, or null
 */
public record Article(SourceRef source, String title, String text, String published, String language,
                      List<Boilerplate> boilerplate, List<Repair> repairs, String original) {
    public Article {
        title = title == null || title.isBlank() ? null : title;
        text = text == null ? "" : text;
        boilerplate = List.copyOf(boilerplate);
        repairs = List.copyOf(repairs);
    }
}
