package org.marsad.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.geo.Nisba;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.time.WordView;

/**
 * Institutions named by a descriptive phrase rather than a proper name: وزارة الخارجية الفلبينية، هيئة الانتخابات
 * المستقلة، مجلس النقباء، المخابرات التركية، القيادة العامة للجيش. The name recognizer, trained on ANERcorp, misses
 * most of them (organizations are its weakest class), yet they are the actors and targets of many statements,
 * accusations and requests. An institution head noun followed by one to four definite words or nationality
 * adjectives is one organization; the same phrase again in the article is the same one. Its {@code kb} is
 * {@code phrase:<normalized phrase>}, so that the argument model sees the same institution the same way in every
 * article.
 *
 * <p>Hand-written: no library names Arabic institution phrases; the head list is closed and short.
 */
final class InstitutionPhrases {
    static final String KB_PREFIX = "phrase:";

    /** Head nouns, normalized, without clitics or article. */
    private static final Set<String> HEADS = Set.of("وزاره", "هيئه", "مجلس", "منظمه", "لجنه", "جمعيه", "حركه", "حزب", "جبهه",
            "اتحاد", "رابطه", "مؤسسه", "موسسه", "شركه", "جامعه", "وكاله", "مفوضيه", "مكتب", "مديريه", "قياده", "صندوق",
            "بنك", "مصرف", "نقابه", "مخابرات", "استخبارات", "قناه", "صحيفه", "ائتلاف", "تحالف", "كتله", "تيار", "برلمان",
            "ديوان", "بلديه", "مجمع");

    /** The heads as a word may read with clitics set aside: bare or with the article (one of the word view's classes). */
    static final Set<String> HEAD_FORMS = java.util.stream.Stream.concat(HEADS.stream(), HEADS.stream().map(h -> "ال" + h))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Definite words that end the phrase: relative pronouns and time words (وزارة الخارجية اليوم). */
    private static final Set<String> STOPS = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اليوم", "الاحد", "الاثنين",
            "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الماضي", "الماضيه", "الحالي", "الحاليه", "الجاري", "المقبل",
            "المقبله", "الاسبوع", "الشهر", "العام", "السنه", "الليله", "الصباح", "المساء", "الان", "ايضا", "الا");

    private static final int MAX_COMPLEMENTS = 4;

    private InstitutionPhrases() {
    }

    /**
     * The institutions of the article that no entity of {@code given} covers, numbered i1, i2 … (one entity per
     * phrase, its mentions the exact spans of the text).
     */
    static List<Entity> find(WordView v, List<Entity> given) {
        boolean[] covered = HeadAnaphora.covered(v, given);
        List<int[]> spans = new ArrayList<>(); // head, end (exclusive) in words
        for (int i = 0; i < v.size(); i++) {
            if (covered[i] || !isHead(v, i)) continue;
            int end = i + 1;
            while (end < v.size() && end - i <= MAX_COMPLEMENTS && !covered[end] && complement(v.norm(end))) {
                // a nationality adjective closes the name (وزارة الخارجية الفلبينية)
                if (Nisba.countryOfWord(v.norm(end++)) != null) break;
            }
            if (end == i + 1) continue;
            spans.add(new int[] {i, end});
            i = end - 1;
        }
        // a definite word past a phrase the article also writes alone is what follows the name (وأكدت هيئة الانتخابات
        // المستقلة النتائج: the results, not part of the commission's name)
        List<String> keys = new ArrayList<>();
        for (int[] s : spans) keys.add(key(v, s[0], s[1]));
        Map<String, List<Mention>> byPhrase = new LinkedHashMap<>();
        for (int k = 0; k < spans.size(); k++) {
            int i = spans.get(k)[0], end = spans.get(k)[1];
            for (String other : keys) {
                if (other.length() < keys.get(k).length() && keys.get(k).startsWith(other + " ")) end = Math.min(end, i + words(other));
            }
            int start = v.token(i).start() + proclitics(v, i), stop = v.token(end - 1).end();
            byPhrase.computeIfAbsent(key(v, i, end), x -> new ArrayList<>())
                    .add(new Mention(v.text().substring(start, stop), start, stop, Field.TEXT));
        }
        List<Entity> out = new ArrayList<>(byPhrase.size());
        int n = 0;
        for (var e : byPhrase.entrySet()) {
            List<Mention> mentions = e.getValue();
            out.add(new Entity("i" + (++n), EntityType.ORG, mentions.get(0).text(), null, KB_PREFIX + e.getKey(), mentions, null));
        }
        return out;
    }

    private static String key(WordView v, int head, int end) {
        StringBuilder key = new StringBuilder(bare(headWord(v, head)));
        for (int k = head + 1; k < end; k++) key.append(' ').append(v.norm(k));
        return key.toString();
    }

    private static int words(String key) {
        return key.split(" ").length;
    }

    /** The head as the text writes it after its proclitics (والمخابرات → المخابرات). */
    private static String headWord(WordView v, int i) {
        String w = v.norm(i);
        int p = 0;
        while (p < 2 && p < w.length() - 3 && "وفبل".indexOf(w.charAt(p)) >= 0 && !HEADS.contains(bare(w.substring(p)))) p++;
        return HEADS.contains(bare(w.substring(p))) ? w.substring(p) : w;
    }

    private static boolean isHead(WordView v, int i) {
        return v.is(i, HEAD_FORMS);
    }

    /** A word that continues an institution's name: definite (الخارجية، للجيش) or a nationality adjective (تركية). */
    private static boolean complement(String w) {
        if (STOPS.contains(w)) return false;
        if (w.length() > 3 && (w.startsWith("ال") || w.startsWith("لل"))) return true;
        return Nisba.countryOfWord(w) != null;
    }

    /** A word without its article (المخابرات → مخابرات); also how {@link ArgumentRanker#identity} names a party. */
    static String bare(String w) {
        return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
    }

    /** Proclitics (و، ف، ب، ل) to leave out of the mention's span; none when the word's length changed in normalizing. */
    private static int proclitics(WordView v, int i) {
        String w = v.norm(i);
        return v.token(i).end() - v.token(i).start() == w.length() ? w.length() - headWord(v, i).length() : 0;
    }
}
