package org.marsad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Longest-match dictionary scan over the words of a field: at each word, every reading of it (with
 * clitics set aside) is tried as the first word of a catalog name, longest names first; the caller's
 * gate says which of the found aliases may be used there.
 */
final class DictionaryMatcher {
    /** Organisation heads: a place name right after one of these is part of an organisation's name. */
    private static final Set<String> ORG_HEADS = Set.of("مركز", "معهد", "وكاله", "صحيفه", "جامعه", "مؤتمر", "قمه", "مجله",
            "قناه", "اذاعه", "تلفزيون", "بنك", "مصرف", "شركه", "نادي", "اتفاقيه", "معاهده", "منتدى", "منتدي", "متحف", "مهرجان",
            "حراك", "جائزه", "مجلس", "هيئه", "وكالات", "صحف", "جمعيه", "رابطه", "اتحاد", "منظمه", "مرصد", "مستشفى", "مستشفي");

    /** Nouns after which مالي is the adjective "financial" (مبلغ مالي، دعم مالي، عجز مالي), not the country. */
    private static final Set<String> MONEY_NOUNS = Set.of("مبلغ", "مبالغ", "دعم", "عجز", "فساد", "تمويل", "احتياطي", "عام",
            "وضع", "حساب", "تعويض", "مورد", "استقرار", "ضغط", "قطاع", "سوق", "تقرير", "تحليل", "محلل", "مستشار", "مدير", "خبير",
            "نظام", "دين", "فائض", "انهيار", "اصلاح", "غطاء", "سند", "مقابل", "ثمن", "نقدي", "اقتصادي", "امتياز", "حافز", "جزاء");

    private final NameIndex index;

    DictionaryMatcher(NameIndex index) {
        this.index = index;
    }

    /** A name found at words [from, to) with the aliases its text may stand for. */
    record Match(WordUnits units, int from, int to, int start, int end, List<Alias> aliases, int prefix) {
        String text() {
            return units.text.substring(start, end);
        }
    }

    interface Gate {
        /** The aliases usable for this candidate match (possibly none). */
        List<Alias> allowed(WordUnits units, int from, int to, int prefix, List<Alias> aliases);
    }

    /** A name in the index at words [from, from + words) read after {@code prefix} clitic chars. */
    record Hit(int words, int prefix, List<Alias> aliases) {
    }

    /**
     * Every catalog name that may start at each word, longest first and, for equal length, the most literal
     * reading first. Computed once per field and shared by both linking passes.
     */
    List<List<Hit>> hits(WordUnits u) {
        List<List<Hit>> out = new ArrayList<>(u.size);
        StringBuilder key = new StringBuilder(64);
        for (int i = 0; i < u.size; i++) {
            List<Hit> here = null;
            for (WordUnits.Reading r : u.readings(i)) {
                int max = index.maxWords(r.form());
                if (max == 0) continue;
                int limit = 1;
                while (limit < max && i + limit < u.size && !u.breakBefore[i + limit]) limit++;
                for (int n = limit; n >= 1; n--) {
                    List<Alias> aliases;
                    if (n == 1) {
                        aliases = index.get(r.form());
                    } else {
                        key.setLength(0);
                        key.append(r.form());
                        for (int k = 1; k < n; k++) key.append(' ').append(u.norm[i + k]);
                        aliases = index.get(key.toString());
                    }
                    if (aliases.isEmpty() || rejected(u, i, n, r.prefix(), aliases)) continue;
                    if (here == null) here = new ArrayList<>(2);
                    here.add(new Hit(n, r.prefix(), aliases));
                }
            }
            if (here != null && here.size() > 1) here.sort(HIT_ORDER);
            out.add(here == null ? List.of() : here);
        }
        return out;
    }

    private static final java.util.Comparator<Hit> HIT_ORDER =
            java.util.Comparator.comparingInt(Hit::words).reversed().thenComparingInt(Hit::prefix);

    /** Longest-match scan over precomputed hits: at each word the first hit with an alias the gate allows. */
    static List<Match> scan(WordUnits u, List<List<Hit>> hits, Gate gate) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < u.size) {
            Match best = null;
            for (Hit h : hits.get(i)) {
                List<Alias> allowed = gate.allowed(u, i, i + h.words(), h.prefix(), h.aliases());
                if (allowed.isEmpty()) continue;
                int start = h.words() > 1 && isPlaceHead(u, i, h.prefix(), allowed) ? u.start[i + 1] : u.startAfter(i, h.prefix());
                best = new Match(u, i, i + h.words(), start, u.end[i + h.words() - 1], allowed, h.prefix());
                break;
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Generic heads written before a place's name; the mention is the name after them (محافظة الأنبار → الأنبار). */
    private static final Set<String> PLACE_HEADS = Set.of("محافظه", "ولايه", "مدينه", "منطقه", "اقليم", "قضاء", "ناحيه", "بلده", "معتمديه");

    private static boolean isPlaceHead(WordUnits u, int i, int prefix, List<Alias> aliases) {
        for (Alias a : aliases) if (a.entry().type() != org.marsad.model.EntityType.LOC) return false;
        return PLACE_HEADS.contains(u.norm[i].substring(prefix)) || PLACE_HEADS.contains(u.norm[i]);
    }

    /** مالي after a noun of money (مبلغ مالي، ودعم مالي): the adjective "financial", not Mali; for the recognizer's names too. */
    static boolean financial(WordUnits u, int i) {
        if (i == 0 || u.breakBefore[i] || !u.norm[i].equals("مالي")) return false;
        for (WordUnits.Reading r : u.readings(i - 1)) if (MONEY_NOUNS.contains(r.form())) return true;
        return false;
    }

    /**
     * Readings that are not names here: a one-word feminine place name after a definite noun is an
     * adjective (الحكومة السعودية, وكالة الأنباء السعودية), and a place right after an organisation head is
     * part of the organisation's name (مركز البحرين لحقوق الإنسان).
     */
    private static boolean rejected(WordUnits u, int i, int n, int prefix, List<Alias> aliases) {
        int last = u.end[i + n - 1];
        if (u.text.charAt(last - 1) == '\u064B' || last >= 2 && u.text.charAt(last - 2) == '\u064B') {
            return true; // tanween: an indefinite adjective or noun (13 روسياً), never a name
        }
        if (i + n < u.size && !u.breakBefore[i + n] && u.norm[i + n].startsWith("راس") && u.norm[i + n - 1].equals("مسقط")) {
            return true; // مسقط رأسه: one's birthplace
        }
        if (i == 0 || u.breakBefore[i]) return false;
        if (n == 1 && prefix == 0 && financial(u, i)) return true;
        boolean allPlaces = true;
        for (Alias a : aliases) if (a.entry().type() != org.marsad.model.EntityType.LOC) allPlaces = false;
        if (!allPlaces) return false;
        String prev = u.norm[i - 1];
        if (n == 1 && prefix == 0 && u.norm[i].endsWith("يه") && u.norm[i].startsWith("ال") && prev.startsWith("ال")) return true;
        for (WordUnits.Reading r : u.readings(i - 1)) if (ORG_HEADS.contains(r.form())) return true;
        return false;
    }
}
