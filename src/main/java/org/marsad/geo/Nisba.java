package org.marsad.geo;

import java.util.HashMap;
import java.util.Map;

/** Masculine nisba adjectives (normalized, with the article) to the country they name: العراقي → IQ. */
public final class Nisba {
    private static final Map<String, String> COUNTRY = new HashMap<>();

    static {
        String[][] rows = {
                {"IQ", "العراقي"}, {"SY", "السوري"}, {"IR", "الايراني"}, {"TR", "التركي"}, {"SA", "السعودي"}, {"EG", "المصري"},
                {"JO", "الاردني"}, {"LB", "اللبناني"}, {"AE", "الاماراتي"}, {"QA", "القطري"}, {"KW", "الكويتي"}, {"BH", "البحريني"},
                {"OM", "العماني"}, {"YE", "اليمني"}, {"LY", "الليبي"}, {"SD", "السوداني"}, {"TN", "التونسي"}, {"DZ", "الجزائري"},
                {"MA", "المغربي"}, {"MR", "الموريتاني"}, {"PS", "الفلسطيني"}, {"IL", "الاسرائيلي"}, {"US", "الامريكي"}, {"US", "الاميركي"},
                {"RU", "الروسي"}, {"GB", "البريطاني"}, {"FR", "الفرنسي"}, {"DE", "الالماني"}, {"CN", "الصيني"}, {"JP", "الياباني"},
                {"IN", "الهندي"}, {"PK", "الباكستاني"}, {"AF", "الافغاني"}, {"UA", "الاوكراني"}, {"IT", "الايطالي"}, {"ES", "الاسباني"},
                {"CA", "الكندي"}, {"AU", "الاسترالي"}, {"SO", "الصومالي"}, {"KR", "الكوري الجنوبي"}, {"KP", "الكوري الشمالي"},
        };
        for (String[] r : rows) COUNTRY.put(r[1], r[0]);
    }

    private Nisba() {
    }

    /**
     * The ISO-2 country of one normalized nisba word in any of its forms (الاسرائيلي، الاسرائيليه، اسرائيليين،
     * الفلسطينيون، سوريا as in جنديا سوريا), or null. Used by the event coder for the nationality of groups.
     */
    public static String countryOfWord(String w) {
        if (w == null || w.length() < 3) return null;
        String stem = w.startsWith("ال") ? w.substring(2) : w;
        for (String suffix : new String[] {"يين", "يون", "يه", "يا", "ي"}) {
            if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 2) {
                return COUNTRY.get("ال" + stem.substring(0, stem.length() - suffix.length()) + "ي");
            }
        }
        return null;
    }

    /** The country of the nisba at word i (one or two words), or null; {@code width[0]} gets the word count. */
    static String countryAt(WordUnits u, int i, int[] width) {
        if (i >= u.size) return null;
        if (i + 1 < u.size && !u.breakBefore[i + 1]) {
            String two = COUNTRY.get(u.norm[i] + " " + u.norm[i + 1]);
            if (two != null) {
                width[0] = 2;
                return two;
            }
        }
        String one = COUNTRY.get(u.norm[i]);
        if (one != null) width[0] = 1;
        return one;
    }
}
