package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.text.ArabicNormalizer;
import org.marsad.time.WordView;

/**
 * A definite head noun that refers back to a longer name told before: الحلف after حلف شمال الأطلسي, المحكمة
 * after محكمة العدل الدولية, البعثة after بعثة الأمم المتحدة, الجامعة after جامعة الدول العربية. News names an
 * organisation in full once and then by its head noun; without this the later mentions are no party (or a
 * generic group: the judiciary instead of the court that was named). The head must be an institution noun,
 * the name must have been mentioned earlier in the text, and the noun must not open another name
 * (المحكمة العليا). Hand-written: the names come from the recognizer; only this back-reference is added.
 */
final class HeadAnaphora {
    /** Institution nouns that head organisation names (normalized, without the article). */
    private static final Set<String> HEADS = Set.of("حلف", "محكمه", "جامعه", "بعثه", "حركه", "منظمه", "مجلس", "وزاره", "هيئه",
            "لجنه", "اتحاد", "تحالف", "حزب", "جماعه", "وكاله", "مفوضيه", "برلمان", "نيابه", "جبهه", "تنظيم", "شركه", "مؤسسه");

    private HeadAnaphora() {
    }

    /** The entities, with the head-noun mentions that refer back to one of them added to its mentions. */
    static List<Entity> resolve(WordView v, List<Entity> entities) {
        List<Entity> out = null;
        boolean[] named = null;
        for (int i = 0; i < v.size(); i++) {
            String w = v.norm(i);
            int article = w.indexOf("ال");
            if (article < 0 || article > 2 || w.length() < article + 5) continue; // الحلف، والمحكمة، بالمحكمة
            String head = w.substring(article + 2);
            if (!HEADS.contains(head) || article > 0 && !proclitics(w.substring(0, article))) continue;
            String next = v.norm(i + 1);
            if (next.startsWith("ال") && !next.equals("الذي") && !next.equals("التي")) continue; // المحكمة العليا: another name
            if (named == null) named = covered(v, entities);
            if (named[i]) continue;
            int at = v.token(i).start();
            int antecedent = antecedent(out == null ? entities : out, head, at);
            if (antecedent < 0) continue;
            if (out == null) out = new ArrayList<>(entities);
            Entity e = out.get(antecedent);
            int start = at + article, end = v.token(i).end();
            if (v.token(i).end() - at != w.length()) start = at; // diacritics: keep the whole token
            out.set(antecedent, e.withMentions(List.of(new Mention(v.text().substring(start, end), start, end, Field.TEXT))));
        }
        return out == null ? entities : out;
    }

    private static boolean proclitics(String p) {
        return p.equals("و") || p.equals("ف") || p.equals("ب") || p.equals("وب") || p.equals("فب");
    }

    /** Tokens inside a text mention of any of the entities. */
    static boolean[] covered(WordView v, List<Entity> entities) {
        boolean[] named = new boolean[v.size()];
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.in() != Field.TEXT) continue;
                for (int k = Math.max(0, v.indexAt(m.start() + 1) - 1); k < v.size() && v.token(k).start() < m.end(); k++) named[k] = true;
            }
        }
        return named;
    }

    /** The organisation whose multiword name starting with the head was mentioned last before the offset, or -1. */
    private static int antecedent(List<Entity> entities, String head, int before) {
        int best = -1, bestAt = -1;
        for (int e = 0; e < entities.size(); e++) {
            Entity entity = entities.get(e);
            if (entity.type() != EntityType.ORG || GroupParties.isGroup(entity)) continue;
            for (Mention m : entity.mentions()) {
                if (m.in() != Field.TEXT || m.start() >= before || m.start() <= bestAt) continue;
                String name = ArabicNormalizer.normalizeForMatching(m.text());
                int space = name.indexOf(' ');
                if (space < 0) continue;
                String first = name.substring(0, space);
                if (first.startsWith("ال")) first = first.substring(2);
                if (first.equals(head)) {
                    best = e;
                    bestAt = m.start();
                }
            }
        }
        return best;
    }
}
