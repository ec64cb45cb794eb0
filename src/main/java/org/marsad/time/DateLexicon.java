package org.marsad.time;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Month, weekday and relative-time words as they appear after {@link org.marsad.text.ArabicNormalizer}. */
final class DateLexicon {
    private DateLexicon() {
    }

    /** One-word Gregorian month names: Egyptian/Gulf, Maghreb, Moroccan and Levantine usage. */
    static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Levantine/Iraqi names in two words: كانون الثاني, تشرين الأول ... keyed by the first word. */
    static final Map<String, Map<String, Integer>> TWO_WORD_MONTHS = new HashMap<>();
    /** Month words that are also ordinary words (مارس = practised, آب ~ أب father, ماي): need a day or year. */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("مارس", "اب", "ماي", "جوان", "غشت");
    static final Map<String, Integer> HIJRI_MONTHS = new HashMap<>();
    static final Map<String, Map<String, Integer>> TWO_WORD_HIJRI = new HashMap<>();
    static final Map<String, Integer> ENGLISH_MONTHS = new HashMap<>();
    static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        String[][] gregorian = {
                {"يناير", "جانفي", "كانون_الثاني"},
                {"فبراير", "فيفري", "شباط", "فبرير"},
                {"مارس", "اذار"},
                {"ابريل", "افريل", "نيسان", "ابريل"},
                {"مايو", "ماي", "ايار"},
                {"يونيو", "يونيه", "جوان", "حزيران"},
                {"يوليو", "يوليه", "جويليه", "يوليوز", "تموز"},
                {"اغسطس", "اوت", "غشت", "اب"},
                {"سبتمبر", "شتنبر", "ايلول"},
                {"اكتوبر", "تشرين_الاول"},
                {"نوفمبر", "نونبر", "تشرين_الثاني"},
                {"ديسمبر", "دجنبر", "كانون_الاول"}};
        for (int m = 0; m < 12; m++) {
            for (String w : gregorian[m]) put(MONTHS, TWO_WORD_MONTHS, w, m + 1);
        }
        String[][] hijri = {
                {"محرم"}, {"صفر"}, {"ربيع_الاول", "ربيع_اول"}, {"ربيع_الثاني", "ربيع_الاخر", "ربيع_ثاني"},
                {"جمادي_الاولي", "جمادي_الاول"}, {"جمادي_الاخره", "جمادي_الثانيه", "جمادي_الاخر"}, {"رجب"}, {"شعبان"},
                {"رمضان"}, {"شوال"}, {"ذو_القعده", "ذي_القعده"}, {"ذو_الحجه", "ذي_الحجه"}};
        for (int m = 0; m < 12; m++) {
            for (String w : hijri[m]) put(HIJRI_MONTHS, TWO_WORD_HIJRI, w, m + 1);
        }
        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int m = 0; m < 12; m++) {
            ENGLISH_MONTHS.put(english[m], m + 1);
            ENGLISH_MONTHS.put(english[m].substring(0, 3), m + 1);
        }
        ENGLISH_MONTHS.put("sept", 9);
        WEEKDAYS.put("الاحد", DayOfWeek.SUNDAY);
        WEEKDAYS.put("الاثنين", DayOfWeek.MONDAY);
        WEEKDAYS.put("الثلاثاء", DayOfWeek.TUESDAY);
        WEEKDAYS.put("الاربعاء", DayOfWeek.WEDNESDAY);
        WEEKDAYS.put("الخميس", DayOfWeek.THURSDAY);
        WEEKDAYS.put("الجمعه", DayOfWeek.FRIDAY);
        WEEKDAYS.put("السبت", DayOfWeek.SATURDAY);
    }

    private static void put(Map<String, Integer> one, Map<String, Map<String, Integer>> two, String w, int m) {
        int us = w.indexOf('_');
        if (us < 0) one.put(w, m);
        else two.computeIfAbsent(w.substring(0, us), k -> new HashMap<>()).put(w.substring(us + 1), m);
    }

    /** The first day of the month named next (غرة ماي، غرة رمضان): Maghreb and Hijri usage. */
    static final String FIRST_OF_MONTH = "غره";

    /** Words after a unit that place it before (-1), at (0) or after (+1) the publication. */
    static final Map<String, Integer> DIRECTION = Map.ofEntries(
            Map.entry("الماضي", -1), Map.entry("الماضيه", -1), Map.entry("المنصرم", -1), Map.entry("المنصرمه", -1),
            Map.entry("الفائت", -1), Map.entry("الفائته", -1), Map.entry("السابق", -1), Map.entry("السابقه", -1),
            Map.entry("الفارط", -1), Map.entry("الفارطه", -1), // Tunisian: الأسبوع الفارط، السنة الفارطة
            Map.entry("الجاري", 0), Map.entry("الجاريه", 0), Map.entry("الحالي", 0), Map.entry("الحاليه", 0),
            Map.entry("المقبل", 1), Map.entry("المقبله", 1), Map.entry("القادم", 1), Map.entry("القادمه", 1));
    static final Map<String, String> UNIT_WITH_ARTICLE = Map.of("الاسبوع", "week", "الشهر", "month", "العام", "year",
            "السنه", "year");
    /** Unit nouns after a count: singular accusative, plural, dual (value: unit, count implied by a dual or 0). */
    static final Map<String, String> UNIT_NOUNS = Map.ofEntries(
            Map.entry("يوم", "day"), Map.entry("يوما", "day"), Map.entry("ايام", "day"),
            Map.entry("اسبوع", "week"), Map.entry("اسبوعا", "week"), Map.entry("اسابيع", "week"),
            Map.entry("شهر", "month"), Map.entry("شهرا", "month"), Map.entry("اشهر", "month"), Map.entry("شهور", "month"),
            Map.entry("عام", "year"), Map.entry("عاما", "year"), Map.entry("اعوام", "year"), Map.entry("سنه", "year"),
            Map.entry("سنوات", "year"), Map.entry("سنين", "year"));
    static final Map<String, String> DUAL_UNITS = Map.of("يومين", "day", "اسبوعين", "week", "شهرين", "month",
            "عامين", "year", "سنتين", "year");
    /**
     * Words that put what follows in the future (سوف، سيتم، من المقرر، ستنطلق ...): a date without a year or a
     * direction after them is the next one, not the last (normalized; a leading و or ف is set aside by the readings).
     */
    static final Set<String> FUTURE_CUES = Set.of("سوف", "سيتم", "ستتم", "المقرر", "المنتظر", "المرتقب", "المزمع",
            "يعتزم", "تعتزم", "ستعقد", "سيعقد", "ستنطلق", "سينطلق", "ستجري", "سيجري", "ستقام", "سيقام", "ستنظم", "سينظم",
            "ستكون", "سيكون", "ستبدا", "سيبدا", "سيزور", "ستزور", "سيلتقي", "ستلتقي", "ستنتهي", "سينتهي", "ستدخل", "سيدخل",
            "ستحتضن", "سيحتضن", "ستستضيف", "سيستضيف", "سيصوت", "ستصوت", "سيشارك", "ستشارك");

    /** Words before a bare year that make it a date (في 2017، عام 2017، منذ 2011 ...). */
    static final Set<String> YEAR_CUES = Set.of("عام", "العام", "سنه", "السنه", "في", "منذ", "خلال", "حتي", "بحلول",
            "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "نهايه", "بدايه", "عامي", "صيف", "شتاء", "ربيع", "خريف");

    /** Ordinal day words (الأول … العاشر; الحادي for the first of عشر and the tens), for "الخامس من مارس". */
    static final Map<String, Integer> ORDINAL_DAYS = Map.ofEntries(Map.entry("الاول", 1), Map.entry("الحادي", 1),
            Map.entry("الثاني", 2), Map.entry("الثالث", 3), Map.entry("الرابع", 4), Map.entry("الخامس", 5), Map.entry("السادس", 6),
            Map.entry("السابع", 7), Map.entry("الثامن", 8), Map.entry("التاسع", 9), Map.entry("العاشر", 10),
            Map.entry("العشرين", 20), Map.entry("الثلاثين", 30));

    /**
     * Every word a date expression can start with, bare of a leading conjunction or preposition and the
     * article: a token whose bare form is not here (and is no number or Latin word) starts no date.
     */
    static final Set<String> STARTERS = new java.util.HashSet<>();

    static {
        for (Map<String, ?> m : List.of(MONTHS, TWO_WORD_MONTHS, HIJRI_MONTHS, TWO_WORD_HIJRI, WEEKDAYS, UNIT_WITH_ARTICLE,
                UNIT_NOUNS, DUAL_UNITS)) {
            for (String w : m.keySet()) STARTERS.add(bare(w));
        }
        for (String w : YEAR_CUES) STARTERS.add(bare(w));
        for (String w : ORDINAL_DAYS.keySet()) STARTERS.add(bare(w));
        for (String w : List.of("اليوم", "الليله", "امس", "البارحه", "اول", "غدا", "بعد", "قبل", "منذ", "يوم", "هذا", "هذه",
                "شهر", "عامي", FIRST_OF_MONTH)) {
            STARTERS.add(bare(w));
        }
    }

    /** The word without one leading و/ف/ب/ل and without the article. */
    static String bare(String w) {
        if (w.length() > 3 && "وفبل".indexOf(w.charAt(0)) >= 0 && (w.startsWith("ال", 1) || w.length() > 4)) {
            String rest = w.substring(1);
            if (rest.startsWith("ل") && w.charAt(0) == 'ل') rest = "ا" + rest; // للعام → العام
            w = rest;
        }
        if (w.startsWith("ال") && w.length() > 3) w = w.substring(2);
        return w;
    }

}
