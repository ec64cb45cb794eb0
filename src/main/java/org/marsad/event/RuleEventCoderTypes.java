package org.marsad.event;

import java.util.Set;

/** PLOVER types that happen somewhere: their place may come from the article when the sentence names none. */
final class RuleEventCoderTypes {
    private RuleEventCoderTypes() {
    }

    static final Set<String> PLACE_TYPES = Set.of("ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT");
}
