package org.marsad.model;

/** An exact piece of text with its UTF-16 offsets, such as an event trigger. */
public record TextSpan(String text, int start, int end) {
}
