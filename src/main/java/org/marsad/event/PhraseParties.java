package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.model.Token;
import org.marsad.time.ArabicNumberWords;
import org.marsad.time.WordView;

/**
 * The noun phrase right after a trigger, when no entity is named there: the party a report names by what it is
 * (قتلت أربعة رجال، أيدت المنظمات الفلسطينية، بطرد جواسيس روس، مصادرة الكنائس، اعتقال العشرات). It is one more option of
 * the argument model ({@link ArgumentRanker}), which takes it for the actor or the target where it is likelier than
 * the named parties; an article keeps such a phrase as an entity only when an event has it as a party. The model
 * also reads such a phrase after a party preposition right after the trigger (القبض على مشتبه به), after a verb's
 * subject (وطالب الحكيم دول المنطقة: the object) and before a verb (الصحف العربية فقد أشادت: the fronted subject).
 *
 * <p>Hand-written: no library here chunks Arabic noun phrases; the phrase is the first word and the adjectives
 * that follow it, which is what the annotators' surfaces mostly are.
 */
final class PhraseParties {
    /** The id prefix of a phrase (p1, p2 …); it has no {@code kb}, so the store keys it by its text like any unlinked name. */
    static final String ID_PREFIX = "p";

    /** Words that open no noun phrase: prepositions, particles, pronouns, demonstratives, time words and nouns, verbs of being. */
    private static final Set<String> NOT_NOUNS = Set.of("في", "علي", "من", "الي", "عن", "مع", "ضد", "بين", "حول", "عند", "منذ",
            "خلال", "بعد", "قبل", "امام", "وراء", "تحت", "فوق", "لدي", "عبر", "دون", "بدون", "حتي", "الا", "غير", "سوي",
            "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان", "كي", "لكي", "قد", "لقد", "لا", "لم", "لن", "ما", "ماذا",
            "هل", "او", "ام", "ثم", "كما", "لكن", "بل", "اذا", "اذ", "لو", "حيث", "بينما", "فيما", "كان", "كانت", "يكون", "تكون",
            "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "هو", "هي", "هم",
            "هن", "نحن", "انا", "انت", "اليوم", "امس", "غدا", "الان", "ايضا", "مجددا", "مره", "عام", "العام", "يوم", "صباح", "مساء",
            "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "وفق", "وفقا", "بحسب", "حسب", "نقلا", "فقط",
            "جدا", "سابقا", "لاحقا", "حاليا", "مؤخرا", "فورا", "انذاك", "حينها", "عليه", "عليها", "عليهم", "له", "لها", "لهم", "به",
            "بها", "بهم", "منه", "منها", "منهم", "فيه", "فيها", "عنه", "عنها",
            // time nouns: a date written after the trigger (هدد الأسبوع الماضي، قتل الشهر الجاري) names no party
            "الاسبوع", "اسبوع", "الاسابيع", "الشهر", "شهر", "الاشهر", "اشهر", "الايام", "ايام", "السنه", "السنوات", "سنوات",
            "الليله", "ليله", "الساعات", "ساعات", "الماضي", "الماضيه", "الجاري", "الجاريه", "الحالي", "الحاليه", "ليلا", "نهارا",
            "صباحا", "ظهرا", "عصرا", "فجرا", "فجر", "ظهر", "عصر");

    private PhraseParties() {
    }

    /** Whether the entity is such a phrase. */
    static boolean is(Entity e) {
        return e.kb() == null && e.id().startsWith(ID_PREFIX);
    }

    /**
     * The tokens [from, to) of the noun phrase that starts right after the trigger (token {@code at}), within the
     * sentence (tokens before {@code end}), or null when none starts there or a named party does.
     */
    static int[] after(WordView v, int at, int end, List<MentionIndex.Ref> refs) {
        if (at >= end || !word(v, at) || named(refs, at)) return null;
        // a count and the noun counted (أربعة رجال، أكثر من 50 شخصا، عشرات المدنيين)
        ArabicNumberWords.Count count = ArabicNumberWords.read(v, at);
        int head = count == null ? at : count.end();
        if (head >= end || !word(v, head) || NOT_NOUNS.contains(v.norm(head)) || named(refs, head)) {
            // a vague count in words alone is the party (اعتقال العشرات، قتل الآلاف); a figure alone (قتل 5 في الهجوم) is not
            boolean words = count != null && count.vague() && v.token(count.end() - 1).kind() == Token.Kind.ARABIC;
            return words && (head >= end || !named(refs, head)) ? new int[] {at, count.end()} : null;
        }
        String first = v.norm(head);
        if (first.length() < 2) return null;
        // a title before a person's name (دعا رئيس حركة النهضة راشد الغنوشي): the person is the party
        if (v.is(head, Cues.TITLES) && personFrom(refs, head + 1, Math.min(end, head + 6))) return null;
        int to = head + 1;
        boolean definite = first.startsWith("ال");
        while (to < end && to < head + 3 && word(v, to) && !named(refs, to)
                && (!NOT_NOUNS.contains(v.norm(to)) || TITLE_ADJECTIVES.contains(v.norm(to)))) { // العام: the year, or الأمين العام
            String w = v.norm(to);
            // an adjective agreeing in definiteness (المنظمات الفلسطينية، جواسيس روس), or a bare noun's complement
            // (قادة الاتحاد، مئات الأشخاص), after which the phrase goes on definite
            boolean adjective = definite == w.startsWith("ال") && nisbaLike(w);
            boolean complement = to == head + 1 && !definite && w.startsWith("ال");
            if (!adjective && !complement) break;
            if (complement) definite = true;
            to++;
        }
        // a bare noun in construct with the name right after it (كتلة الجبهة الشعبية، رئيس حركة النهضة): the named
        // party stands for it, as for a group head before a name (GroupParties)
        if (to < end && named(refs, to) && !v.norm(to - 1).startsWith("ال")) return null;
        return new int[] {at, to};
    }

