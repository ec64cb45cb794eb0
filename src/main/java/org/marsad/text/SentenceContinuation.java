package org.marsad.text;

import java.util.Set;

/**
 * Decides whether a word can begin an Arabic sentence. Scraped text has periods in the middle of clauses
 * (…تهريب الأسلحة. التي تم…); a period before a word that cannot start a sentence is not a sentence end.
 * Shared by the cleaner (which removes such periods) and the sentence splitter (which never cuts there).
 */
public final class SentenceContinuation {
    /** Relative pronouns and the complementizer أنّ with its pronoun forms: they always continue a clause. */
    private static final Set<String> NEVER_INITIAL = Set.of(
            "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللائي",
            "أن", "أنه", "أنها", "أنهم", "أنهما", "أنهن", "أننا", "أنني", "بأن", "بأنه", "بأنها", "بأنهم");

    /** Common sentence-initial words and names that start with ل (not a purpose lam). */
    private static final Set<String> INITIAL_LAM = Set.of(
            "لكن", "لكنه", "لكنها", "لكنهم", "لكنني", "لقد", "لم", "لن", "لا", "لذا", "لذلك", "لهذا", "لأن", "لان",
            "ليس", "ليست", "لعل", "لدى", "لدي", "له", "لها", "لهم", "للمرة", "لو", "لولا", "لما", "لماذا", "ليلة",
            "لبنان", "ليبيا", "لندن", "لجنة", "لجان", "لقاء", "لقاءات", "لاعب", "لاعبو", "لاجئون", "لحظة", "لغة",
            "لواء", "لافروف", "لاهاي", "لوكسمبورغ", "لاتفيا", "ليتوانيا", "لشبونة", "ليون", "لوس", "لكل", "لعدة",
            "لمدة", "لمزيد", "للمزيد", "لنا", "لي", "لك", "لكم", "لهما", "ليكون", "لأول", "لدينا", "لديه", "لديها", "لديهم",
            "لديك", "لديكم", "لهن", "لست", "لسنا", "ليسوا", "لعله", "لعلها", "لئن", "لولاه", "لربما", "لطالما");

    private SentenceContinuation() {
    }

    /**
     * True when {@code next} (the word after a period) cannot start a sentence, given the word before the
     * period. Evidence used: relative pronouns and أنّ; an indefinite feminine adjective agreeing with an
     * indefinite feminine noun and not itself followed by a definite noun (فترة وجيزة, but not
     * سياسية. ومنظمة العفو); a purpose lam on a verbal noun followed by a definite noun
     * (لسحب القوات).
     */
    public static boolean cannotStartSentence(String previous, String next, String afterNext) {
        return cannotStartSentence(previous, next, afterNext, false);
    }

    /**
     * As {@link #cannotStartSentence(String, String, String)}; {@code displaced} says the period was pushed
     * onto the next word ({@code فترة .وجيزة}), itself evidence of damage, which the weaker adjective
     * agreement rule needs before it may join the two words.
     */
    public static boolean cannotStartSentence(String previous, String next, String afterNext, boolean displaced) {
        if (next.isEmpty()) return false;
        String bare = stripMarks(next);
        if (NEVER_INITIAL.contains(bare)) return true;
        if (displaced && previous != null && isIndefiniteFeminine(stripMarks(previous)) && !stripMarks(previous).endsWith("ية") && isIndefiniteFeminine(stripConjunction(bare))
                && bare.length() >= 4 && (afterNext == null || !stripMarks(afterNext).startsWith("ال"))) {
            return true;
        }
        if (bare.length() >= 4 && bare.charAt(0) == 'ل' && bare.charAt(1) != 'ل' && !INITIAL_LAM.contains(bare) && !bare.startsWith("لكن")
                && afterNext != null && stripMarks(afterNext).startsWith("ال")) {
            return true;
        }
        return false;
    }

    private static boolean isIndefiniteFeminine(String w) {
        return w.length() >= 3 && w.endsWith("ة") && !w.startsWith("ال") && !w.startsWith("وال")
                && Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    private static String stripConjunction(String w) {
        return w.length() > 3 && w.charAt(0) == 'و' ? w.substring(1) : w;
    }

    private static String stripMarks(String w) {
        StringBuilder b = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (ArabicNormalizer.isArabicMark(c)) {
                if (b == null) b = new StringBuilder(w.substring(0, i));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? w : b.toString();
    }
}
