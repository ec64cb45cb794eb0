package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Entity;
import org.marsad.time.WordView;

/**
 * Who says so: the entity after وفق/بحسب/نقلا عن, or the subject of a reporting verb (قال، أكد، أعلن،
 * ذكر، أفاد ...) before or after it; a reporting verb without a subject continues the last speaker. A
 * sentence without a cue of its own takes the cue of the sentence before it.
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
            Entity found = null;
            boolean any = false;
            for (Cue c : cues) {
                if (c.at() >= token) break;
                any = true;
                if (c.speaker() != null) found = c.speaker();
            }
            if (found != null) return found;
            if (!any && previous != null && previous.speaker() != null) {
                usedPrevious = true;
                return previous.speaker();
            }
            return null;
        }

        /**
         * Whether the source {@link #entityBefore} gives for the token comes from وفق/بحسب/نقلا عن (in this sentence,
         * or carried from the one before), not from a reporting verb's subject.
         */
        boolean accordingBefore(int token) {
            Cue found = null;
            boolean any = false;
            for (Cue c : cues) {
                if (c.at() >= token) break;
                any = true;
                if (c.speaker() != null) found = c;
            }
            if (found == null && !any) found = previous;
            return found != null && found.speaker() != null && found.according();
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
                if (c.explicit() && c.speaker() != null) discourse.lastSpeaker = c.speaker();
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
                MentionIndex.Ref r = after(refs, start + 1, clauseEnd(v, start + 1, Math.min(to, start + 5)));
                cues.add(new Cue(k, r == null ? null : r.entity(), r != null, true));
            } else if (v.is(k, Cues.REPORT_VERBS)) {
                MentionIndex.Ref r = after(refs, k + 1, clauseEnd(v, k + 1, Math.min(to, k + 4)));
                if (r == null) r = before(refs, k, 2);
                Entity speaker = r != null ? r.entity() : discourse.lastSpeaker;
                cues.add(new Cue(k, speaker, r != null, false));
            }
        }
        return new Source(cues, discourse.lastCue);
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
