package org.marsad.event;

import java.util.List;
import org.marsad.model.TimeExpression;
import org.marsad.time.ArabicNumberWords;
import org.marsad.time.WordView;

/**
 * Killed, injured and arrested counts in a sentence (digits, number words, ACLED's figures for vague
 * quantities), each told apart by the word before or after the count (مقتل 12 / 12 قتيلا / إصابة 5 /
 * 5 جرحى), and given to the sentence's assault or arrest events.
 */
final class Casualties {
    private Casualties() {
    }

    /** The killed, injured and arrested counts a sentence gives (null: none). */
    record Counts(Integer killed, Integer injured, Integer arrested) {
    }

    static void attach(WordView v, int from, int to, List<RuleEventCoder.Draft> drafts, List<TimeExpression> dates,
                       TriggerLexicon lexicon) {
        if (drafts.isEmpty()) return;
        Counts counts = count(v, from, to, dates, lexicon);
        Integer killed = counts.killed(), injured = counts.injured(), arrested = counts.arrested();
        for (RuleEventCoder.Draft d : drafts) {
            if (killed == null && d.sense.mode().equals("kill") && oneVictim(v, d)) d.fatalities = 1;
            String type = d.sense.plover();
            if (type.equals("ASSAULT")) {
                if (killed != null && d.fatalities == null) d.fatalities = killed;
                if (injured != null && d.injured == null) d.injured = injured;
            } else if (type.equals("COERCE") && d.sense.mode().equals("arrest") && arrested != null) {
                d.arrested = arrested;
            }
        }
    }

    /** The first killed, injured and arrested counts of the sentence's tokens from..to (dates left out). */
    static Counts count(WordView v, int from, int to, List<TimeExpression> dates, TriggerLexicon lexicon) {
        Integer killed = null, injured = null, arrested = null;
        for (int i = from; i < to; i++) {
            if (inDate(v, i, dates)) continue;
            ArabicNumberWords.Count c = ArabicNumberWords.read(v, i);
            if (c == null) {
                if (killed == null && isKill(v, i, lexicon)) killed = impliedCount(v, i + 1);
                else if (killed == null && isElimination(v, i)) killed = impliedCount(v, i + 2);
                continue;
            }
            int after = c.end();
            if (v.is(after, Cues.NOT_PEOPLE) || v.norm(after).equals("%")) {
                i = c.end() - 1;
                continue;
            }
            String kind = kindAround(v, c.start(), after, lexicon);
            if (kind != null) {
                switch (kind) {
                    case "killed" -> killed = killed == null ? c.value() : killed;
                    case "injured" -> injured = injured == null ? c.value() : injured;
                    default -> arrested = arrested == null ? c.value() : arrested;
                }
            }
            i = c.end() - 1;
        }
        return new Counts(killed, injured, arrested);
    }

    /** A killing of one named person (اغتيال فلان، قتله) or told in the singular (لقي مصرعه). */
    private static boolean oneVictim(WordView v, RuleEventCoder.Draft d) {
        if (d.target != null && d.target.type() == org.marsad.model.EntityType.PER) return true;
        String last = v.norm(d.hit.end() - 1);
        return last.endsWith("حتفه") || last.endsWith("مصرعه") || last.endsWith("حتفها") || last.endsWith("مصرعها");
    }

    private static boolean inDate(WordView v, int i, List<TimeExpression> dates) {
        int at = v.token(i).start();
        for (TimeExpression t : dates) if (at >= t.start() && at < t.end()) return true;
        return false;
    }

    private static boolean isKill(WordView v, int i, TriggerLexicon lexicon) {
        TriggerLexicon.Sense s = lexicon.lookup(v, i);
        return s != null && s.mode().equals("kill");
    }

    /**
     * القضاء على (eliminating) counts its people as killed, like a killing (القضاء على 3 إرهابيين، القضاء على عنصرين
     * إرهابيين): the security communiqués of the Maghreb report their kills so; القضاء على الفساد has no count.
     */
    private static boolean isElimination(WordView v, int i) {
        String w = v.norm(i);
        return (w.endsWith("القضاء") || w.equals("للقضاء")) && v.norm(i + 1).equals("علي");
    }

    /** "مقتل جندي" counts one, "مقتل شخصين" two; anything else no count. */
    private static Integer impliedCount(WordView v, int i) {
        if (Cues.HUMAN_SINGULAR.contains(v.norm(i))) return 1;
        if (Cues.HUMAN_DUAL.contains(v.norm(i))) return 2;
        return null;
    }

    private static String kindAround(WordView v, int start, int after, TriggerLexicon lexicon) {
        for (int k = after, end = after + 3; k < end; k++) {
            // 25 مدنيا على الأقل قتلوا: "at least" between the count and its word
            if (v.norm(k).equals("علي") && v.norm(k + 1).equals("الاقل")) {
                k++;
                end += 2;
                continue;
            }
            if (v.is(k, Cues.KILLED_AFTER)) return "killed";
            if (v.is(k, Cues.INJURED_AFTER)) return "injured";
            if (v.is(k, Cues.ARRESTED_AFTER)) return "arrested";
        }
        for (int k = start - 1; k >= start - 2; k--) {
            if (v.is(k, Cues.INJURED_BEFORE)) return "injured";
            TriggerLexicon.Sense s = lexicon.lookup(v, k);
            if (s != null && s.mode().equals("kill") || k == start - 2 && isElimination(v, k)) return "killed";
            if (s != null && s.mode().equals("arrest")) return "arrested";
        }
        return null;
    }
}
