package org.marsad.geo;

import java.util.Comparator;
import java.util.List;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;

/** One mention found in a document while linking (per call; not shared between threads). */
final class Found {
    static final Comparator<Found> ORDER = Comparator.<Found>comparingInt(f -> f.units.field == Field.TITLE ? 0 : 1)
            .thenComparingInt(f -> f.start);

    private final WordUnits units;
    private final int from;
    private final int to;
    private final int start;
    private final int end;
    private final EntityType nerType;
    private final List<Alias> aliases;
    /** The catalog entry chosen for it, or null when unknown. */
    CatalogEntry entry;
    /** For a nominal mention: the mention it refers back to. */
    Found antecedent;

    Found(WordUnits units, int from, int to, int start, int end, EntityType nerType, List<Alias> aliases, Found antecedent) {
        this.units = units;
        this.from = from;
        this.to = to;
        this.start = start;
        this.end = end;
        this.nerType = nerType;
        this.aliases = aliases;
        this.antecedent = antecedent;
    }

    WordUnits units() {
        return units;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    EntityType nerType() {
        return nerType;
    }

    List<Alias> aliases() {
        return aliases;
    }

    String text() {
        return units.text.substring(start, end);
    }

    Mention mention() {
        return new Mention(text(), start, end, units.field);
    }

    /** The type of the referent: the entry's, else the recognizer's, else the antecedent's. */
    EntityType type() {
        if (antecedent != null) return antecedent.type();
        if (entry != null) return entry.type();
        return nerType;
    }

    /** The mention whose referent this one shares (itself unless nominal). */
    Found head() {
        Found f = this;
        while (f.antecedent != null) f = f.antecedent;
        return f;
    }
}
