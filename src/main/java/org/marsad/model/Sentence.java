package org.marsad.model;

/** A sentence of the article text, as UTF-16 offsets [start, end). */
public record Sentence(int start, int end) {
}
