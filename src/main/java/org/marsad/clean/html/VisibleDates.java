package org.marsad.clean.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a day written out in a byline or embed signature: "March 5, 2024", "5 Mar 2024", "5 مارس 2024",
 * "٥ آذار ٢٠٢٤" (Arabic-Indic digits, both the Egyptian/Gulf and the Levantine/Iraqi month names).
 * Hand-written because java.time has no Arabic month names in either convention.
 */
final class VisibleDates {
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[][] names = {
                {"january", "jan", "يناير", "كانون الثاني", "جانفي"}, {"february", "feb", "فبراير", "شباط", "فيفري"},
                {"march", "mar", "مارس", "آذار", "اذار"}, {"april", "apr", "أبريل", "ابريل", "نيسان", "أفريل"},
                {"may", "مايو", "أيار", "ايار", "ماي"}, {"june", "jun", "يونيو", "حزيران", "جوان"},
                {"july", "jul", "يوليو", "تموز", "جويلية"}, {"august", "aug", "أغسطس", "اغسطس", "آب", "أوت"},
                {"september", "sep", "sept", "سبتمبر", "أيلول", "ايلول"}, {"october", "oct", "أكتوبر", "اكتوبر", "تشرين الأول"},
                {"november", "nov", "نوفمبر", "تشرين الثاني"}, {"december", "dec", "ديسمبر", "كانون الأول"}};
        for (int m = 0; m < names.length; m++) for (String n : names[m]) MONTHS.put(n, m + 1);
    }

    private static final String MONTH_ALT = MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(" + MONTH_ALT + ")\\.?,?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(" + MONTH_ALT + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private VisibleDates() {
    }

    /** The day as YYYY-MM-DD, or null. */
    static String day(String text) {
        String t = westernDigits(text);
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        if (m.find()) return date(m.group(3), m.group(2), m.group(1));
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.find()) return date(m.group(3), m.group(1), m.group(2));
        return null;
    }

    private static String date(String year, String month, String day) {
        Integer mm = MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (mm == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), mm, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String westernDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') b.append((char) ('0' + c - '\u0660'));
            else if (c >= '\u06F0' && c <= '\u06F9') b.append((char) ('0' + c - '\u06F0'));
            else b.append(c);
        }
        return b.toString();
    }
}
