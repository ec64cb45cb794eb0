package org.marsad.time;

import java.util.Map;
import java.util.Set;

/**
 * Counts written in Arabic news: digits, number words (ثلاثة، خمسة عشر، خمسة وعشرين، ثلاث مئة), duals
 * of counted nouns, and the vague quantities ACLED codes by rule (عشرات → 12, عدة/بضعة → 3, مئات → 100,
 * آلاف → 1000). "أكثر من N" counts as N+1 and a range as its lowest figure, as ACLED does.
 */
public final class ArabicNumberWords {
    /** A count read from tokens [start, end) of a view. */
    public record Count(int value, int start, int end, boolean vague) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("واحد", 1), Map.entry("واحده", 1), Map.entry("احد", 1), Map.entry("احدي", 1),
            Map.entry("اثنان", 2), Map.entry("اثنين", 2), Map.entry("اثنتان", 2), Map.entry("اثنتين", 2), Map.entry("اثنا", 2), Map.entry("اثني", 2),
            Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3), Map.entry("اربع", 4), Map.entry("اربعه", 4),
            Map.entry("خمس", 5), Map.entry("خمسه", 5), Map.entry("ست", 6), Map.entry("سته", 6),
            Map.entry("سبع", 7), Map.entry("سبعه", 7), Map.entry("ثماني", 8), Map.entry("ثمانيه", 8), Map.entry("ثمان", 8),
            Map.entry("تسع", 9), Map.entry("تسعه", 9), Map.entry("عشر", 10), Map.entry("عشره", 10));
    private static final Map<String, Integer> TENS = Map.ofEntries(
            Map.entry("عشرون", 20), Map.entry("عشرين", 20), Map.entry("ثلاثون", 30), Map.entry("ثلاثين", 30),
            Map.entry("اربعون", 40), Map.entry("اربعين", 40), Map.entry("خمسون", 50), Map.entry("خمسين", 50),
            Map.entry("ستون", 60), Map.entry("ستين", 60), Map.entry("سبعون", 70), Map.entry("سبعين", 70),
            Map.entry("ثمانون", 80), Map.entry("ثمانين", 80), Map.entry("تسعون", 90), Map.entry("تسعين", 90));
    private static final Map<String, Integer> BIG = Map.of("مئه", 100, "مائه", 100, "مئتين", 200, "مائتين", 200,
            "مئتان", 200, "مائتان", 200, "الف", 1000, "الفين", 2000, "الفان", 2000);
    private static final Map<String, Integer> VAGUE = Map.of("عشرات", 12, "العشرات", 12, "مئات", 100, "المئات", 100,
            "الاف", 1000, "الالاف", 1000, "عده", 3, "بضعه", 3, "بضع", 3);
    private static final Set<String> MORE_THAN = Set.of("اكثر", "يزيد", "يربو", "يفوق");
    private static final Set<String> ABOUT = Set.of("نحو", "حوالي", "قرابه", "زهاء", "قرابة", "حوالى", "ما", "يقارب");

    private ArabicNumberWords() {
    }

    /** The count starting at token i (after optional "أكثر من"/"نحو"), or null. */
    public static Count read(WordView v, int i) {
        int start = i;
        boolean more = false;
        if (MORE_THAN.contains(v.norm(i)) && isFrom(v.norm(i + 1))) {
            more = true;
            i += 2;
        } else if (v.norm(i).equals("ما") && MORE_THAN.contains(v.norm(i + 1)) && isFrom(v.norm(i + 2))) {
            more = true;
            i += 3;
        } else if (v.norm(i).equals("ما") && v.norm(i + 1).equals("لا") && v.norm(i + 2).equals("يقل") && isFrom(v.norm(i + 3))) {
            i += 4;
        } else if (ABOUT.contains(v.norm(i)) && !v.norm(i).equals("ما")) {
            i += 1;
        }
        Count bare = bare(v, i);
        if (bare == null) return null;
        int value = more ? bare.value + 1 : bare.value;
        return new Count(value, start, bare.end, bare.vague || more);
    }

    private static boolean isFrom(String w) {
        return w.equals("من") || w.equals("عن") || w.equals("علي");
    }

    /** A number without qualifiers: digits, words, or a vague quantity. */
    static Count bare(WordView v, int i) {
        String w = v.norm(i);
        if (w.isEmpty()) return null;
        if (v.isNumber(i)) {
            Integer n = digits(w);
            if (n == null) return null;
            int end = i + 1;
            if (BIG.containsKey(v.norm(end)) && v.norm(end).startsWith("ال")) {
                n *= 1000;
                end++;
            }
            // a range "10-15" or "10 إلى 15" keeps its lowest figure
            if ((v.norm(end).equals("-") || v.norm(end).equals("الي")) && v.isNumber(end + 1)) end += 2;
            return new Count(n, i, end, false);
        }
        String stripped = w.startsWith("و") && w.length() > 3 ? w.substring(1) : w;
        Integer vague = VAGUE.get(w);
        if (vague == null) vague = VAGUE.get(stripped);
        if (vague != null) return new Count(vague, i, i + 1, true);
        Integer unit = UNITS.get(w);
        if (unit != null) {
            int end = i + 1;
            int value = unit;
            String next = v.norm(end);
            if (unit < 10 && (next.equals("عشر") || next.equals("عشره"))) {
                value = 10 + unit;
                end++;
            } else if (next.startsWith("و") && TENS.containsKey(next.substring(1))) {
                value = unit + TENS.get(next.substring(1));
                end++;
            } else if (BIG.containsKey(next) && unit < 10) {
                value = unit * BIG.get(next);
                end++;
            }
            return new Count(value, i, end, false);
        }
        Integer tens = TENS.get(w);
        if (tens != null) return new Count(tens, i, i + 1, false);
        Integer big = BIG.get(w);
        if (big != null) return new Count(big, i, i + 1, false);
        return null;
    }

    /** Digits with optional thousands separators; null for decimals and overlong numbers. */
    static Integer digits(String w) {
        String s = w.replace(",", "").replace("\u066C", "");
        if (s.isEmpty() || s.length() > 9) return null;
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return null;
        return Integer.parseInt(s);
    }
}
