package org.marsad.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.ArticleText;
import org.marsad.model.Granularity;
import org.marsad.model.TimeExpression;

/**
 * Finds dates in Arabic news text and resolves them against the publication date: Gregorian months in
 * Egyptian/Gulf, Levantine/Iraqi and Maghreb names (also combined, "يوليو/ تموز 2016"), Hijri months
 * (converted with {@link HijrahDate}), weekdays, English dates, numeric forms, years after a cue word, and
 * relative expressions (اليوم، أمس، أول أمس، الأسبوع الماضي، قبل يومين، منذ ثلاثة أيام ...).
 *
 * <p>Why hand-written: no maintained Java library reads Arabic dates (Natty, HeidelTime's Arabic rules and
 * Duckling are unmaintained or not Java); the rules are a token scan over the normalized words with a few
 * small tables ({@link DateLexicon}). Relative expressions are skipped when no publication date is known.
 */
public final class ArabicDateRecognizer implements DateRecognizer {
    private static final Set<String> TODAY = Set.of("اليوم", "الليله");
    private static final Set<String> YESTERDAY = Set.of("امس", "البارحه");
    private static final Set<String> AGO = Set.of("قبل", "منذ");
    private static final Set<String> DAY_WORD = Set.of("يوم");
    private static final Set<String> MONTH_WORD = Set.of("شهر");
    private static final Set<String> FIRST_OF_MONTH = Set.of(DateLexicon.FIRST_OF_MONTH);
    private static final Set<String> HIJRI_MARK = Set.of("ه", "هـ", "هجري", "هجريه", "للهجره");
    private static final Set<String> UNTIL = Set.of("حتي", "الي");
    private static final Set<String> THIS = Set.of("هذا", "هذه");

    record Match(int end, LocalDate date, Granularity granularity) {
    }

