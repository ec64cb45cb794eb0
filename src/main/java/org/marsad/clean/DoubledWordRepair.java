package org.marsad.clean;

import java.util.List;
import java.util.Set;
import org.marsad.model.Repair;
import org.marsad.text.ArabicNormalizer;

/**
 * Removes a word repeated by mistake (خلال خلال → خلال), only where repetition is not Arabic usage.
 * Counted as a mistake: a doubled function word (من من, التي التي), a doubled definite word
 * (البيان البيان), or a doubled indefinite word of five letters or more that is not a nisba adjective.
 * Left alone: intra-group nisba pairs (محادثات كورية كورية, حل يمني يمني), Latin letter names spelled
 * out in acronyms (بي بي سي, سي أن أن, يو إس إس), repeated first names (محمد محمد كمال), short
 * or adverbial pairs (رويدا رويدا, أرض أرض), and anything across punctuation.
 */
final class DoubledWordRepair implements InlineRepair {
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "من", "عن", "في", "على", "إلى", "الى", "مع", "التي", "الذي", "الذين", "أن", "إن", "بين", "خلال", "منذ",
            "حتى", "قد", "لقد", "كان", "كانت", "هذا", "هذه", "ذلك", "تلك", "عند", "نحو", "حول", "ضد", "بعد", "قبل",
            "عبر", "أمام", "لدى", "ثم", "أو", "كل", "بعض", "غير", "إلا", "وقد", "فقد", "كما", "حيث", "أنه", "بأن", "هو", "هي");
    private static final Set<String> LETTER_NAMES = Set.of(
            "بي", "بى", "سي", "سى", "دي", "إي", "اي", "إف", "اف", "جي", "إتش", "اتش", "آي", "أي", "كي", "كيه", "إل", "ال",
            "إم", "ام", "إن", "ان", "أن", "أو", "كيو", "آر", "ار", "إس", "اس", "تي", "يو", "في", "دبليو", "إكس", "اكس", "واي", "زد");
    private static final Set<String> NAMES = Set.of("محمد", "أحمد", "احمد", "علي", "حسن", "حسين", "محمود", "إبراهيم", "مصطفى",
            "خالد", "عمر", "عبد", "صالح", "سعيد");

    @Override
    public void propose(String original, Line line, WordCounts counts, List<Repair> out) {
        String t = line.text();
        int beforeStart = -1, beforeEnd = -1;
        int prevStart = -1, prevEnd = -1;
        int i = 0;
        while (i < t.length()) {
            if (!PeriodRepair.isArabicLetter(t.charAt(i))) {
                if (t.charAt(i) != ' ') prevStart = beforeStart = -1; // punctuation breaks a repetition
                i++;
                continue;
            }
            int start = i;
            while (i < t.length() && (PeriodRepair.isArabicLetter(t.charAt(i)) || ArabicNormalizer.isArabicMark(t.charAt(i)))) i++;
            if (prevStart >= 0 && prevEnd - prevStart == i - start && t.regionMatches(prevStart, t, start, i - start)
                    && onlySpaces(t, prevEnd, start)) {
                String word = t.substring(start, i);
                String before = beforeStart >= 0 ? t.substring(beforeStart, beforeEnd) : "";
                String after = wordAfter(t, i);
                if (isMistake(word, before, after)) {
                    out.add(new Repair("doubled_word", t.substring(prevEnd, i), "", line.start() + prevEnd, line.start() + i));
                    prevStart = -1;
                    continue;
                }
            }
            beforeStart = prevStart;
            beforeEnd = prevEnd;
            prevStart = start;
            prevEnd = i;
        }
    }

    static boolean isMistake(String word, String before, String after) {
        if (word.length() < 2) return false;
        if (LETTER_NAMES.contains(word) && (LETTER_NAMES.contains(before) || LETTER_NAMES.contains(after) || !FUNCTION_WORDS.contains(word))) {
            return false;
        }
        if (FUNCTION_WORDS.contains(word)) return true;
        if (NAMES.contains(word)) return false;
        if (word.startsWith("ال") && word.length() >= 4) return true;
        boolean nisba = word.endsWith("ية") || word.endsWith("ي");
        boolean accusative = word.endsWith("ا") || word.endsWith("اً"); // adverbs repeat on purpose: رويدا رويدا
        return word.length() >= 5 && !nisba && !accusative;
    }

    private static String wordAfter(String t, int i) {
        while (i < t.length() && t.charAt(i) == ' ') i++;
        int start = i;
        while (i < t.length() && PeriodRepair.isArabicLetter(t.charAt(i))) i++;
        return t.substring(start, i);
    }

    private static boolean onlySpaces(String t, int from, int to) {
        if (to <= from) return false;
        for (int k = from; k < to; k++) if (t.charAt(k) != ' ') return false;
        return true;
    }
}
