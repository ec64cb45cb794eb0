package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.model.Token;
import org.marsad.time.WordView;

/**
 * A bare title that refers back to the person it introduced: وانتقد الأمين العام after الأمين العام للأمم المتحدة
 * أنطونيو غوتيريش, وقال الوزير after وزير الخارجية الروسي سيرغي لافروف. News names a person in full once, with a title,
 * and then often by the title alone; without this the later mention is no party. The bare title must not be
 * followed by a name or a nationality adjective (الرئيس الأمريكي without a name is an unnamed official, a group), and
 * the person must have been introduced with the same title word(s) in the six words before the name. The mention is
 * added to that person. Hand-written like {@link HeadAnaphora}: the names come from the recognizer; only this
 * back-reference is added.
 */
final class TitleAnaphora {
    /** Titles, normalized, words separated by a space; the first word carries the article. */
    private static final List<String[]> TITLES = List.of(
            words("الامين العام"), words("رئيس الوزراء"), words("رئيسه الوزراء"), words("ولي العهد"), words("المدعي العام"),
            words("وزير الخارجيه"), words("وزيره الخارجيه"), words("وزير الدفاع"), words("وزير الداخليه"),
            words("الرئيس"), words("الوزير"), words("الوزيره"), words("السفير"), words("المبعوث"), words("الملك"),
            words("الامير"), words("الزعيم"), words("المستشار"), words("المستشاره"), words("المتحدث"), words("الناطق"),
            words("المرشد"), words("البابا"), words("العاهل"), words("المندوب"), words("القاضي"), words("المحقق"));

    /** Titles whose construct form (وزير الخارجية، سفير السعودية) introduces the person the bare title names later. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("الوزير", "الوزيره", "السفير", "المبعوث", "المستشار",
            "المستشاره", "المندوب");

    /** The titles by their first word: one map look-up per word before any comparison. */
    private static final java.util.Map<String, List<String[]>> BY_FIRST = byFirst();

    private static java.util.Map<String, List<String[]>> byFirst() {
        java.util.Map<String, List<String[]>> m = new java.util.HashMap<>();
        for (String[] t : TITLES) m.computeIfAbsent(t[0], k -> new ArrayList<>()).add(t);
        return m;
    }

    /** How far before a name its title may start (وزير الخارجية الروسي، سيرغي لافروف). */
    private static final int TITLE_REACH = 6;

    private TitleAnaphora() {
    }

    private static String[] words(String title) {
        return title.split(" ");
    }

    /** The entities, with bare-title mentions that refer back to a person added to that person's mentions. */
    static List<Entity> resolve(WordView v, List<Entity> entities) {
        List<Entity> out = null;
        boolean[] named = null, persons = null;
        for (int i = 0; i < v.size(); i++) {
            if (v.token(i).kind() != Token.Kind.ARABIC) continue;
            String[] title = titleAt(v, i);
            if (title == null) continue;
            int after = i + title.length;
            if (named == null) {
                named = HeadAnaphora.covered(v, entities);
                persons = HeadAnaphora.covered(v, entities.stream().filter(e -> e.type() == EntityType.PER).toList());
            }
            // a person named right after (الرئيس دونالد ترامب، الرئيس، ميشال عون) is the one this title introduces
            if (covered(named, i, after) || after < v.size() && persons[after] || !bare(v, after)
                    || isComma(v, after) && after + 1 < v.size() && persons[after + 1]) continue;
            int person = antecedent(out == null ? entities : out, v, title, v.token(i).start());
            if (person < 0) continue;
            if (out == null) out = new ArrayList<>(entities);
            Entity e = out.get(person);
            int start = v.token(i).start() + proclitic(v.norm(i), title[0]), end = v.token(after - 1).end();
            if (v.token(i).end() - v.token(i).start() != v.norm(i).length()) start = v.token(i).start(); // diacritics
            out.set(person, e.withMentions(List.of(new Mention(v.text().substring(start, end), start, end, Field.TEXT))));
            i = after - 1;
        }
        return out == null ? entities : out;
    }

