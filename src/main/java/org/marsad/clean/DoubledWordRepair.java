package org.marsad.clean;

import java.util.List;
import java.util.Set;
import org.marsad.model.Repair;

/**
 * Removes a word repeated by mistake (خلال خلال → خلال). Repetition used on purpose (رويدا رويدا,
 * لا لا), numbers and single letters are left alone; only Arabic words of two letters or more count.
 */
final class DoubledWordRepair implements InlineRepair {
    private static final Set<String> INTENDED = Set.of(
            "رويدا", "رويداً", "شيئا", "شيئاً", "جدا", "جداً", "لا", "نعم", "كلا", "يوما", "يوماً", "مرارا", "مراراً",
            "تكرارا", "تكراراً", "قليلا", "قليلاً", "كثيرا", "كثيراً", "بعيدا", "بعيداً", "سويا", "شوي", "حبة", "دقة");

    @Override
    public void propose(String original, Line line, WordCounts counts, List<Repair> out) {
        String t = line.text();
        int prevStart = -1, prevEnd = -1;
        int i = 0;
        while (i < t.length()) {
            if (!PeriodRepair.isArabicLetter(t.charAt(i))) {
                if (t.charAt(i) != ' ') prevStart = -1; // punctuation between the words breaks a repetition
                i++;
                continue;
            }
            int start = i;
            while (i < t.length() && (PeriodRepair.isArabicLetter(t.charAt(i)) || org.marsad.text.ArabicNormalizer.isArabicMark(t.charAt(i)))) i++;
            if (prevStart >= 0 && i - start >= 2 && t.regionMatches(prevStart, t, start, i - start) && prevEnd - prevStart == i - start
                    && !INTENDED.contains(t.substring(start, i)) && onlySpaces(t, prevEnd, start)) {
                out.add(new Repair("doubled_word", t.substring(prevEnd, i), "", line.start() + prevEnd, line.start() + i));
                prevStart = -1;
                continue;
            }
            prevStart = start;
            prevEnd = i;
        }
    }

    private static boolean onlySpaces(String t, int from, int to) {
        if (to <= from) return false;
        for (int k = from; k < to; k++) if (t.charAt(k) != ' ') return false;
        return true;
    }
}
