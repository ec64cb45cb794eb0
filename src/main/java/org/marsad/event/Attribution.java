package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.time.WordView;

/**
 * Who says so: the entity after وفق/بحسب/نقلا عن, or the subject of a reporting verb (قال، أكد، أعلن،
 * ذكر، أفاد ...) before or after it; a reporting verb without a subject continues the last speaker. A
 * sentence without a cue of its own takes the cue of the sentence before it. An unnamed source right after the
 * cue (مصادر طبية، شهود عيان) becomes an entity of its own; وفق ما أفادت به X makes X a source of وفق. The coder
 * reads the cues before an event, and after it those of وفق/بحسب (RuleEventCoder.withSources).
 */
final class Attribution {
    private Attribution() {
    }

    /**
     * A cue at a token with the entity it resolved to (null when none); {@code according} for وفق/بحسب/نقلا عن, whose
     * party vouches for what follows, against a reporting verb, whose subject is the one speaking.
     */
    record Cue(int at, Entity speaker, boolean explicit, boolean according) {
    }

    /** The cues of one sentence, and the last cue of the sentence before. */
    static final class Source {
        private final List<Cue> cues;
        private final Cue previous;
        private boolean usedPrevious;

        Source(List<Cue> cues, Cue previous) {
            this.cues = cues;
            this.previous = previous;
        }

        /** The speaker of the nearest cue before the token, else the previous sentence's speaker. */
        Entity entityBefore(int token) {
            Cue c = cueBefore(token);
            if (c == null) return null;
            if (c == previous) usedPrevious = true;
            return c.speaker();
        }

        /**
         * Whether the source {@link #entityBefore} gives for the token comes from وفق/بحسب/نقلا عن (in this sentence,
         * or carried from the one before), not from a reporting verb's subject.
         */
        boolean accordingBefore(int token) {
            Cue c = cueBefore(token);
            return c != null && c.according();
        }

        /** The party of the first وفق/بحسب/نقلا عن after the token in this sentence (… وفق ما أفادت به مصادر طبية), or null. */
        Entity accordingAfter(int token) {
            for (Cue c : cues) if (c.at() > token && c.according() && c.speaker() != null) return c.speaker();
            return null;
        }

        /** The last cue before the token with a speaker; with no cue before it, the previous sentence's; else null. */
        private Cue cueBefore(int token) {
            Cue found = null;
            boolean any = false;
            for (Cue c : cues) {
                if (c.at() >= token) break;
                any = true;
                if (c.speaker() != null) found = c;
            }
            if (found != null) return found;
            return !any && previous != null && previous.speaker() != null ? previous : null;
        }

        boolean fromPreviousSentence() {
            return usedPrevious;
        }

        /** The speaker of a reporting verb before the token whose subject is left unsaid (وأكد خلال اتصال ...). */
        Entity speakerBefore(int token) {
            for (Cue c : cues) {
                if (c.at() >= token) break;
                if (!c.explicit() && c.speaker() != null && token - c.at() <= 4) return c.speaker();
            }
            return null;
        }

        /** Remembers the speakers; the last cue carries to the next sentence only when its clause goes on there. */
        void commit(RuleEventCoder.Discourse discourse, boolean clauseContinues) {
            for (Cue c : cues) {
                if (c.explicit() && c.speaker() != null && !isUnnamedSource(c.speaker())) discourse.lastSpeaker = c.speaker();
            }
            Cue carried = null;
            for (Cue c : cues) if (c.speaker() != null) carried = c;
            discourse.lastCue = clauseContinues ? carried : null;
        }
    }

