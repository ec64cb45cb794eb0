package org.marsad.event;

import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Geo;
import org.marsad.model.Mention;
import org.marsad.text.ArabicNormalizer;
import org.marsad.time.WordView;

/**
 * Fills an event's actor, target and location from the entity mentions of its sentence by Arabic word
 * order: the subject after a verb (VSO) or just before it (SVO), the object after the verb or after
 * على/ضد/مع, the agent after من قبل/على يد, the patient after a passive or a noun like اعتقال; the place
 * after في/ب, the most specific one when several are named.
 */
final class Arguments {
    private Arguments() {
    }

    /** Actor and target of one draft from the mentions of its sentence [from, to). */
    static void fillParties(RuleEventCoder.Draft d, WordView v, List<MentionIndex.Ref> refs, int from, int to,
                            RuleEventCoder.Discourse discourse, MentionIndex all, Entity sentenceSpeaker) {
        int a = d.anchor, end = d.hit.end();
        int support = supportVerb(v, d.hit.start(), from);
        // a verb sense is a verb form (the lexicon reads no definite word as a verb): التقى and ألقت start with ال too
        boolean verbal = support >= 0 || d.sense.verb();
        if (support >= 0) a = support;
        boolean passive = support < 0 && isPassive(v, d.hit.start());
        boolean participle = v.is(d.hit.start(), Cues.PASSIVE_PARTICIPLES);
        boolean patientNoun = !verbal && PATIENT.contains(d.sense.mode()) || participle;
        int vsoFrom = a == d.hit.start() ? end : a + 1;
        MentionIndex.Ref participants = groupAt(refs, d.hit.start(), end);
        if (participants != null) {
            // المتظاهرين، المحتجون as the trigger: the protesters are the event's actor
            d.actor = participants.entity();
            d.participants = true;
            MentionIndex.Ref against = firstAfter(refs, participants.to(), Math.min(to, participants.to() + 4), false, participants);
            d.target = against != null && against.isAgent() && (against.prep().equals("ضد") || against.prep().equals("علي")) ? against.entity() : null;
            return;
        }
        MentionIndex.Ref actor = agentPhrase(v, refs, end, to), target = null;
        int subjected = d.sense.verb() ? -1 : subjectedAt(v, d.hit.start(), from);
        if (subjected >= 0) {
            // تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية: who is subjected to the event is its target
            MentionIndex.Ref patient = firstAfter(refs, subjected + 1, d.hit.start(), false, actor);
            if (patient == null) patient = nearestBefore(refs, subjected, 3, true);
            d.actor = actor != null ? actor.entity() : null;
            d.target = patient != null ? patient.entity() : pronounObject(v, d, all);
            if (d.target == null) d.target = subjectedPronoun(v, subjected, d, all);
            return;
        }
        if (actor == null && !d.sense.verb()) actor = relativeAgent(v, refs, end, to);
        MentionIndex.Ref[] between = actor == null && !verbal && !v.norm(d.hit.start()).contains("وساط")
                ? between(v, refs, end, to) : null;
        if (between != null) {
            // قمة تاريخية الاثنين بين بوتين والرئيس الأميركي، اشتباكات بين الجيش والمسلحين: the first party acts, the
            // second is the other side, whoever was named before the noun (not a mediation: الوساطة بين is the mediator's)
            actor = between[0];
            target = between[1];
        }
        if (actor != null && d.sense.plover().equals("ACCUSE") && !d.sense.verb() && !v.is(d.hit.start(), Cues.PASSIVE_PARTICIPLES)) {
            // انتهاك من قبل دولة قطر: who commits the violation is the accused; the speaker accuses
            target = actor;
            actor = null;
        }
        boolean instrument = !d.sense.verb() && v.is(d.hit.start(), Cues.INSTRUMENTS) && v.norm(d.hit.start()).startsWith("ب");
        boolean firstPerson = d.sense.verb() && v.is(d.hit.start(), Cues.FIRST_PERSON);
        if (actor == null && verbal && !passive && firstPerson) {
            // أدعو السلطات الإسرائيلية، نطالب المجتمع الدولي: the speaker acts, the party after the verb is addressed
            target = firstAfter(refs, vsoFrom, vsoFrom + 4, true, null);
        } else if (actor == null && verbal && !passive) {
            int before = a;
            while (before > from && isQuote(v.norm(before - 1))) before--; // X "يدعو …": the quote mark splits SVO
            actor = nearestBefore(refs, before, 1, true);
            if (actor != null && vouches(v, actor.from())) actor = null; // وبحسب المرصد، قصفت الطائرات: the source
            boolean pronounSubject = Cues.THAT_PRONOUN.contains(v.norm(before - 1));
            if (pronounSubject) actor = null; // X أنه طلب: the pronoun is the subject
            if (actor == null && !pronounSubject) actor = subjectBeforeAside(v, refs, before, from);
            if (actor == null && RELATIVES.contains(v.norm(before - 1)) && v.is(before - 2, Cues.CLAUSE_BREAK)) {
                actor = nearestBefore(refs, before - 2, 0, true); // برونسون، الذي اتهمته تركيا: a comma before the relative
            }
            boolean objectPronoun = actor != null && support < 0 && d.hit.end() == d.hit.start() + 1 && pronounSuffix(v, d.hit.start(), null) != null;
            if (objectPronoun && PATIENT.contains(d.sense.mode())) {
                // البطش اغتالته يد الغدر: a party before a verb that carries its object pronoun is that object
                // (a topic), and the subject follows the verb
                target = actor;
                actor = firstAfter(refs, vsoFrom, vsoFrom + 4, true, target);
            } else if (objectPronoun && RELATIVES.contains(v.norm(before - 1))) {
                // روسيا التي تتهمها أجهزة الاستخبارات، برونسون، الذي اتهمته تركيا: after a relative pronoun too, when
                // the subject follows the verb (with none after, the subject is a pronoun and the antecedent may be it)
                MentionIndex.Ref subject = firstAfter(refs, vsoFrom, subjectEnd(v, vsoFrom, vsoFrom + 4), true, actor);
                if (subject != null) {
                    target = actor;
                    actor = subject;
                }
            }
            // قال العتيبي لصحفيين إنه طلب من المجلس، قالت بريطانيا إنها "ستدعم": the pronoun after أن is the speaker
            if (pronounSubject) actor = reportingSubject(v, refs, before - 1, from);
            if (actor == null && target == null && !pronounSubject && !subjectBeforeVerb(v, d, from)) {
                // a subject with a title and an apposition (دعا وزير الخارجية الأمريكي، مايك بومبيو، …) runs longer
                actor = firstAfter(refs, vsoFrom, subjectEnd(v, vsoFrom, vsoFrom + (v.is(vsoFrom, Cues.TITLES) ? 9 : 4)), true, null);
                if (actor != null && counterpart(v, actor)) {
                    // سيلتقي نظيره الروسي فلاديمير بوتين: the counterpart of the subject is the other party, never the subject
                    target = actor;
                    actor = null;
                }
                if (actor != null && PATIENT.contains(d.sense.mode()) && actor.entity().type() == EntityType.PER
                        && !GroupParties.isGroup(actor.entity()) && actor.from() <= vsoFrom + 1
                        && objectAfter(refs, actor.to(), clauseEnd(v, actor.to(), to), actor, d.sense.plover(), -1) == null) {
                    // وقتل الصحفي ياسر مرتجى، اعتقل المعارض X: a named person right after a killing or arrest verb, with
                    // nobody after him, was killed or arrested (the unvowelled passive)
                    target = actor;
                    actor = null;
                    passive = true;
                } else if (actor != null && unvocalizedPassive(refs, actor, d.sense.plover())) {
                    // قتل 6 مدنيين، اعتقل متظاهرون: civilians or protesters after a violent verb are its victims
                    // (a passive written without vowels), unless someone follows after على/ضد
                    target = actor;
                    actor = null;
                    passive = true;
                }
            }
            if (actor == null && !passive && target == null) actor = nearestBefore(refs, a, 6, true);
            if (actor != null && actor.to() <= a && vouches(v, actor.from())) actor = null;
        } else if (actor == null && participle) {
            // فيس بوك متهمة، الدبلوماسي محتجز: who is accused or held stands before the participle
            target = nearestBefore(refs, a, 3, false);
        } else if (actor == null) {
            // هجوم الحكومة السورية المتوقع … ضد إدلب: "N X على/ضد Y": the genitive X does N to Y, before any party named earlier
            MentionIndex.Ref owner = firstAfter(refs, end, end + 1, true, null);
            MentionIndex.Ref against = !verbal && owner != null && owner.isAgent() && !patientNoun ? markedAfter(v, refs, owner.to(), to) : null;
            if (against != null) target = against;
            actor = against != null ? owner : nearestBefore(refs, a, 6, false);
            if (actor != null && !actor.isAgent()) actor = null;
            MentionIndex.Ref state = against == null ? nearestBefore(refs, a, 2, true) : null;
            if (state != null && isState(state) && carryingVerbBefore(v, state.from()) && (actor == null || actor.to() <= state.from())) {
                // فرضت الولايات المتحدة عقوبات، شنت إسرائيل غارات: a state is the actor as the subject of the carrying verb
                // before it (the verb stands too far from the noun to be found as its support)
                actor = state;
            }
            MentionIndex.Ref source = !verbal && SOURCED.contains(d.sense.plover()) ? sourceAfter(v, refs, end, to) : null;
            if (source != null) {
                // واجه تيلرسون انتقادات من معارضي ترامب، ولاقى اعتراضا من الولايات المتحدة: who criticizes or objects
                // follows من; the party before the noun is the one it is aimed at
                target = actor != null && !actor.entity().id().equals(source.entity().id()) ? actor : null;
                actor = source;
            }
        }
        if (!d.sense.verb() && d.sense.mode().equals("sentence") && target == null) {
            // حكمت محكمة جنايات القاهرة على الناشط علاء عبد الفتاح بالسجن: who is sentenced stands after على, right
            // before the sentence; the court is the party before him
            MentionIndex.Ref sentenced = null;
            for (MentionIndex.Ref r : refs) {
                if (r.to() > d.hit.start()) break;
                if (r.to() >= d.hit.start() - 1 && r.prep().equals("علي") && r.isAgent()) sentenced = r;
            }
            if (sentenced != null) {
                target = sentenced;
                if (actor == null || actor.entity().id().equals(sentenced.entity().id())) {
                    actor = nearestBefore(refs, sentenced.from(), 6, false);
                    if (actor != null && (!actor.isAgent() || actor.entity().id().equals(sentenced.entity().id()))) actor = null;
                }
            }
        }
        if (d.sense.verb() && d.sense.mode().equals("kill") && !firstPerson && subjected < 0
                && pronounSuffix(v, d.hit.end() - 1, null) == null) { // وقتلته الشرطة بالرصاص is active
            // المسعف عبد الله القططي قتل برصاص قناصة الاحتلال، قتل الصحفي ياسر مرتجى برصاص قناص: a killing verb
            // followed by the weapon is the unvowelled passive; who was killed stands before it or right after it, and
            // the weapon's genitive (if named) fired
            MentionIndex.Ref by = agentPhrase(v, refs, end, to), victim = null;
            if (isInstrument(v, end) && !v.norm(end).startsWith("بال")) {
                // برصاص X in construct; بالرصاص alone is manner (وكان الجيش قد قتل بالرصاص العشرات: active)
                victim = nearestBefore(refs, d.hit.start(), 1, false);
            } else {
                MentionIndex.Ref after = firstAfter(refs, end, end + 3, true, by);
                if (after != null && after.from() <= end + 1 && isInstrument(v, after.to())) victim = after;
            }
            if (victim != null && victim.isAgent() && (by == null || !by.entity().id().equals(victim.entity().id()))) {
                target = victim;
                actor = by;
                passive = true;
            }
        }
        MentionIndex.Ref genitive = firstAfter(refs, end, end + 1, true, actor);
        if (instrument && genitive != null && genitive.isAgent() && (actor == null || actor.to() <= d.hit.start())) {
            // قُتل متظاهرون برصاص القوات: the genitive of an instrument is who fired; the noun before is the victim
            if (actor != null && target == null) target = actor;
            actor = genitive;
        } else if ((passive || patientNoun) && genitive != null && target == null) target = genitive;
        else if (!verbal && actor == null && genitive != null && (genitive.isAgent() || isState(genitive))) actor = genitive; // انسحاب واشنطن
        int objectFrom = actor == null ? end : Math.max(end, actor.to());
        if (target == null) {
            // an attacked place as target only where it does not decide whether the noun is an event at all (a definite
            // or weak trigger needs a named party; a place would make الهجوم على X an event of its own)
            target = objectAfter(refs, objectFrom, clauseEnd(v, objectFrom, to), actor, d.sense.plover(),
                    !d.definite && !d.sense.weak() ? end + 3 : -1);
            // withdrawals, flights, deployments and protests have no patient: only a party the text marks
            // (احتجاج ضد، انسحاب إلى) is their target
            if (target != null && INTRANSITIVE.contains(d.sense.plover()) && !MARKED_TARGET.contains(target.prep())) target = null;
        }
        if (actor == null && target != null && (SYMMETRIC.contains(d.sense.plover()) || d.sense.mode().equals("clash"))) {
            // القمة بين كيم وترامب، المفاوضات بين رابين وعرفات: the first party acts, the second is the other side
            MentionIndex.Ref second = firstAfter(refs, target.to(), target.to() + 3, false, target);
            if (second != null && second.isAgent() && (second.prep().isEmpty() || second.prep().equals("مع"))) {
                actor = target;
                target = second;
            }
        }
        if (actor == null && d.sense.plover().equals("PROTEST")) actor = protesters(refs, d.hit.start());
        int dying = dyingVerb(v, d, from);
        boolean subjectOfDying = actor != null && actor.from() >= dying - 4
                && (actor.to() <= d.hit.start() || dying == d.hit.start() && actor.from() <= d.hit.end() + 2);
        if (dying >= 0 && subjectOfDying) {
            // لقي عشرات الحوثيين مصرعهم في غارة شنتها طائرات التحالف: the Houthis died; a party after is who struck
            MentionIndex.Ref victim = actor;
            actor = target != null && target.from() >= d.hit.end() && target.isAgent() ? target : null;
            target = victim;
        }
        d.actor = actor != null ? actor.entity() : null;
        if (d.actor == null && !passive && a - from <= 1) d.actor = discourse.continuingSubject();
        if (d.actor == null && !passive && !patientNoun && (firstPerson || !reported(v, from, d.hit.start()))) d.actor = sentenceSpeaker;
        d.target = target != null ? target.entity() : null;
        if (d.target == null && !passive) d.target = pronounObject(v, d, all);
        if (d.target == null && ARMED_VICTIM_TYPES.contains(d.sense.plover())) d.target = armedVictim(v, end, to, all);
        if (d.target != null && d.actor != null && d.target.id().equals(d.actor.id())) d.target = null;
    }

