package org.marsad.model;

/** A name found by a recognizer, before linking: a typed span with a confidence in [0, 1]. */
public record NamedMention(Mention mention, EntityType type, double confidence) {
}
