package org.marsad.model;

/** What the bytes of a {@link RawDocument} are, independent of the container they came in. */
public enum ContentType {
    PLAIN_TEXT, HTML
}
