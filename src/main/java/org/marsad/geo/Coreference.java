package org.marsad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;

/**
 * Within-document coreference of nominal mentions, by rule: a definite group noun (التنظيم, الجماعة,
 * الحركة, ...; optionally with an adjective such as المتطرف) refers to the closest actor named before whose
 * catalog entry admits that noun; a definite title with a nisba (الوزير العراقي, الرئيس السوري) refers to the
 * closest person named before who holds such a post in that country, by the catalog or by the title
 * written before the person's name in this document.
 */
final class Coreference {
    private static final Set<String> DEFINITE_GROUP_NOUNS = Set.of("التنظيم", "الجماعه", "الحركه", "الميليشيا", "المليشيا", "الحزب", "الفصيل");
    private static final Set<String> ADJECTIVES = Set.of("المتطرف", "المتشدد", "الارهابي", "المسلح", "الجهادي",
            "المتطرفه", "المتشدده", "الارهابيه", "المسلحه", "الجهاديه", "المتمرده", "المتمرد");
    private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");
    private static final int TITLE_WINDOW = 10;
    /** Nouns of posts (normalized, without the article) that a title before a person's name starts with. */
    private static final Set<String> TITLE_NOUNS = Set.of("وزير", "رئيس", "مستشار", "مستشاره", "وزيره", "رئيسه", "ملك", "ملكه",
            "امير", "سفير", "سفيره", "مبعوث", "مبعوثه", "متحدث", "متحدثه", "قائد", "زعيم", "زعيمه", "مدير", "مديره", "نائب", "عاهل", "ولي");

    private Coreference() {
    }

    static List<Found> nominalMentions(List<WordUnits> fields, List<Found> named) {
        List<Found> out = new ArrayList<>();
        for (WordUnits u : fields) {
            boolean[] covered = new boolean[u.size];
            for (Found f : named) {
                if (f.units() == u) for (int k = f.from(); k < f.to() && k < u.size; k++) covered[k] = true;
            }
            for (int i = 0; i < u.size; i++) {
                if (covered[i]) continue;
                Found f = groupNoun(u, i, covered, named);
                if (f == null) f = title(u, i, covered, named);
                if (f != null) {
                    out.add(f);
                    i = f.to() - 1;
                }
            }
        }
        return out;
    }

    private static Found groupNoun(WordUnits u, int i, boolean[] covered, List<Found> named) {
        for (WordUnits.Reading r : u.readings(i)) {
            String w = r.form();
            if (!DEFINITE_GROUP_NOUNS.contains(w)) continue;
            String noun = w.substring(2).equals("مليشيا") ? "ميليشيا" : w.substring(2);
            int to = i + 1;
            if (to < u.size && !u.breakBefore[to] && !covered[to]) {
                String next = u.norm[to];
                if (ADJECTIVES.contains(next)) {
                    to++;
                } else if (next.startsWith("ال") && !RELATIVES.contains(next)) {
                    return null; // a longer name or a different group: الحركة الإسلامية, الحزب الشيوعي
                }
            }
            Found mention = new Found(u, i, to, u.startAfter(i, r.prefix()), u.end[to - 1], null, List.of(), null);
            Found antecedent = null;
            for (Found f : named) {
                if (Found.ORDER.compare(f, mention) >= 0) break;
                Found h = f.head();
                if (h.entry != null && h.entry.classes().contains(noun)) antecedent = h;
            }
            if (antecedent == null) return null;
            mention.antecedent = antecedent;
            return mention;
        }
        return null;
    }

    private static Found title(WordUnits u, int i, boolean[] covered, List<Found> named) {
        Set<String> roles = null;
        int nisbaAt = i + 1;
        for (WordUnits.Reading r : u.readings(i)) {
            String w = r.form();
            if (w.equals("الوزير")) roles = Set.of("fm", "minister");
            else if (w.equals("الرئيس")) roles = Set.of("head");
            else if (i + 1 < u.size && !u.breakBefore[i + 1] && !covered[i + 1]) {
                String next = u.norm[i + 1];
                if (w.equals("وزير") && next.equals("الخارجيه")) roles = Set.of("fm");
                else if (w.equals("رئيس") && (next.equals("الوزراء") || next.equals("الحكومه"))) roles = Set.of("pm");
                if (roles != null) nisbaAt = i + 2;
            }
            if (roles != null) {
                if (r.prefix() > 0) return null; // keep it simple: only the bare word starts a title
                break;
            }
        }
        if (roles == null) return null;
        int[] width = new int[1];
        if (nisbaAt >= u.size || u.breakBefore[nisbaAt] || covered[nisbaAt]) return null;
        String country = Nisba.countryAt(u, nisbaAt, width);
        if (country == null) return null;
        int to = nisbaAt + width[0];
        for (int k = to; k < to + 2 && k < u.size && !u.breakBefore[k]; k++) {
            if (covered[k]) return null; // apposition: الرئيس السوري بشار الأسد, رئيس الوزراء الإسرائيلي بنيامين نتانياهو
        }
        Found mention = new Found(u, i, to, u.start[i], u.end[to - 1], null, List.of(), null);
        Found antecedent = null;
        for (Found f : named) {
            if (Found.ORDER.compare(f, mention) >= 0) break;
            Found h = f.head();
            if (h.type() != EntityType.PER) continue;
            if (h.entry != null && country.equals(h.entry.country()) && roles.contains(h.entry.role())
                    || writtenTitle(f, country, roles, named)) {
                antecedent = h;
            }
        }
        if (antecedent == null) return null;
        mention.antecedent = antecedent;
        return mention;
    }

    /** Whether the words before a person's mention give a post of that country: وزير الخارجية العراقي فؤاد حسين. */
    private static boolean writtenTitle(Found f, String country, Set<String> roles, List<Found> named) {
        WordUnits u = f.units();
        int stop = -1; // the title before another person's name is that person's
        for (Found o : named) {
            if (o != f && o.units() == u && o.to() <= f.from() && o.type() == EntityType.PER) stop = Math.max(stop, o.to() - 1);
        }
        int[] width = new int[1];
        String nisbaCountry = null;
        for (int k = f.from() - 1; k > stop && k >= f.from() - TITLE_WINDOW; k--) {
            String c = Nisba.countryAt(u, k, width);
            if (c != null && nisbaCountry == null) nisbaCountry = c;
            String bare = null;
            for (WordUnits.Reading r : u.readings(k)) {
                String w = r.form().startsWith("ال") ? r.form().substring(2) : r.form();
                if (TITLE_NOUNS.contains(w)) {
                    bare = w;
                    break;
                }
            }
            if (bare == null) {
                if (u.breakBefore[k]) break;
                continue;
            }
            if (k > 0 && u.norm[k - 1].equals("نائب")) return false; // نائب رئيس الوزراء: a deputy
            if (bare.equals("وزير")) {
                String next = k + 1 < u.size ? u.norm[k + 1] : "";
                String role = next.equals("الخارجيه") ? "fm" : "minister";
                return country.equals(nisbaCountry) && roles.contains(role);
            }
            if (bare.equals("رئيس")) {
                String next = k + 1 < u.size ? u.norm[k + 1] : "";
                String role = next.equals("الوزراء") || next.equals("الحكومه") ? "pm" : "head";
                return country.equals(nisbaCountry) && roles.contains(role);
            }
            return false; // the nearest title is another post: والمستشارة الألمانية أنغيلا ميركل
        }
        return false;
    }
}