    @Override
    public List<TimeExpression> recognize(ArticleText article) {
        WordView v = new WordView(article.text(), article.tokens());
        LocalDate pub = article.publishedDate();
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < v.size(); ) {
            Match m = match(v, i, pub);
            if (m == null) {
                i++;
                continue;
            }
            int start = v.token(i).start() + leadingClitic(v, i);
            int end = v.token(m.end - 1).end();
            out.add(new TimeExpression(article.text().substring(start, end), start, end, format(m.date, m.granularity), m.granularity));
            i = m.end;
        }
        return out;
    }

    /** Length of a conjunction or preposition glued to the first word ("والشهر الماضي"), kept out of the span. */
    private static int leadingClitic(WordView v, int i) {
        String w = v.norm(i);
        if (w.length() > 2 && "وفب".indexOf(w.charAt(0)) >= 0 && v.readings(i).contains(w.substring(1))) {
            String original = v.text().substring(v.token(i).start(), v.token(i).end());
            return original.charAt(0) == w.charAt(0) ? 1 : 0;
        }
        return 0;
    }

    /** The wire value of a resolved date: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY. */
    public static String format(LocalDate d, Granularity g) {
        return switch (g) {
            case DAY -> d.toString();
            case WEEK -> year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + twoDigits(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> year(d.getYear()) + "-" + twoDigits(d.getMonthValue());
            case YEAR -> year(d.getYear());
        };
    }

    // String.format parses its pattern on every call: a few percent of date recognition in ingest profiles
    private static String year(int y) {
        return y >= 1000 && y <= 9999 ? Integer.toString(y) : String.format("%04d", y);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static Match match(WordView v, int i, LocalDate pub) {
        if (!v.isNumber(i) && v.token(i).kind() != org.marsad.model.Token.Kind.LATIN) {
            String w = v.norm(i);
            if (!DateLexicon.STARTERS.contains(DateLexicon.bare(w)) && !DateLexicon.STARTERS.contains(w)
                    && !(w.length() > 2 && "وفبل".indexOf(w.charAt(0)) >= 0 && DateLexicon.STARTERS.contains(w.substring(1)))) {
                return null;
            }
        }
        Match m = weekdayAndDate(v, i, pub);
        if (m == null) m = dayMonthYear(v, i, pub);
        if (m == null) m = english(v, i);
        if (m == null) m = numeric(v, i);
        if (m == null && pub != null) m = relative(v, i, pub);
        if (m == null) m = year(v, i);
        return m;
    }

    // ---- calendar dates -------------------------------------------------------------------------

    /** [يوم] weekday [الماضي|المقبل] [date]: a following full date wins; else the weekday relative to publication. */
    private static Match weekdayAndDate(WordView v, int i, LocalDate pub) {
        int k = i;
        boolean today = v.is(k, TODAY) && !v.norm(k).equals("الليله");
        if (today || v.is(k, DAY_WORD)) k++;
        DayOfWeek day = weekday(v, k);
        if (day == null) return null;
        if (v.norm(k).equals("الاثنين") && k == i && !v.isNumber(k + 1) && !DateLexicon.DIRECTION.containsKey(v.norm(k + 1))) {
            String prev = v.norm(i - 1);
            if (prev.equals("بين") || prev.equals("كلا") || prev.equals("هذين")) return null; // "the two"
        }
        k++;
        Match full = dayMonthYear(v, k, pub);
        if (full == null) full = numeric(v, k);
        if (full == null && v.norm(k).equals("الموافق")) {
            full = dayMonthYear(v, k + 1, pub);
            if (full == null) full = numeric(v, k + 1);
        }
        if (full != null) return full;
        if (pub == null) return null;
        Integer dir = DateLexicon.DIRECTION.get(v.norm(k));
        LocalDate d;
        if (dir != null && dir < 0) {
            d = pub.with(TemporalAdjusters.previous(day));
            k++;
        } else if (dir != null && dir > 0) {
            d = pub.with(TemporalAdjusters.next(day));
            k++;
        } else if (futureBefore(v, i)) {
            d = pub.with(TemporalAdjusters.nextOrSame(day)); // "ستعقد الجلسة يوم الخميس"
        } else {
            d = pub.with(TemporalAdjusters.previousOrSame(day));
        }
        return new Match(k, d, Granularity.DAY);
    }

    private static DayOfWeek weekday(WordView v, int k) {
        DayOfWeek d = DateLexicon.WEEKDAYS.get(v.norm(k));
        if (d != null) return d;
        for (String r : v.readings(k)) {
            d = DateLexicon.WEEKDAYS.get(r);
            if (d != null) return d;
            d = DateLexicon.WEEKDAYS.get("ال" + r);
            if (d != null && v.norm(k - 1).equals("يوم")) return d;
        }
        return null;
    }

    /** [day | غرة | ordinal من] [من] [شهر] month [/ month] [year] [م|هـ], Gregorian or Hijri; or a day من الشهر الماضي. */
    private static Match dayMonthYear(WordView v, int i, LocalDate pub) {
        int k = i;
        Integer day = null;
        if (v.isNumber(k)) {
            day = ArabicNumberWords.digits(v.norm(k));
            if (day == null || day < 1 || day > 31) return null;
            k++;
            if (v.norm(k).equals("من")) k++;
        } else if (v.is(k, FIRST_OF_MONTH)) {
            day = 1;
            k++;
        } else {
            int[] ordinal = ordinalDay(v, k);
            if (ordinal != null) {
                day = ordinal[0];
                k = ordinal[1] + 1; // past من
            }
        }
        // 15 من الشهر الجاري، الخامس من الشهر الماضي: a day of the month the publication counts from
        if (day != null && pub != null && v.norm(k).equals("الشهر") && DateLexicon.DIRECTION.containsKey(v.norm(k + 1))) {
            try {
                LocalDate month = pub.withDayOfMonth(1).plusMonths(DateLexicon.DIRECTION.get(v.norm(k + 1)));
                return new Match(k + 2, month.withDayOfMonth(day), Granularity.DAY);
            } catch (DateTimeException e) {
                return null;
            }
        }
        boolean monthWord = v.is(k, MONTH_WORD);
        if (monthWord) k++;
        int[] greg = month(v, k, DateLexicon.MONTHS, DateLexicon.TWO_WORD_MONTHS);
        int[] hijri = greg == null ? month(v, k, DateLexicon.HIJRI_MONTHS, DateLexicon.TWO_WORD_HIJRI) : null;
        if (greg == null && hijri == null) return null;
        int[] mo = greg != null ? greg : hijri;
        String monthNorm = v.norm(k);
        k = mo[1];
        // a second name for the same month: "يوليو/ تموز", "مارس (آذار)"
        int alt = k;
        while (alt < v.size() && (v.norm(alt).equals("/") || v.norm(alt).equals("(") || v.norm(alt).equals("-"))) alt++;
        if (alt > k && greg != null) {
            int[] second = month(v, alt, DateLexicon.MONTHS, DateLexicon.TWO_WORD_MONTHS);
            if (second != null && second[0] == mo[0]) {
                k = second[1];
                if (v.norm(k).equals(")")) k++;
            }
        }
        Integer year = null;
        if (v.isNumber(k)) {
            Integer y = ArabicNumberWords.digits(v.norm(k));
            if (y != null && (greg != null ? y >= 1900 && y <= 2100 : y >= 1300 && y <= 1600)) {
                year = y;
                k++;
            }
        }
        boolean hijriMark = v.is(k, HIJRI_MARK);
        if (year != null && (hijriMark || v.norm(k).equals("م") || v.norm(k).equals("ميلادي"))) k++;
        // مارس الماضي، في مارس: a direction after it or a preposition before it makes the word a month, not a verb
        boolean ambiguous = greg != null && DateLexicon.AMBIGUOUS_MONTHS.contains(strip(monthNorm))
                && !DateLexicon.DIRECTION.containsKey(v.norm(k)) && !cueBefore(v, i);
        if (day == null && year == null && (!monthWord && (ambiguous || hijri != null) || ambiguous && !monthWord)) return null;
        if (day == null && year == null && !monthWord && !cueBefore(v, i)) return null;
        try {
            if (hijri != null) return hijriDate(mo[0], day, year, k, pub);
            if (year == null) {
                if (pub == null) return null;
                year = pub.getYear();
                Integer dir = DateLexicon.DIRECTION.get(v.norm(k));
                if (dir != null && dir != 0) k++;
                if (dir != null && dir > 0) {
                    if (mo[0] <= pub.getMonthValue()) year++; // "في يناير المقبل" in a December article
                } else if (dir != null && dir < 0) {
                    if (mo[0] >= pub.getMonthValue()) year--;
                } else if (futureBefore(v, i)) {
                    // "ستنطلق يوم 15 جويلية" in a November article is next July: the first such date from publication on
                    if (mo[0] < pub.getMonthValue() || day != null && mo[0] == pub.getMonthValue() && day < pub.getDayOfMonth()) year++;
                } else if (mo[0] > pub.getMonthValue() + 1) {
                    year--; // "في مارس" in a January article is last March
                } else if (mo[0] == 1 && pub.getMonthValue() == 12) {
                    year++; // "يوم 17 جانفي" in a December article is next month, as "في ديسمبر" in January is last month
                }
            }
            if (day != null) return new Match(k, LocalDate.of(year, mo[0], day), Granularity.DAY);
            return new Match(k, LocalDate.of(year, mo[0], 1), Granularity.MONTH);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * An ordinal day and the من after it (الأول من، الخامس عشر من، الحادي والعشرين من): [day, index of من], or null.
     * A glued و/ف is set aside (والخامس من).
     */
    private static int[] ordinalDay(WordView v, int k) {
        String w = v.norm(k);
        Integer unit = DateLexicon.ORDINAL_DAYS.get(w);
        if (unit == null && w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) unit = DateLexicon.ORDINAL_DAYS.get(w.substring(1));
        if (unit == null) return null;
        int day = unit, next = k + 1;
        if (unit < 10 && v.norm(next).equals("عشر")) {
            day = 10 + unit;
            next++;
        } else if (unit < 10 && (v.norm(next).equals("والعشرين") || v.norm(next).equals("والثلاثين"))) {
            day = (v.norm(next).equals("والعشرين") ? 20 : 30) + unit;
            next++;
        } else if (w.endsWith("الحادي")) {
            return null; // الحادي alone is no day
        }
        return day <= 31 && v.norm(next).equals("من") ? new int[] {day, next} : null;
    }

    private static String strip(String w) {
        return w.startsWith("و") || w.startsWith("ب") || w.startsWith("ف") ? w.substring(1) : w;
    }

    /** Words looked back over, within the sentence, for a future cue before a date. */
    private static final int FUTURE_WINDOW = 8;

    /** Whether a future cue ({@link DateLexicon#FUTURE_CUES}) stands in the few words before token {@code i}, in its sentence. */
    private static boolean futureBefore(WordView v, int i) {
        for (int k = i - 1; k >= Math.max(0, i - FUTURE_WINDOW); k--) {
            String w = v.norm(k);
            if (w.equals(".") || w.equals("!") || w.equals("؟") || w.equals("?")) return false;
            if (v.is(k, DateLexicon.FUTURE_CUES)) return true;
        }
        return false;
    }

    private static boolean cueBefore(WordView v, int i) {
        return yearCueBefore(v, i) || v.norm(i - 1).equals("من") || v.norm(i - 1).equals("الي");
    }

    /** A cue word (في، خلال، منذ، عام …) right before token i; وفي، وخلال too (too short a word for the clitic readings). */
    private static boolean yearCueBefore(WordView v, int i) {
        return v.is(i - 1, DateLexicon.YEAR_CUES) || DateLexicon.YEAR_CUES.contains(strip(v.norm(i - 1)));
    }

    private static Match hijriDate(int month, Integer day, Integer year, int end, LocalDate pub) {
        if (year == null) {
            if (pub == null) return null;
            year = HijrahDate.from(pub).get(ChronoField.YEAR);
        }
        HijrahDate h = HijrahChronology.INSTANCE.date(year, month, day == null ? 1 : day);
        LocalDate d = LocalDate.from(h);
        return new Match(end, d, day == null ? Granularity.MONTH : Granularity.DAY);
    }

    /** Month at token k, one word or two (كانون الثاني, ربيع الأول): [month, endToken] or null. */
    private static int[] month(WordView v, int k, Map<String, Integer> one, Map<String, Map<String, Integer>> two) {
        for (String r : v.readings(k)) {
            Map<String, Integer> second = two.get(r);
            if (second != null) {
                Integer m = second.get(v.norm(k + 1));
                if (m != null) return new int[] {m, k + 2};
            }
        }
        Integer m = one.get(v.norm(k));
        if (m == null) {
            for (String r : v.readings(k)) {
                m = one.get(r);
                if (m != null) break;
            }
        }
        return m == null ? null : new int[] {m, k + 1};
    }

    /** December 19, 2024 / Dec. 19 2024 / 19 December 2024. */
    private static Match english(WordView v, int i) {
        Integer m = DateLexicon.ENGLISH_MONTHS.get(v.norm(i));
        int k;
        Integer day;
        if (m != null) {
            k = i + 1;
            if (v.norm(k).equals(".")) k++;
            day = v.isNumber(k) ? ArabicNumberWords.digits(v.norm(k)) : null;
            if (day == null) return null;
            k++;
            if (v.norm(k).equals(",")) k++;
        } else if (v.isNumber(i)) {
            day = ArabicNumberWords.digits(v.norm(i));
            m = DateLexicon.ENGLISH_MONTHS.get(v.norm(i + 1));
            if (day == null || m == null) return null;
            k = i + 2;
        } else {
            return null;
        }
        Integer y = v.isNumber(k) ? ArabicNumberWords.digits(v.norm(k)) : null;
        if (y == null || y < 1900 || y > 2100) return null;
        try {
            return new Match(k + 1, LocalDate.of(y, m, day), Granularity.DAY);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 19/12/2024, 2024/12/19, 19.12.2024 (one token) and 2024-12-19, 19-12-2024 (five tokens). */
    private static Match numeric(WordView v, int i) {
        if (!v.isNumber(i)) return null;
        String[] parts;
        int end;
        String w = v.norm(i);
        if (w.indexOf('/') > 0 || w.indexOf('.') > 0) {
            parts = w.split("[/.]");
            end = i + 1;
        } else if (v.norm(i + 1).equals("-") && v.isNumber(i + 2) && v.norm(i + 3).equals("-") && v.isNumber(i + 4)) {
            parts = new String[] {w, v.norm(i + 2), v.norm(i + 4)};
            end = i + 5;
        } else {
            return null;
        }
        if (parts.length != 3) return null;
        try {
            int a = Integer.parseInt(parts[0]), b = Integer.parseInt(parts[1]), c = Integer.parseInt(parts[2]);
            if (parts[0].length() == 4 && a >= 1900 && a <= 2100) return new Match(end, LocalDate.of(a, b, c), Granularity.DAY);
            if (parts[2].length() == 4 && c >= 1900 && c <= 2100) return new Match(end, LocalDate.of(c, b, a), Granularity.DAY);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }

    // ---- relative expressions ---------------------------------------------------------------------

    private static Match relative(WordView v, int i, LocalDate pub) {
        String w = v.norm(i);
        if (v.is(i, YESTERDAY)) {
            return new Match(i + 1, pub.minusDays(1), Granularity.DAY);
        }
        if ((w.equals("اول") || w.equals("واول")) && v.is(i + 1, YESTERDAY)) return new Match(i + 2, pub.minusDays(2), Granularity.DAY);
        if ((w.equals("اول") || w.equals("واول")) && v.norm(i + 1).equals("من") && v.is(i + 2, YESTERDAY)) {
            return new Match(i + 3, pub.minusDays(2), Granularity.DAY);
        }
        if (v.is(i, TODAY)) {
            if (w.endsWith("الليله") && DateLexicon.DIRECTION.getOrDefault(v.norm(i + 1), 0) < 0) {
                return new Match(i + 2, pub.minusDays(1), Granularity.DAY);
            }
            if (v.is(i - 1, UNTIL)) return null; // "until today": no event date
            return new Match(i + 1, pub, Granularity.DAY);
        }
        if (w.equals("غدا") || w.equals("وغدا")) return new Match(i + 1, pub.plusDays(1), Granularity.DAY);
        if (w.equals("بعد") && v.norm(i + 1).equals("غد")) return new Match(i + 2, pub.plusDays(2), Granularity.DAY);
        Match m = unitWithDirection(v, i, pub);
        if (m == null) m = ago(v, i, pub);
        return m;
    }

    /** الأسبوع الماضي، الشهر الجاري، العام المقبل، هذا العام. */
    private static Match unitWithDirection(WordView v, int i, LocalDate pub) {
        int k = i;
        boolean thisWord = THIS.contains(v.norm(k));
        if (thisWord) k++;
        String unit = null;
        for (String r : v.readings(k)) {
            unit = DateLexicon.UNIT_WITH_ARTICLE.get(r);
            if (unit != null) break;
        }
        if (unit == null) return null;
        Integer dir = DateLexicon.DIRECTION.get(v.norm(k + 1));
        int end = k + 2;
        if (dir == null) {
            if (!thisWord) return null;
            dir = 0;
            end = k + 1;
        }
        return shift(unit, dir, pub, end);
    }

    /** قبل يومين، منذ ثلاثة أيام، قبل أسبوع، منذ 3 سنوات. */
    private static Match ago(WordView v, int i, LocalDate pub) {
        if (!v.is(i, AGO)) return null;
        String unit = DateLexicon.DUAL_UNITS.get(v.norm(i + 1));
        if (unit != null) return shift(unit, -2, pub, i + 2);
        unit = DateLexicon.UNIT_NOUNS.get(v.norm(i + 1));
        if (unit != null && (v.norm(i + 1).equals("يوم") || v.norm(i + 1).equals("اسبوع") || v.norm(i + 1).equals("شهر")
                || v.norm(i + 1).equals("عام") || v.norm(i + 1).equals("سنه"))) {
            return shift(unit, -1, pub, i + 2);
        }
        ArabicNumberWords.Count n = ArabicNumberWords.read(v, i + 1);
        if (n == null || n.vague() || n.value() > 400) return null;
        unit = DateLexicon.UNIT_NOUNS.get(v.norm(n.end()));
        if (unit == null) return null;
        return shift(unit, -n.value(), pub, n.end() + 1);
    }

    private static Match shift(String unit, int by, LocalDate pub, int end) {
        return switch (unit) {
            case "day" -> new Match(end, pub.plusDays(by), Granularity.DAY);
            case "week" -> new Match(end, pub.plusWeeks(by), Granularity.WEEK);
            case "month" -> new Match(end, pub.plusMonths(by), Granularity.MONTH);
            default -> new Match(end, pub.plusYears(by), Granularity.YEAR);
        };
    }

    /** A four-digit year after a cue word: في 2017، عام 2017، منذ 2011. */
    private static Match year(WordView v, int i) {
        int k = i;
        String w = v.norm(k);
        boolean unitWord = w.equals("عام") || w.equals("العام") || w.equals("سنه") || w.equals("السنه") || w.equals("عامي");
        if (unitWord) k++;
        if (!v.isNumber(k) || v.norm(k).length() != 4) return null;
        Integer y = ArabicNumberWords.digits(v.norm(k));
        if (y == null || y < 1900 || y > 2100) return null;
        if (!unitWord && !yearCueBefore(v, i) && !(v.norm(i - 1).equals("و") && v.isNumber(i - 2))) return null;
        int end = k + 1;
        if (v.norm(end).equals("م") || v.norm(end).equals("ميلادي")) end++;
        return new Match(end, LocalDate.of(y, 1, 1), Granularity.YEAR);
    }
}
