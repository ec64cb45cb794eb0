package org.marsad.event;

import org.marsad.model.Modality;
import org.marsad.time.WordView;

/**
 * PLOVER's auxiliary mode of an event from the words before its trigger in the same clause: negated
 * (لم، لن، لا، عدم، دون، or a denial verb earlier in the sentence), hypothetical (warned of, feared,
 * possible: حذر من، مخاوف، إمكانية، احتمال، قد + present ...), future (سوف، سـ on the verb، من المقرر،
 * يعتزم ...). Historical comes later, from the event's date.
 */
final class ModalityRules {
    private static final int WINDOW = 7;

    private ModalityRules() {
    }

    static Modality of(WordView v, int trigger, int sentenceStart, TriggerLexicon.Sense sense) {
        if (sense.plover().equals("STATEMENT")) {
            return v.is(trigger - 1, Cues.NEGATION) ? Modality.NEGATED : Modality.ASSERTED;
        }
        for (int k = trigger - 1; k >= Math.max(sentenceStart, trigger - 2); k--) {
            if (v.is(k, Cues.NEGATION)) return Modality.NEGATED; // لم، ولم، بعدم: with a glued conjunction or preposition too
            // إحباط هجوم، أحبطت الشرطة هجوما: a foiled event did not happen
            if (v.is(k, Cues.FOILED)) return Modality.NEGATED;
        }
        for (int k = sentenceStart; k < trigger; k++) {
            if (v.is(k, Cues.DENIAL) && !newClause(v, k, trigger, sense)) return Modality.NEGATED;
        }
        // A future prefix on the verb (سيقتل، ستعقد) is no cue on its own here: such verbs sit mostly in quotes and
        // conditions, which the gold codes as hypothetical or asserted (tried: dev detection −0.002, held-out
        // modality −0.02; docs/events.md)
        boolean future = v.is(trigger + 1, Cues.COMING) || v.is(trigger + 2, Cues.COMING) && !v.norm(trigger + 1).equals("في")
                || comingAfterGenitive(v, trigger);
        // القمة ستعقد، الاجتماع سيجري: an event noun whose verb after it is future
        if (!sense.verb() && (v.is(trigger + 1, Cues.SUPPORT_VERBS_FUTURE) || v.norm(trigger + 1).equals("سيتم"))) future = true;
        boolean earlier = false, sawMay = false;
        for (int k = trigger - 1; k >= Math.max(sentenceStart, trigger - WINDOW); k--) {
            if (Cues.CLAUSE_BREAK.contains(v.norm(k))) break;
            if (v.is(k, Cues.HYPOTHETICAL)) return Modality.HYPOTHETICAL;
            if (v.is(k, Cues.PLANNED)) future = true;
            if (v.is(k, Cues.EARLIER)) earlier = true;
            if (Cues.MAY.contains(v.norm(k))) sawMay = true;
            if (sawMay && Cues.PLUPERFECT.contains(v.norm(k))) earlier = true; // كان ... قد + past: told as background
            if (Cues.MAY.contains(v.norm(k)) && k == trigger - 1 && startsPresentNotAlef(v.norm(trigger))) return Modality.HYPOTHETICAL;
            if (v.is(k, Cues.FUTURE) || v.norm(k).equals("سوف")) future = true;
        }
        for (int k = trigger + 1; k < trigger + 4 && !earlier; k++) {
            if (v.is(k, Cues.EARLIER) || v.norm(k).equals("وقت") && v.norm(k + 1).equals("سابق")) earlier = true;
        }
        if (future) return Modality.FUTURE;
        return earlier ? Modality.HISTORICAL : Modality.ASSERTED;
    }

    /**
     * A clause after the denial at {@code denial} that the denial does not cover: after a comma, one the trigger
     * opens with a conjunction (نفت قوات الدعم السريع استهداف المدنيين، واتهمت الجيش بقصف مواقعها) or a reporting verb
     * opens (نفى الجيش القصف، مؤكدا أن قواته ردت على هجوم). A comma before a parenthesis (نفى الجيش، في بيان، القصف) or
     * an alternative (، أو) keeps it.
     */
    private static boolean newClause(WordView v, int denial, int trigger, TriggerLexicon.Sense sense) {
        for (int c = denial + 1; c < trigger; c++) {
            if (!Cues.COMMAS.contains(v.norm(c))) continue;
            if (c + 1 == trigger && sense.verb() && v.norm(c + 1).startsWith("و")) return true;
            if (v.is(c + 1, Cues.REPORT_VERBS)) return true; // with a glued conjunction too (وقالت)
        }
        return false;
    }

    /**
     * هجوم الحكومة السورية المتوقع: the expected or coming word after a noun and its genitive (two or three words,
     * no preposition or clause break between) still qualifies the event noun.
     */
    private static boolean comingAfterGenitive(WordView v, int trigger) {
        for (int k = trigger + 1; k <= trigger + 4; k++) {
            String w = v.norm(k);
            if (Cues.CLAUSE_BREAK.contains(w) || Cues.NOUN_PREPS.contains(w) || Cues.MEETING_FRAMES.contains(w)
                    || w.equals("علي") || w.equals("مع") || w.equals("قبل") || w.equals("بعد")) return false;
            if (k >= trigger + 3 && v.is(k, Cues.COMING)) return true;
        }
        return false;
    }

    /** قد + يفعل/تفعل/نفعل (may); not alef, which also starts past verbs (قد استضافتا، قد اعتقل). */
    private static boolean startsPresentNotAlef(String w) {
        return !w.isEmpty() && "يتن".indexOf(w.charAt(0)) >= 0;
    }
}
