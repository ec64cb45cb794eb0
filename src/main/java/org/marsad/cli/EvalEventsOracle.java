package org.marsad.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Geo;
import org.marsad.model.Mention;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Entities made from annotated surfaces (an oracle for names and linking): every occurrence of a surface
 * in the text, at word boundaries and after an optional clitic, becomes a mention of its entity. Used by
 * {@code marsad eval events --oracle-entities} and the golden tests to measure argument filling apart
 * from recognition and linking.
 */
public final class EvalEventsOracle {
    /** One real-world referent: its surfaces, type and optional coordinates. */
    public record Referent(String name, EntityType type, List<String> surfaces, Geo geo) {
    }

    private EvalEventsOracle() {
    }

    public static List<Entity> entities(ArticleText article, List<Referent> referents) {
        NormalizedText nt = ArabicNormalizer.normalize(article.text());
        String norm = nt.normalized();
        record Hit(int referent, int start, int end) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int r = 0; r < referents.size(); r++) {
            for (String surface : referents.get(r).surfaces()) {
                String s = ArabicNormalizer.normalizeForMatching(surface).strip();
                if (s.length() < 2) continue;
                for (int at = norm.indexOf(s); at >= 0; at = norm.indexOf(s, at + 1)) {
                    int end = at + s.length();
                    if (end < norm.length() && isWordChar(norm.charAt(end)) && !isSuffixStart(norm, end)) continue;
                    if (at > 0 && isWordChar(norm.charAt(at - 1)) && !isCliticBefore(norm, at)) continue;
                    hits.add(new Hit(r, at, end));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(h -> -(h.end() - h.start())));
        List<List<Mention>> mentions = new ArrayList<>();
        for (int r = 0; r < referents.size(); r++) mentions.add(new ArrayList<>());
        int covered = -1;
        for (Hit h : hits) {
            if (h.start() < covered) continue;
            int start = nt.toOriginalStart(h.start()), end = nt.toOriginalEnd(h.end());
            mentions.get(h.referent()).add(new Mention(article.text().substring(start, end), start, end, Field.TEXT));
            covered = h.end();
        }
        List<Entity> out = new ArrayList<>();
        for (int r = 0; r < referents.size(); r++) {
            if (mentions.get(r).isEmpty()) continue;
            Referent ref = referents.get(r);
            out.add(new Entity("o" + (r + 1), ref.type(), ref.name(), null, null, mentions.get(r), ref.geo()));
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** One or two clitic letters (و ف ب ل ك) glued before the surface at a word start. */
    private static boolean isCliticBefore(String s, int at) {
        int k = at - 1;
        int n = 0;
        while (k >= 0 && n < 2 && "وفبلك".indexOf(s.charAt(k)) >= 0) {
            k--;
            n++;
        }
        return n > 0 && (k < 0 || !isWordChar(s.charAt(k)));
    }

    private static boolean isSuffixStart(String s, int end) {
        int k = end;
        while (k < s.length() && isWordChar(s.charAt(k))) k++;
        String rest = s.substring(end, k);
        return rest.equals("ه") || rest.equals("ها") || rest.equals("هم");
    }
}
