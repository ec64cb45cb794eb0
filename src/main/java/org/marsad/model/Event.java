package org.marsad.model;

/**
 * One event coded from the text. Actor, target, location and attribution are entity ids of the same
 * analysis, or null. {@code sentence} is an index into the analysis's sentences.
 */
public record Event(String id, String plover, String mode, String acledEventType, String acledSubEventType,
                    TextSpan trigger, int sentence, String actor, String target, String location, String date,
                    Integer fatalities, Integer injured, Integer arrested, Modality modality,
                    String attribution, double confidence) {
}
