package org.marsad.model;

/** One occurrence of an entity: its exact text and UTF-16 offsets into the title or the text. */
public record Mention(String text, int start, int end, Field in) {
}