    static Source find(WordView v, List<MentionIndex.Ref> refs, int from, int to, RuleEventCoder.Discourse discourse) {
        List<Cue> cues = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (v.is(k, Cues.ACCORDING_TO)) {
                int start = v.norm(k).endsWith("نقلا") || v.norm(k + 1).equals("عن") || v.norm(k + 1).equals("ل") ? k + 1 : k;
                int end = clauseEnd(v, start + 1, Math.min(to, start + 5));
                MentionIndex.Ref r = after(refs, start + 1, end);
                Entity unnamed = r != null && (r.from() == start + 1 || outletOf(v, start + 1, r)) ? null
                        : unnamedSource(v, start + 1, to, discourse);
                Entity speaker = unnamed != null ? unnamed : r == null ? null : r.entity();
                cues.add(new Cue(k, speaker, speaker != null, true));
            } else if (v.is(k, Cues.REPORT_VERBS)) {
                MentionIndex.Ref r = after(refs, k + 1, clauseEnd(v, k + 1, Math.min(to, k + 4)));
                int at = v.norm(k + 1).equals("به") || v.norm(k + 1).equals("بها") ? k + 2 : k + 1; // وفق ما أفادت به مصادر
                Entity unnamed = r != null && (r.from() <= at || outletOf(v, at, r)) ? null : unnamedSource(v, at, to, discourse);
                // وفق ما أفادت به مصادر، بحسب ما ذكرت الوكالة: the verb names the source of وفق/بحسب
                boolean according = (v.norm(k - 1).equals("ما") || v.norm(k - 1).equals("لما"))
                        && (v.is(k - 2, Cues.ACCORDING_TO) || v.norm(k - 2).equals("ل") && v.is(k - 3, Cues.ACCORDING_TO));
                if (unnamed != null) {
                    cues.add(new Cue(k, unnamed, true, according));
                    continue;
                }
                if (r == null) r = before(refs, k, 2);
                Entity speaker = r != null ? r.entity() : discourse.lastSpeaker;
                cues.add(new Cue(k, speaker, r != null, according && r != null));
            }
        }
        return new Source(cues, discourse.lastCue);
    }

    /**
     * Heads of the sources a report cites without a name (مصادر محلية، مصدر أمني، شهود عيان، وسائل إعلام محلية، تقارير
     * إعلامية، مراسلنا), normalized, without the article. Hand-written: no recognizer tags them, and the list is closed;
     * they are a quarter of the sources the annotators wrote.
     */
    private static final Set<String> SOURCE_HEADS = Set.of("مصادر", "مصدر", "شهود", "شاهد", "تقارير", "تقرير", "مراسل",
            "مراسلنا", "مراسله", "مراسلو", "مراسلي", "وسائل");
    /** Words after such a head that describe it (مصادر مطلعة، شهود عيان), beside the adjectives ending in ي/ية. */
    private static final Set<String> SOURCE_WORDS = Set.of("عيان", "اعلام", "الاعلام", "مطلعه", "المطلعه",
            "مطلع", "المطلع", "مقربه", "مقرب", "خاصه", "متطابقه", "موثوقه", "حكوميه");
    /** Heads of a news outlet's name (وكالة، صحيفة، موقع، قناة، تلفزيون، إذاعة، شبكة، مجلة), normalized, without the article. */
    private static final Set<String> OUTLET_HEADS = Set.of("وكاله", "صحيفه", "موقع", "قناه", "تلفزيون", "اذاعه", "شبكه", "مجله");
    /** Words that end an outlet's name: what the report says next (عن، في، اليوم، أمس، a weekday…). */
    private static final Set<String> NAME_ENDS = Set.of("عن", "في", "علي", "الي", "من", "مع", "اليوم", "امس", "مساء", "صباح",
            "ليل", "فجر", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "نقلا", "ان", "انه", "بان");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»");
    private static final Set<String> NOT_DESCRIBING = Set.of("التي", "الذي", "الي", "علي", "في", "عن", "ان", "انه");

    /**
     * An unnamed source right at {@code at}: its head and up to three describing words, as an entity of the article
     * (one per wording, reused when the same words come again; {@code discourse} keeps them), or null.
     */
    private static Entity unnamedSource(WordView v, int at, int to, RuleEventCoder.Discourse discourse) {
        if (at >= to) return null;
        int end = at + 1;
        if (v.is(at, OUTLET_HEADS)) {
            // وكالة مهر للأنباء الإيرانية، صحيفة "الغارديان": an outlet the recognizer missed, up to four words of its name
            // its own name first (مهر، تاس، "سانا"), then only the article's words and adjectives (للأنباء الإيرانية)
            boolean quoted = false;
            for (int j = at + 1; j < Math.min(to, at + 6); j++) {
                String w = v.norm(j);
                if (QUOTES.contains(w)) {
                    quoted = !quoted;
                    if (!quoted) end = j + 1;
                    continue;
                }
                boolean named = quoted || j == at + 1 && !v.is(j, Cues.CLAUSE_BREAK);
                boolean describing = w.startsWith("ال") || w.startsWith("لل") || adjective(w);
                if (v.is(j, Cues.CLAUSE_BREAK) || v.is(j, Cues.THAT) || NAME_ENDS.contains(w) || !named && !describing) break;
                end = j + 1;
            }
        } else {
            if (!v.is(at, SOURCE_HEADS)) return null;
            if (v.norm(at).endsWith("وسائل") && !v.norm(at + 1).endsWith("اعلام")) return null; // وسائل: only وسائل الإعلام
            while (end < Math.min(to, at + 4)) {
                String w = v.norm(end);
                if (NOT_DESCRIBING.contains(w) || !(SOURCE_WORDS.contains(w) || adjective(w))) break;
                end++;
            }
        }
        int start = v.token(at).start() + conjunction(v, at), stop = v.token(end - 1).end();
        String text = v.text().substring(start, stop);
        Mention mention = new Mention(text, start, stop, Field.TEXT);
        for (int i = 0; i < discourse.sources.size(); i++) {
            Entity e = discourse.sources.get(i);
            if (e.name().equals(text)) {
                Entity more = e.withMentions(List.of(mention));
                discourse.sources.set(i, more);
                return more;
            }
        }
        Entity e = new Entity(SOURCE_PREFIX + (discourse.sources.size() + 1), EntityType.MISC, text, null,
                "source:unnamed", List.of(mention), null);
        discourse.sources.add(e);
        return e;
    }

    /**
     * A report, correspondent or outlet head before a name the recognizer found (تقرير لصحيفة واشنطن بوست، مراسل قناة
     * الجزيرة، وكالة رويترز): the named outlet is the source.
     */
    private static boolean outletOf(WordView v, int head, MentionIndex.Ref named) {
        String w = v.norm(head).replaceFirst("^[وفلب]?(ال)?", "");
        return (w.startsWith("تقرير") || w.startsWith("تقارير") || w.startsWith("مراسل") || v.is(head, OUTLET_HEADS))
                && named.from() <= head + 3;
    }

    /** A relative adjective (محلية، عسكري، الإيرانية): what most words describing a source are. */
    private static boolean adjective(String w) {
        return w.length() >= 4 && (w.endsWith("يه") || w.endsWith("ي"));
    }

    /** Ids of the unnamed sources: never a party of an event. */
    private static final String SOURCE_PREFIX = "src";

    /** True for an unnamed source made here. */
    private static boolean isUnnamedSource(Entity e) {
        return e != null && e.id().startsWith(SOURCE_PREFIX);
    }

    /** The length of a conjunction or preposition glued before the head (ومصادر، لمصادر، بشهود): not part of it. */
    private static int conjunction(WordView v, int i) {
        String w = v.norm(i);
        int p = 0;
        while (p < 2 && "وفلب".indexOf(w.charAt(p)) >= 0 && !isHead(w.substring(p))) p++;
        if (!isHead(w.substring(p))) p = 0;
        return v.token(i).end() - v.token(i).start() == w.length() ? p : 0;
    }

    private static boolean isHead(String w) {
        String bare = w.startsWith("ال") ? w.substring(2) : w;
        return SOURCE_HEADS.contains(w) || SOURCE_HEADS.contains(bare) || OUTLET_HEADS.contains(w) || OUTLET_HEADS.contains(bare);
    }

    /** The first token from {@code from} that opens a reported clause or a prepositional phrase, at most {@code max}. */
    private static int clauseEnd(WordView v, int from, int max) {
        int k = from;
        while (k < max && !v.is(k, Cues.THAT) && !Cues.TARGET_PREPS.contains(v.norm(k))) k++;
        return k;
    }

    private static MentionIndex.Ref after(List<MentionIndex.Ref> refs, int from, int until) {
        for (MentionIndex.Ref r : refs) {
            if (r.from() >= until) break;
            if (r.from() >= from && r.isAgent()) return r;
        }
        return null;
    }

    private static MentionIndex.Ref before(List<MentionIndex.Ref> refs, int k, int gap) {
        MentionIndex.Ref best = null;
        for (MentionIndex.Ref r : refs) {
            if (r.to() > k) break;
            if (k - r.to() <= gap && r.isAgent() && r.prep().isEmpty()) best = r;
        }
        return best;
    }
}