    /** Particles that may stand between a fronted subject and its verb (الصحف العربية فقد أشادت). */
    private static final Set<String> BEFORE_VERB = Set.of("قد", "فقد", "وقد", "لقد");

    /**
     * The tokens [from, to) of the definite noun phrase that ends right before a verb trigger (token {@code at}), or
     * across قد before it, within the sentence (tokens from {@code start}), or null when none ends there or a named
     * party does: the fronted subject of an SVO sentence (المجموعة تتعهد، أما الصحف العربية فقد أشادت).
     */
    static int[] before(WordView v, int at, int start, List<MentionIndex.Ref> refs) {
        int end = at;
        if (end - 1 >= start && BEFORE_VERB.contains(v.norm(end - 1))) end--;
        int from = end;
        // adjectives agreeing in definiteness, back to the definite head noun (up to three words)
        while (from - 1 >= start && end - from < 3 && word(v, from - 1) && !named(refs, from - 1)) {
            String w = v.norm(from - 1);
            if (!w.startsWith("ال") || NOT_NOUNS.contains(w) && !TITLE_ADJECTIVES.contains(w)) break;
            from--;
            if (!nisbaLike(w)) break; // the head noun
        }
        if (from == end || nisbaLike(v.norm(from)) && end - from == 1 && !v.norm(from).endsWith("ه")) return null;
        return new int[] {from, end};
    }

    /** Adjectives of titles whose ending tells nothing (الأمين العام، المبعوث الخاص، الرئيس السابق). */
    private static final Set<String> TITLE_ADJECTIVES = Set.of("العام", "الخاص", "الاعلي", "السابق", "الاسبق", "الجديد", "الاول", "المقبل");

    /**
     * An adjective: its ending is a nisba (الفلسطينية، روسي), feminine (المسلحة) or plural (المسلحين، الغاضبون), or it
     * is a title's ({@link #TITLE_ADJECTIVES}).
     */
    private static boolean nisbaLike(String w) {
        return TITLE_ADJECTIVES.contains(w) || w.endsWith("ي") || w.endsWith("يه") || w.endsWith("ين") || w.endsWith("يون") || w.endsWith("ون") || w.endsWith("ه")
                || org.marsad.geo.Nisba.countryOfWord(w) != null;
    }

    private static boolean word(WordView v, int i) {
        Token.Kind k = v.token(i).kind();
        return k == Token.Kind.ARABIC || k == Token.Kind.NUMBER;
    }

    /** Whether a person's mention starts at a token in [from, to). */
    private static boolean personFrom(List<MentionIndex.Ref> refs, int from, int to) {
        for (MentionIndex.Ref r : refs) if (r.entity().type() == EntityType.PER && from <= r.from() && r.from() < to) return true;
        return false;
    }

    private static boolean named(List<MentionIndex.Ref> refs, int i) {
        for (MentionIndex.Ref r : refs) if (r.from() <= i && i < r.to()) return true;
        return false;
    }

    /** The phrase on tokens [from, to) as an entity numbered n (id p{n}), with its one mention. */
    static Entity entity(WordView v, int from, int to, int n) {
        int start = v.token(from).start(), stop = v.token(to - 1).end();
        String text = v.text().substring(start, stop);
        return new Entity(ID_PREFIX + n, EntityType.MISC, text, null, null, List.of(new Mention(text, start, stop, Field.TEXT)), null);
    }

    /** The shape of the phrase's first word: a number, definite, with ب or ل before, or bare. */
    static String shape(String w) {
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) return "num";
        if (w.startsWith("ال")) return "def";
        if (w.startsWith("لل") || w.startsWith("بال")) return "prep-def";
        if (w.startsWith("و")) return "waw";
        return "bare";
    }
}
