package org.marsad.geo;

import java.util.List;
import org.marsad.model.EntityType;

/**
 * Chooses one entry per ambiguous match: a prior by kind (a country before a city of the same name,
 * the catalog before the gazetteer, larger places first), the document's country focus, agreement with the
 * recognizer's type, and consistency with what earlier mentions of the document resolved to.
 */
final class Resolver {
    private Resolver() {
    }

    static void resolve(List<Found> found, CatalogLinker.DocumentContext ctx) {
        for (Found f : found) {
            CatalogEntry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Alias a : f.aliases()) {
                CatalogEntry e = a.entry();
                double s = prior(e) + ctx.focusBonus(e.country());
                if (a.context() != null && !e.fromGazetteer()) s += 0.5;
                if (f.nerType() != null && f.nerType() == e.type()) s += 1.0;
                Integer seen = ctx.resolvedSoFar.get(e.id());
                if (seen != null) s += 1.0;
                if (s > bestScore) {
                    bestScore = s;
                    best = e;
                }
            }
            f.entry = best;
            if (best != null) ctx.resolvedSoFar.merge(best.id(), 1, Integer::sum);
        }
    }

    static double prior(CatalogEntry e) {
        if (e.fromGazetteer()) {
            double pop = Math.log10(Math.max(1, e.population())) / 7.0;
            return ("city".equals(e.kind()) ? 0.5 : 0.2) + Math.min(1.0, pop); // always below a catalog place of the same name
        }
        if (e.type() != EntityType.LOC) return 2.5;
        return switch (e.kind()) {
            case "country" -> 3.0;
            case "admin1" -> 1.8;
            case "city", "site", "region", "water" -> 2.0;
            default -> 1.5;
        };
    }
}