    /**
     * The longest title whose first word is a reading of token i (the view's cached clitic readings: والرئيس،
     * للرئيس، بالرئيس → الرئيس; ووزير → وزير), or null.
     */
    private static String[] titleAt(WordView v, int i) {
        for (String r : v.readings(i)) {
            List<String[]> candidates = BY_FIRST.get(r);
            if (candidates == null) continue;
            String[] best = null;
            for (String[] t : candidates) {
                if (best != null && best.length >= t.length) continue;
                boolean ok = true;
                for (int k = 1; k < t.length && ok; k++) ok = v.norm(i + k).equals(t[k]);
                if (ok) best = t;
            }
            return best;
        }
        return null;
    }

    /** Characters of the conjunction and preposition before the title word, left out of the mention's span. */
    private static int proclitic(String w, String first) {
        if (w.endsWith(first)) return w.length() - first.length();
        // للرئيس: ل + الرئيس with the article's alif dropped; the span keeps the second ل, as groups do
        if (first.startsWith("ال") && w.endsWith(first.substring(1))) return w.length() - first.length() + 1;
        return 0;
    }

    private static boolean isComma(WordView v, int i) {
        return Cues.isComma(v.norm(i));
    }

    private static boolean covered(boolean[] named, int from, int to) {
        for (int k = from; k < to && k < named.length; k++) if (named[k]) return true;
        return false;
    }

    /**
     * Nothing after the title that would make it part of a longer title or name: no nationality adjective (الرئيس
     * الأمريكي), no genitive with the article (رئيس الوزراء العراقي; الأمين العام للأمم المتحدة), no name.
     */
    private static boolean bare(WordView v, int after) {
        if (after >= v.size() || v.token(after).kind() != Token.Kind.ARABIC) return true;
        String next = v.norm(after);
        if (next.equals("الذي") || next.equals("التي")) return true;
        if (next.equals("باسم") || next.equals("لشؤون") || next.equals("لدي")) return false; // المتحدث باسم الحكومة: another title
        return !next.startsWith("ال") && !next.startsWith("لل") && !next.startsWith("بال");
    }

    /**
     * The person (not a group) whose latest text mention before the offset is introduced by the title: its words
     * appear, read after clitics, in the {@link #TITLE_REACH} tokens before the name.
     */
    private static int antecedent(List<Entity> entities, WordView v, String[] title, int before) {
        int best = -1, bestAt = -1;
        for (int e = 0; e < entities.size(); e++) {
            Entity entity = entities.get(e);
            if (entity.type() != EntityType.PER || GroupParties.isGroup(entity)) continue;
            for (Mention m : entity.mentions()) {
                if (m.in() != Field.TEXT || m.start() >= before || m.start() <= bestAt) continue;
                int at = v.indexAt(m.start() + 1) - 1; // the token the mention starts in, as MentionIndex places it
                if (introduces(v, title, at)) {
                    best = e;
                    bestAt = m.start();
                }
            }
        }
        return best;
    }

    private static boolean introduces(WordView v, String[] title, int nameAt) {
        // الوزير after وزير الخارجية X, السفير after سفير السعودية في واشنطن X: the construct form introduces the generic
        // title; not الرئيس after رئيس الوزراء X, another office
        String construct = GENERIC.contains(title[0]) ? title[0].substring(2) : null;
        for (int k = nameAt - 1; k >= Math.max(0, nameAt - TITLE_REACH); k--) {
            if (v.token(k).kind() == Token.Kind.PUNCTUATION && !isComma(v, k)) return false;
            List<String> readings = v.readings(k);
            if (construct != null && readings.contains(construct)) return true;
            if (!readings.contains(title[0])) continue;
            boolean ok = true;
            for (int j = 1; j < title.length && ok; j++) ok = v.norm(k + j).equals(title[j]);
            if (ok) return true;
        }
        return false;
    }
}