    /**
     * The end of the window where a VSO subject can stand: it stops at a preposition or complementizer after
     * the verb (حذر من احتمال عودة المسلحين: the gunmen are inside the prepositional phrase, not the subject).
     */
    private static int subjectEnd(WordView v, int from, int until) {
        for (int k = from; k < until; k++) {
            String w = v.norm(k);
            if (SUBJECT_STOPS.contains(w) || v.is(k, Cues.THAT)) return k;
        }
        return until;
    }

    private static final java.util.Set<String> SUBJECT_STOPS = java.util.Set.of("من", "في", "علي", "الي", "عن", "ضد", "مع",
            "بين", "حول", "بشان", "لدي", "منذ", "خلال", "بعد", "قبل");

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان");

    /**
     * The two parties of "بين X وY" within three words after an event noun (لقاء بين، قمة تاريخية الاثنين بين،
     * مواجهات بين), or null: the first is a person, group or state, the second is joined to it by و.
     */
    private static MentionIndex.Ref[] between(WordView v, List<MentionIndex.Ref> refs, int end, int to) {
        for (int k = end; k < Math.min(to, end + 3); k++) {
            if (v.is(k, Cues.CLAUSE_BREAK)) return null;
            if (!v.norm(k).equals("بين")) continue;
            MentionIndex.Ref first = null;
            for (MentionIndex.Ref r : refs) {
                if (r.from() < k + 1) continue;
                if (first == null) {
                    if (r.from() > k + 1 || !(r.isAgent() || isState(r))) return null;
                    first = r;
                } else {
                    boolean party = r.isAgent() || isState(r);
                    // بين بوتين والرئيس الأميركي دونالد ترمب: the second may follow و and a title
                    boolean joined = r.joined() && r.from() <= first.to() + 1
                            || v.norm(first.to()).startsWith("و") && r.from() <= first.to() + 3 && !clauseBreak(v, first.to(), r.from());
                    return joined && party && !r.entity().id().equals(first.entity().id()) ? new MentionIndex.Ref[] {first, r} : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * A subject cut from its verb by a relative clause or an apposition between commas (وكان ترامب، الذي سعى إلى
     * تحسين العلاقات مع روسيا، انتقد بوتين; ماكرون، الرئيس الفرنسي، دعا): the party right before the opening comma.
     */
    private static MentionIndex.Ref subjectBeforeAside(WordView v, List<MentionIndex.Ref> refs, int verb, int from) {
        if (!isComma(v.norm(verb - 1))) return null;
        for (int c = verb - 3; c >= Math.max(from, verb - 20); c--) {
            String w = v.norm(c);
            if (w.equals(".") || w.equals(":") || w.equals("؛") || isQuote(w)) return null;
            if (!isComma(w)) continue;
            if (!RELATIVES.contains(v.norm(c + 1)) && !v.is(c + 1, Cues.TITLES)) return null;
            MentionIndex.Ref r = nearestBefore(refs, c, 0, true);
            return r != null && r.to() == c ? r : null;
        }
        return null;
    }

    /** The subject of the reporting verb before token k in its sentence (قال العتيبي … إنه; الشرطة قالت إنها), or null. */
    private static MentionIndex.Ref reportingSubject(WordView v, List<MentionIndex.Ref> refs, int k, int from) {
        for (int r = k - 1; r >= from; r--) {
            if (!v.is(r, Cues.REPORT_VERBS)) continue;
            // a person or organisation first (سفير الكويت لدى الأمم المتحدة منصور العتيبي), else a state (قالت روسيا إنها)
            MentionIndex.Ref state = null;
            for (MentionIndex.Ref x : refs) {
                if (x.from() <= r || !x.prep().isEmpty()) continue;
                if (x.from() >= Math.min(k, r + 10)) break;
                if (x.isAgent()) return x;
                if (state == null && isState(x)) state = x;
            }
            if (state != null) return state;
            MentionIndex.Ref before = nearestBefore(refs, r, 0, true);
            return before != null && (before.isAgent() || isState(before)) ? before : null;
        }
        return null;
    }

    /** Types whose event noun names its source after من (انتقادات من، اعتراض من، تهديدات من، دعم من). */
    private static final java.util.Set<String> SOURCED = java.util.Set.of("ACCUSE", "REJECT", "THREATEN", "SUPPORT");

    /** The party after من right after an event noun or its one adjective (انتقادات حادة من X), or null. */
    private static MentionIndex.Ref sourceAfter(WordView v, List<MentionIndex.Ref> refs, int end, int to) {
        for (MentionIndex.Ref r : refs) {
            if (r.from() < end) continue;
            if (r.from() > end + 2 || r.from() >= to) return null;
            boolean adjacent = r.from() == end + 1 || r.from() == end + 2 && !v.norm(end).equals("من") && !v.is(end, Cues.CLAUSE_BREAK);
            return r.prep().equals("من") && adjacent && (r.isAgent() || isState(r)) ? r : null;
        }
        return null;
    }

    /** A carrying verb (شن، فرض، واصل …, also with و/ف or the future سـ) right before token k. */
    private static boolean carryingVerbBefore(WordView v, int k) {
        String w = v.norm(k - 1);
        if (w.startsWith("و") || w.startsWith("ف")) w = w.substring(1);
        return v.is(k - 1, Cues.SUPPORT_VERBS) || v.is(k - 1, Cues.SUPPORT_VERBS_FUTURE) || Cues.SUPPORT_VERBS.contains(w);
    }

    /** The first party after على or ضد within six words from k, with no clause break before it, or null. */
    private static MentionIndex.Ref markedAfter(WordView v, List<MentionIndex.Ref> refs, int k, int to) {
        for (MentionIndex.Ref r : refs) {
            if (r.from() < k) continue;
            if (r.from() > k + 6 || r.from() >= to || clauseBreak(v, k, r.from())) return null;
            if (r.prep().equals("ضد") || r.prep().equals("علي")) return r.isAgent() || r.isPlace() ? r : null;
        }
        return null;
    }

    /** برصاص، بنيران، بقصف at token k: the weapon of a killing. */
    private static boolean isInstrument(WordView v, int k) {
        return v.is(k, Cues.INSTRUMENTS) && v.norm(k).startsWith("ب");
    }

    private static boolean isComma(String w) {
        return Cues.isComma(w);
    }

    private static boolean clauseBreak(WordView v, int from, int to) {
        for (int k = from; k < to; k++) if (v.is(k, Cues.CLAUSE_BREAK)) return true;
        return false;
    }

    /** A party told as the counterpart of another (نظيره الروسي فلاديمير بوتين، نظرائه الأوروبيين). */
    private static boolean counterpart(WordView v, MentionIndex.Ref r) {
        for (int k = r.from(); k >= Math.max(0, r.from() - 3); k--) {
            String w = v.norm(k);
            if (w.startsWith("نظير") || w.startsWith("نظرا") || w.startsWith("ونظير")) return true;
            if (k < r.from() && !w.startsWith("ال")) return false;
        }
        return false;
    }

    /** الهجوم الذي نفذته إيران، الغارات التي شنها التحالف: the subject of the relative clause's carrying verb. */
    private static MentionIndex.Ref relativeAgent(WordView v, List<MentionIndex.Ref> refs, int end, int to) {
        for (int k = end; k < Math.min(to - 1, end + 3); k++) {
            String w = v.norm(k);
            int verb;
            if (w.equals("الذي") || w.equals("التي") || w.equals("اللذين") || w.equals("اللتين")) {
                verb = k + 1;
            } else if (v.is(k, Cues.SUPPORT_VERBS) && (v.norm(k + 1).equals("به") || v.norm(k + 1).equals("بها")
                    || carriesObject(v, k))) {
                verb = k; // اعتداء قامت به قوات الجيش، غارة جوية شنها التحالف، قصف كثيف نفذته القوات الحكومية
            } else {
                continue;
            }
            if (!v.is(verb, Cues.SUPPORT_VERBS)) return null;
            int after = v.norm(verb + 1).equals("به") || v.norm(verb + 1).equals("بها") ? verb + 2 : verb + 1;
            MentionIndex.Ref r = firstAfter(refs, after, subjectEnd(v, after, after + 4), true, null);
            return r != null && (r.isAgent() || isState(r)) ? r : null;
        }
        return null;
    }

    /** A carrying verb with its object pronoun glued on (شنها، نفذته، شنتها): the event noun before is its object. */
    private static boolean carriesObject(WordView v, int k) {
        String w = v.norm(k);
        return !Cues.SUPPORT_VERBS.contains(w) && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم"));
    }

    /**
     * The dying verb of "لقي X مصرعه"، "لقوا حتفهم" (its index), for a killing told so, or -1: who met death is
     * the victim, never the killer.
     */
    private static int dyingVerb(WordView v, RuleEventCoder.Draft d, int from) {
        if (!d.sense.mode().equals("kill")) return -1;
        if (v.is(d.hit.start(), Cues.DIED)) return d.hit.start();
        if (d.sense.verb() && v.norm(d.hit.start()).contains("ستشهد")) return d.hit.start();
        if (d.sense.verb() || !v.is(d.hit.start(), Cues.DEATH_NOUNS)) return -1;
        for (int k = d.hit.start() - 1; k >= Math.max(from, d.hit.start() - 7); k--) {
            if (v.is(k, Cues.CLAUSE_BREAK)) return -1;
            if (v.is(k, Cues.DIED)) return k;
        }
        return -1;
    }

    private static boolean isQuote(String w) {
        return Cues.QUOTES.contains(w);
    }

    /** The trigger stands inside reported speech: a complementizer (أن، إن، بأن) or a quote mark before it. */
    private static boolean reported(WordView v, int from, int trigger) {
        for (int k = from; k < trigger; k++) {
            if (v.is(k, Cues.THAT) || v.norm(k).equals("\"") || v.norm(k).equals("«") || v.norm(k).equals("“")) return true;
        }
        return false;
    }

    /** Prepositions that carry an object pronoun after a trigger: القبض عليه، الإفراج عنها، ضده. */
    private static final java.util.Set<String> PRONOUN_CARRIERS = java.util.Set.of("علي", "عن", "ضد", "الي", "بحق", "من");

    /**
     * The patient written as a pronoun (اعتقالهما، قتلها، القبض عليه، الإفراج عنه): the nearest person (for
     * a singular masculine pronoun) or person or group (otherwise) named before the trigger, not the actor.
     */
    private static Entity pronounObject(WordView v, RuleEventCoder.Draft d, MentionIndex all) {
        int last = d.hit.end() - 1;
        String suffix = pronounSuffix(v, last, null);
        if (suffix == null) {
            String next = v.norm(d.hit.end());
            for (String c : PRONOUN_CARRIERS) {
                if (next.length() > c.length() && (next.startsWith(c) || next.startsWith(c.substring(0, c.length() - 1) + "ي"))) {
                    suffix = pronounSuffix(v, d.hit.end(), c);
                    break;
                }
            }
        }
        if (suffix == null) return null;
        boolean personOnly = suffix.equals("ه");
        // ـه and ـها point to one person first (قتلها: the woman, not the court named since); ـهم/ـهما to anyone
        boolean singular = personOnly || suffix.equals("ها");
        Entity best = null, person = null;
        for (MentionIndex.Ref r : all.in(Math.max(0, d.hit.start() - 40), d.hit.start())) {
            if (!r.isAgent() || personOnly && (r.entity().type() != EntityType.PER || GroupParties.isGroup(r.entity()))) continue;
            if (d.actor != null && r.entity().id().equals(d.actor.id())) continue;
            best = r.entity();
            if (r.entity().type() == EntityType.PER && !GroupParties.isGroup(r.entity())) person = r.entity();
        }
        return singular && person != null ? person : best;
    }

    /** The object pronoun glued to token k (ه، ها، هم، هما; never the ة of a feminine noun), or null. */
    private static String pronounSuffix(WordView v, int k, String carrier) {
        if (k < 0 || k >= v.size()) return null;
        StringBuilder letters = new StringBuilder(v.token(k).end() - v.token(k).start());
        for (int c = v.token(k).start(); c < v.token(k).end(); c++) {
            char ch = v.text().charAt(c);
            if (ch < '\u064B' || ch > '\u0652' && ch != '\u0640') letters.append(ch); // without harakat and tatweel
        }
        String raw = letters.toString();
        for (String p : new String[] {"هما", "هم", "ها", "ه"}) {
            if (!raw.endsWith(p)) continue;
            int stem = raw.length() - p.length();
            if (carrier != null ? stem <= carrier.length() + 1 : stem >= 4) return p;
        }
        return null;
    }

    /** Types whose two parties meet or agree with each other. */
    private static final java.util.Set<String> SYMMETRIC = java.util.Set.of("CONSULT", "AGREE", "COOPERATE");

    /** A carrying verb just before an event noun (شن هجمات، أجرى اتصالا), or -1. */
    private static int supportVerb(WordView v, int trigger, int from) {
        for (int k = trigger - 1; k >= Math.max(from, trigger - 2); k--) {
            if (v.is(k, Cues.SUPPORT_VERBS)) return k;
        }
        return -1;
    }

    private static final java.util.Set<String> PATIENT = java.util.Set.of("kill", "abduct", "arrest", "sentence", "deport",
            "release", "expel", "sexual", "torture");
    private static final java.util.Set<String> ARMED_VICTIM_TYPES = java.util.Set.of("ASSAULT", "COERCE");

    /** A passive verb: a damma on its first letter in the original (قُتل، اُعتقل), or after تم/جرى. */
    private static boolean isPassive(WordView v, int i) {
        if (v.is(i - 1, Cues.PASSIVE_AUX)) return true;
        String t = v.text().substring(v.token(i).start(), v.token(i).end());
        int damma = t.indexOf('\u064F');
        return damma > 0 && damma <= 3;
    }

    private static final java.util.Set<String> INTRANSITIVE = java.util.Set.of("RETREAT", "MOBILIZE", "PROTEST");
    private static final java.util.Set<String> MARKED_TARGET = java.util.Set.of("ضد", "علي", "الي", "بحق", "تجاه");

    private static final java.util.Set<String> VIOLENT_TYPES = java.util.Set.of("ASSAULT", "COERCE", "SANCTION");

    /** A group of unarmed people (civilians, protesters, prisoners …) right after a violent verb, with no one after على/ضد. */
    private static boolean unvocalizedPassive(List<MentionIndex.Ref> refs, MentionIndex.Ref after, String plover) {
        if (!VIOLENT_TYPES.contains(plover) || !GroupParties.isGroup(after.entity()) || after.entity().type() != EntityType.PER) return false;
        for (MentionIndex.Ref r : refs) {
            if (r.from() < after.to()) continue;
            if (r.from() > after.to() + 6) break;
            if (r.prep().equals("علي") || r.prep().equals("ضد")) return false;
        }
        return true;
    }

    /** A place that is a state (a country or a first-level division), which can act; a city does not. */
    private static boolean isState(MentionIndex.Ref r) {
        return r.isPlace() && featureRank(r.entity().geo()) < 2;
    }

    /** A protest without a subject is made by the people group of its sentence nearest to it (المحتجين، الفلسطينيون). */
    private static MentionIndex.Ref protesters(List<MentionIndex.Ref> refs, int trigger) {
        MentionIndex.Ref best = null;
        for (MentionIndex.Ref r : refs) {
            if (!GroupParties.isGroup(r.entity()) || r.entity().type() != EntityType.PER) continue;
            if (best == null || Math.abs(r.from() - trigger) < Math.abs(best.from() - trigger)) best = r;
        }
        return best;
    }

    /**
     * The verb's subject cannot follow it: a verb agreeing in the plural (يتهمون، اتهموا) has its subject before
     * it or as its suffix (in VSO the verb stays singular), and one after أنها/أنه has that pronoun as subject
     * (مع أنها غالبا ما تتهم إسرائيل): the party after the verb is its object.
     */
    private static boolean subjectBeforeVerb(WordView v, RuleEventCoder.Draft d, int from) {
        if (!d.sense.verb() || d.hit.end() != d.hit.start() + 1) return false;
        String w = v.norm(d.hit.start());
        if (w.length() > 4 && (w.endsWith("ون") || w.endsWith("وا"))) return true;
        for (int k = d.hit.start() - 1; k >= Math.max(from, d.hit.start() - 4); k--) {
            if (v.is(k, Cues.CLAUSE_BREAK)) return false;
            if (Cues.THAT_PRONOUN.contains(v.norm(k))) return true;
        }
        return false;
    }

    /**
     * The token of تعرض (was subjected to) within three words before an event noun written with لـ, or of
     * يواجه (faces) before one written without it, or -1.
     */
    private static int subjectedAt(WordView v, int trigger, int from) {
        boolean to = v.norm(trigger).startsWith("ل");
        for (int k = trigger - 1; k >= Math.max(from, trigger - 4); k--) {
            if (to ? v.is(k, Cues.SUBJECTED) : v.is(k, Cues.FACES)) return k;
        }
        return -1;
    }

    /** تعرضهما للتعذيب: the pronoun on تعرض names the patient. */
    private static Entity subjectedPronoun(WordView v, int subjected, RuleEventCoder.Draft d, MentionIndex all) {
        String suffix = pronounSuffix(v, subjected, null);
        if (suffix == null) return null;
        Entity best = null;
        for (MentionIndex.Ref r : all.in(Math.max(0, subjected - 40), subjected)) {
            if (!r.isAgent() || suffix.equals("ه") && (r.entity().type() != EntityType.PER || GroupParties.isGroup(r.entity()))) continue;
            best = r.entity();
        }
        return best;
    }

    /** The group whose mention is the trigger itself (المتظاهرين), or null. */
    private static MentionIndex.Ref groupAt(List<MentionIndex.Ref> refs, int start, int end) {
        for (MentionIndex.Ref r : refs) {
            if (r.from() > start) break;
            if (r.to() >= end && GroupParties.isGroup(r.entity())) return r;
        }
        return null;
    }

    /** من قبل X / على يد X after the trigger; برصاص X / بنيران X (by the fire of X). */
    private static MentionIndex.Ref agentPhrase(WordView v, List<MentionIndex.Ref> refs, int end, int to) {
        for (int k = end; k < Math.min(to, end + 8); k++) {
            if (v.is(k, Cues.BY_AGENT) && (v.norm(k - 1).equals("من") || v.norm(k - 1).equals("علي"))) {
                return firstAfter(refs, k + 1, k + 3, false, null);
            }
            if (v.is(k, Cues.INSTRUMENTS) && v.norm(k).startsWith("ب")) {
                MentionIndex.Ref by = firstAfter(refs, k + 1, k + 3, false, null);
                if (by != null && by.isAgent()) return by;
            }
        }
        return null;
    }

    private static MentionIndex.Ref nearestBefore(List<MentionIndex.Ref> refs, int anchor, int maxGap, boolean allowPlace) {
        MentionIndex.Ref best = null;
        for (MentionIndex.Ref r : refs) {
            if (r.to() > anchor) break;
            if (anchor - r.to() > maxGap || !r.prep().isEmpty()) continue;
            if (r.isAgent() || allowPlace && r.isPlace() && featureRank(r.entity().geo()) < 2) best = r; // a state acts, a city does not
        }
        return best;
    }

    /** The party at {@code from} follows بحسب/وفق/نقلا عن (وفقا ل): it vouches for the clause, it does not act in it. */
    private static boolean vouches(WordView v, int from) {
        String w = v.norm(from - 1);
        return v.is(from - 1, Cues.ACCORDING_TO)
                || (w.equals("عن") || w.equals("ل") || w.equals("لما")) && v.is(from - 2, Cues.ACCORDING_TO);
    }

    private static MentionIndex.Ref firstAfter(List<MentionIndex.Ref> refs, int from, int until, boolean noPrep, MentionIndex.Ref not) {
        for (MentionIndex.Ref r : refs) {
            if (r.from() < from) continue;
            if (r.from() >= until) break;
            if (not != null && r.entity().id().equals(not.entity().id())) continue;
            if (noPrep && !r.prep().isEmpty()) continue;
            if (r.isAgent() || r.isPlace() && !noPrep || r.isPlace() && r.prep().isEmpty()) return r;
        }
        return null;
    }

    /** A reporting verb after the trigger opens a new clause (اجتماع …، قال الأمين العام …): the object stays before it. */
    private static int clauseEnd(WordView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.is(k, Cues.REPORT_VERBS)) return k;
            // أدانت الوزارة اقتحام المخيم، وطالبت المجتمع الدولي: a comma and a conjunction open the next clause, whose
            // object is not this event's (a conjunct noun after the comma comes after the first object anyway)
            if (Cues.COMMAS.contains(v.norm(k)) && v.norm(k + 1).startsWith("و") && v.norm(k + 1).length() > 3) return k;
        }
        return to;
    }

    /** The object: a person or group after the trigger, or a place named as a party (not after في). */
    private static MentionIndex.Ref objectAfter(List<MentionIndex.Ref> refs, int from, int to, MentionIndex.Ref actor, String plover,
                                                int attackedPlaceUntil) {
        int conjuncts = actor != null && actor.isAgent() ? actor.to() : -1;
        for (MentionIndex.Ref r : refs) {
            if (r.from() < from) continue;
            if (r.from() >= Math.min(to, from + 12)) break;
            if (actor != null && r.entity().id().equals(actor.entity().id())) continue;
            if (r.from() == conjuncts && r.joined() && r.prep().isEmpty()) {
                // دعا الحلف والاتحاد الأوروبي موسكو: a party joined to the subject by و shares it; the object follows
                conjuncts = r.to();
                continue;
            }
            if (r.isAgent() && !r.prep().equals("في")) return r;
            // هجوم ضد إدلب، ضربات جوية على سوريا: a place attacked, marked by ضد or على right after the noun or verb (up
            // to two words between), is the target of the attack
            if (r.from() <= attackedPlaceUntil && r.isPlace() && plover.equals("ASSAULT") && (r.prep().equals("ضد") || r.prep().equals("علي"))) {
                return r;
            }
            // a place is a party only as a state (روسيا، قطر), not a city where talks are held (جنيف، إدلب)
            if (r.isPlace() && !Cues.PLACE_PREPS.contains(r.prep()) && !r.prep().equals("ب")
                    && !RuleEventCoderTypes.PLACE_TYPES.contains(plover) && featureRank(r.entity().geo()) < 2) return r;
        }
        return null;
    }

    /** Victims described as soldiers of a nationality (جنديا سوريا) are that country's army, when it is named. */
    private static Entity armedVictim(WordView v, int end, int to, MentionIndex all) {
        for (int k = end; k < Math.min(to, end + 6) - 1; k++) {
            if (!v.is(k, Cues.ARMED)) continue;
            String root = nisbaRoot(v.norm(k + 1));
            if (root == null) continue;
            Entity forces = null;
            for (MentionIndex.Ref r : all.every()) {
                if (r.entity().type() == EntityType.LOC) continue;
                for (Mention m : r.entity().mentions()) {
                    String name = ArabicNormalizer.normalizeForMatching(m.text());
                    boolean army = name.contains("جيش");
                    if (!army && !name.contains("قوات")) continue;
                    for (String w : name.split(" ")) {
                        if (!w.startsWith("ال") || !root.equals(nisbaRoot(w))) continue;
                        if (army) return r.entity();
                        if (forces == null) forces = r.entity();
                    }
                }
            }
            if (forces != null) return forces;
        }
        return null;
    }

    /** سوريا/السوريين/السوري → "سوري"; null when the word is no nisba. */
    static String nisbaRoot(String w) {
        if (w.startsWith("ال")) w = w.substring(2);
        for (String suffix : new String[] {"ين", "ون", "ا", "ه"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.endsWith("ي") && w.length() >= 4 ? w : null;
    }

    /**
     * The place: a place after في/ب/قرب... in the sentence (the most specific: after خاصة/تحديدا, else the
     * smallest feature, else the first after the trigger); else a place in the sentence that is no party;
     * else the country of the actor's nationality (الجيش العراقي → العراق). Not the article's most named
     * place: the gold leaves an event's place empty when its text does not name one, and guessing it cost
     * more agreement than it gained.
     */
    static void fillPlace(RuleEventCoder.Draft d, WordView v, List<MentionIndex.Ref> refs, List<RuleEventCoder.Draft> sentence,
                          MentionIndex all, int from, int to, List<RuleEventCoder.Draft> earlier) {
        d.location = place(v, refs, d, sentence, all);
        // a place attacked or besieged (تعرضت محافظة إدلب لقصف) is also where it happened
        if (d.location == null && d.target != null && d.target.type() == EntityType.LOC
                && RuleEventCoderTypes.PLACE_TYPES.contains(d.sense.plover())) d.location = d.target;
        if (d.location == null && RuleEventCoderTypes.PLACE_TYPES.contains(d.sense.plover())) {
            d.location = lastPlaceOfParty(d, earlier);
            if (d.location == null) d.location = countryOfNisba(v, from, to, all);
        }
    }

    /** Where the same actor or target was last placed by an earlier physical event of the article. */
    private static Entity lastPlaceOfParty(RuleEventCoder.Draft d, List<RuleEventCoder.Draft> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            RuleEventCoder.Draft e = earlier.get(k);
            if (e.location == null || !RuleEventCoderTypes.PLACE_TYPES.contains(e.sense.plover())) continue;
            if (shares(d.actor, e) || shares(d.target, e)) return e.location;
        }
        return null;
    }

    private static boolean shares(Entity party, RuleEventCoder.Draft e) {
        return party != null && (e.actor != null && e.actor.id().equals(party.id()) || e.target != null && e.target.id().equals(party.id()));
    }

    /** A country named in the article whose nationality adjective the sentence uses (الجنود السوريون → سوريا). */
    private static Entity countryOfNisba(WordView v, int from, int to, MentionIndex all) {
        for (int k = from; k < to; k++) {
            String w = v.norm(k);
            if (!w.startsWith("ال") || MentionIndex.NISBA_EXCEPTIONS.contains(w)) continue;
            String root = nisbaRoot(w);
            if (root == null) continue;
            for (MentionIndex.Ref r : all.every()) {
                if (MentionIndex.isCountryOf(r.entity(), root)) return r.entity();
            }
        }
        return null;
    }

    private static Entity place(WordView v, List<MentionIndex.Ref> refs, RuleEventCoder.Draft d, List<RuleEventCoder.Draft> sentence,
                                MentionIndex all) {
        MentionIndex.Ref best = null;
        int bestScore = Integer.MIN_VALUE;
        for (MentionIndex.Ref r : refs) {
            if (!r.isPlace() || isParty(r, d) || sentence.stream().anyMatch(o -> isParty(r, o)) || locatesPlaceBefore(r, refs)) continue;
            boolean governed = Cues.PLACE_PREPS.contains(r.prep()) || r.prep().equals("ب") || governedFurther(v, r.from());
            int score = (governed ? 100 : 0) + featureRank(r.entity().geo()) * 10 + (v.is(r.from() - 1, Cues.SPECIFIC)
                    || v.is(r.from() - 2, Cues.SPECIFIC) || v.is(r.from() - 3, Cues.SPECIFIC) ? 30 : 0)
                    + (r.from() >= d.hit.end() ? 5 : 0) - (r.from() >= d.hit.end() ? 0 : 2);
            if (!governed && !r.prep().isEmpty()) score -= 50;
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        boolean physical = RuleEventCoderTypes.PLACE_TYPES.contains(d.sense.plover());
        // statements, accusations, requests… have a place only when the text says where (محادثات في جنيف)
        int need = physical ? 0 : d.sense.plover().equals("CONSULT") ? 100 : Integer.MAX_VALUE;
        if (best != null && bestScore >= need) return best.entity();
        if (!physical) return null;
        if (d.actor != null) {
            for (Mention m : d.actor.mentions()) {
                for (String w : ArabicNormalizer.normalizeForMatching(m.text()).split(" ")) {
                    if (MentionIndex.NISBA_EXCEPTIONS.contains(w)) continue;
                    for (MentionIndex.Ref r : all.every()) {
                        if (MentionIndex.isCountryOf(r.entity(), w)) return r.entity();
                    }
                }
            }
        }
        return null;
    }

    /**
     * A place after a direction right behind another place (مخيم جنين شمال الضفة الغربية، بلدة الخيام جنوب لبنان) only
     * says where that place lies; the event happened in the first.
     */
    private static boolean locatesPlaceBefore(MentionIndex.Ref r, List<MentionIndex.Ref> refs) {
        if (!Cues.DIRECTIONS.contains(r.prep())) return false;
        for (MentionIndex.Ref p : refs) {
            if (p.from() >= r.from()) break;
            if (p.to() == r.from() - 1 && p.isPlace() && !p.entity().id().equals(r.entity().id())) return true;
        }
        return false;
    }

    private static boolean governedFurther(WordView v, int from) {
        return v.norm(from - 2).equals("في") || v.norm(from - 2).equals("وفي");
    }

    private static boolean isParty(MentionIndex.Ref r, RuleEventCoder.Draft d) {
        return d.actor != null && d.actor.id().equals(r.entity().id()) || d.target != null && d.target.id().equals(r.entity().id());
    }

    /** Countries rank lowest, first-level divisions next, anything smaller (cities, camps, regions) highest. */
    private static int featureRank(Geo geo) {
        if (geo == null || geo.feature() == null) return 1;
        String f = geo.feature().toLowerCase(java.util.Locale.ROOT);
        if (f.startsWith("pcl") || f.equals("country")) return 0;
        if (f.startsWith("adm1") || f.equals("admin1")) return 1;
        return 2;
    }
}
