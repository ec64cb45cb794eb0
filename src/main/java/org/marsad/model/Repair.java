package org.marsad.model;

/**
 * One change the cleaner made to the input. {@code start}/{@code end} are UTF-16 offsets into the
 * original decoded input (the JSON edge converts them to code points); {@code original} equals
 * {@code input.substring(start, end)}.
 */
public record Repair(String kind, String original, String replacement, int start, int end) {
}
