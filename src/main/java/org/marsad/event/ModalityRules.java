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

    /**
     * Types whose future verb is the act itself, told now: a threat (سيدفعون الثمن), a statement, and backing, refusal
     * or agreement, which the gold splits (training gold, triggers with سـ: THREATEN 287 asserted to 3 future, STATEMENT
     * 222 to 20; CONSULT 0 to 250, AID 0 to 51, SANCTION 19 to 70, ACCUSE 21 to 46).
     */
    private static final java.util.Set<String> TOLD_NOW = java.util.Set.of("THREATEN", "STATEMENT", "SUPPORT", "REJECT", "AGREE");

    /** {@code futureVerb}: the trigger is a verb with the future prefix سـ ({@link TriggerLexicon#futureVerb}). */
    static Modality of(WordView v, int trigger, int sentenceStart, TriggerLexicon.Sense sense, boolean futureVerb) {
        if (sense.plover().equals("STATEMENT")) {
            return Cues.isNegation(v, trigger - 1) ? Modality.NEGATED : Modality.ASSERTED;
        }
        for (int k = trigger - 1; k >= Math.max(sentenceStart, trigger - 2); k--) {
            if (Cues.isNegation(v, k)) return Modality.NEGATED; // لم، ولم، بعدم: with a glued conjunction or preposition too
        }
        // إحباط هجوم، أحبطت الشرطة هجوما، فشلت مباحثات دولية عدة: a foiled, failed or cancelled event did not happen
        for (int k = trigger - 1; k >= Math.max(sentenceStart, trigger - 4) && !Cues.CLAUSE_BREAK.contains(v.norm(k)); k--) {
            if (v.is(k, Cues.FOILED)) return Modality.NEGATED;
        }
        for (int k = sentenceStart; k < trigger; k++) {
            if (v.is(k, Cues.DENIAL) && !newClause(v, k, trigger, sense)) return Modality.NEGATED;
        }
        // A future prefix on the verb (سيزور، ستفرض) makes a future event, but for the types told now. Until session 21
        // it was no cue at all: tried for every type, it cost held-out modality 0.02 (threats and statements).
        boolean future = futureVerb && !TOLD_NOW.contains(sense.plover()) || v.is(trigger + 1, Cues.COMING)
                || v.is(trigger + 2, Cues.COMING) && !v.norm(trigger + 1).equals("في") || comingAfterGenitive(v, trigger);
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
            // ستقوم برفع شكوى، سيجرون مشاورات، سترسل وفدا لبحث: an act under a future verb is to come
            if (k >= trigger - 3 && !TOLD_NOW.contains(sense.plover()) && futurePrefixed(v.norm(k))) future = true;
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

    /** Words with سي/ست/سن at their start that are no future verbs: nouns, numbers and names of the news. */
    private static final java.util.regex.Pattern NOT_FUTURE = java.util.regex.Pattern.compile(
            "(سيار|سياس|سيطر|سيد|سينا|سيول|سيف|سير|سياد|سيئ|سيبير|سيري|سيك|سيم|سيج|سين|ستة|سته|ستين|ستار|ستال|ستوكهولم|ستراس|سنه|سنو|سني|سند|سنغافور|سنت|سنا|سنج).*");

    /**
     * A verb with the future prefix (سيقوم، وستساهم، سنعمل): سـ then a present prefix and three letters or more,
     * no noun or name starting so. Written by shape: the verbs under which an event is told are any verbs, not
     * only the trigger lexicon's.
     */
    static boolean futurePrefixed(String w) {
        if (w.length() > 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) w = w.substring(1);
        return w.length() >= 5 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0 && !NOT_FUTURE.matcher(w).matches()
                && !w.endsWith("ه") && !w.endsWith("ات");
    }

    /** قد + يفعل/تفعل/نفعل (may); not alef, which also starts past verbs (قد استضافتا، قد اعتقل). */
    private static boolean startsPresentNotAlef(String w) {
        return !w.isEmpty() && "يتن".indexOf(w.charAt(0)) >= 0;
    }
}
