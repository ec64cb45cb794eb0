package org.marsad.ner;

import java.util.List;
import org.marsad.model.EntityType;

/** The BIO tag set of ANERcorp: O and B-/I- for PERS, LOC, ORG, MISC. Index 0 is O. */
public final class Labels {
    public static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
    static final int COUNT = 1 + 2 * TYPES.size();
    static final int O = 0;

    private Labels() {
    }

    static String name(int label) {
        if (label == O) return "O";
        return (isBegin(label) ? "B-" : "I-") + TYPES.get(type(label));
    }

    /** Label index of a tag like B-PERS; unknown types are an error, "O" and anything else without a type is O. */
    static int index(String tag) {
        if (tag.equals("O")) return O;
        if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
            throw new IllegalArgumentException("not an IOB tag: " + tag);
        }
        int t = TYPES.indexOf(tag.substring(2));
        if (t < 0) throw new IllegalArgumentException("unknown entity type in tag: " + tag);
        return 1 + 2 * t + (tag.charAt(0) == 'B' ? 0 : 1);
    }

    static boolean isBegin(int label) {
        return label != O && (label - 1) % 2 == 0;
    }

    static boolean isInside(int label) {
        return label != O && (label - 1) % 2 == 1;
    }

    /** Type index (into {@link #TYPES}) of a B or I label. */
    static int type(int label) {
        return (label - 1) / 2;
    }

    /** Whether label may follow prev in a well-formed BIO sequence (prev -1 = sentence start). */
    static boolean allowed(int prev, int label) {
        if (!isInside(label)) return true;
        return prev >= 0 && prev != O && type(prev) == type(label);
    }

    /** ANERcorp's PERS is the contract's PER. */
    public static EntityType entityType(String type) {
        return switch (type) {
            case "PERS" -> EntityType.PER;
            case "LOC" -> EntityType.LOC;
            case "ORG" -> EntityType.ORG;
            default -> EntityType.MISC;
        };
    }
}
