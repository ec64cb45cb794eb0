package org.marsad.model;

/**
 * A date expression in the text with UTF-16 offsets and its resolved value
 * ({@code YYYY-MM-DD}, {@code YYYY-Www}, {@code YYYY-MM} or {@code YYYY}).
 */
public record TimeExpression(String text, int start, int end, String value, Granularity granularity) {
}
