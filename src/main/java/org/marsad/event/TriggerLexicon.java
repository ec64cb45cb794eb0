package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Token;
import org.marsad.time.WordView;

/**
 * The trigger words and phrases of {@code triggers.txt}, with verb inflections generated from a past and
 * a present stem, looked up on normalized tokens and their clitic readings. Immutable after loading.
 */
final class TriggerLexicon {
    /** One sense: PLOVER type and mode, an ACLED code or null, and whether it needs an entity argument. */
    record Sense(String plover, String mode, String acled, boolean weak, boolean verb) {
    }

    /** A trigger found in the text: tokens [start, end) and its sense. */
    record Hit(int start, int end, Sense sense) {
    }

    private final Map<String, Sense> words = new HashMap<>();
    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    private int longestPhrase = 1;

    /**
     * Words of a phrase; {@code gapBefore[k]} lets up to {@link #GAP} words (no punctuation) stand before word k, as the
     * subject does in VSO (أطلق الجيش الإسرائيلي النار). A phrase with a gap is a hit on its first word alone, so the
     * words between stay free to be its arguments.
     */
    private record Phrase(String[] words, boolean[] gapBefore, Sense sense) {
        Phrase(String form, Sense sense) {
            this(form.split("[_~]"), gaps(form), sense);
        }

        private static boolean[] gaps(String form) {
            String[] parts = form.split("(?=[_~])");
            boolean[] gap = new boolean[parts.length];
            for (int k = 1; k < parts.length; k++) gap[k] = parts[k].charAt(0) == '~';
            return gap;
        }

        boolean hasGap() {
            for (boolean g : gapBefore) if (g) return true;
            return false;
        }
    }

    /** Most words a gap in a phrase may hold. */
    static final int GAP = 4;

    static TriggerLexicon load() {
        TriggerLexicon lex = new TriggerLexicon();
        try (InputStream in = TriggerLexicon.class.getResourceAsStream("triggers.txt")) {
            if (in == null) throw new IllegalStateException("triggers.txt missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                lex.addLine(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lex;
    }

    private void addLine(String line) {
        int bar = line.indexOf('|');
        String[] head = line.substring(0, bar).trim().split("\\s+");
        String acled = head[2].equals("-") ? null : head[2];
        Acled.of(acled); // validates the code
        for (String form : line.substring(bar + 1).trim().split("\\s+")) {
            boolean weak = form.startsWith("*");
            if (weak) form = form.substring(1);
            if (form.startsWith("v:") && (form.contains("_") || form.contains("~"))) {
                Phrase p = new Phrase(form.substring(2), new Sense(head[0], head[1], acled, weak, true));
                phrases.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
                longestPhrase = Math.max(longestPhrase, p.words().length);
            } else if (form.startsWith("v:")) {
                Sense sense = new Sense(head[0], head[1], acled, weak, true);
                String[] stems = form.substring(2).split("/");
                List<String> forms = stems.length == 1 ? List.of(stems[0]) : verbForms(stems[0], stems[1]);
                for (String f : forms) {
                    words.putIfAbsent(f, sense);
                    // a conjunction on a short verb (وحث، فشن) is not set aside by the clitic rules
                    if (f.length() <= 3) {
                        words.putIfAbsent("و" + f, sense);
                        words.putIfAbsent("ف" + f, sense);
                    }
                }
            } else if (form.contains("_") || form.contains("~")) {
                Phrase p = new Phrase(form, new Sense(head[0], head[1], acled, weak, false));
                phrases.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
                longestPhrase = Math.max(longestPhrase, p.words().length);
            } else {
                Sense sense = new Sense(head[0], head[1], acled, weak, false);
                words.putIfAbsent(form, sense);
                // the indefinite accusative (هجوما، انتقادا، احتجاجا) of a noun ending in a consonant
                char last = form.charAt(form.length() - 1);
                if ("اهيءوى".indexOf(last) < 0 && !form.startsWith("ال")) words.putIfAbsent(form + "ا", sense);
            }
        }
    }

    /** Past (فعل فعلت فعلوا فعلا فعلتا فعلن فعلتم), present (يفعل تفعل نفعل افعل يفعلون يفعلان ...) forms. */
    static List<String> verbForms(String past, String present) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {"", "ت", "وا", "ا", "تا", "ن", "تم", "نا"}) out.add(past + s);
        for (String p : new String[] {"ي", "ت", "ن", "ا"}) {
            for (String s : new String[] {"", "ون", "ان", "ين", "وا", "ن"}) out.add(p + present + s);
        }
        return out;
    }

    /** Triggers in tokens [from, to), longest match first, without overlaps. */
    List<Hit> find(WordView v, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (v.token(i).kind() != Token.Kind.ARABIC) continue;
            Hit h = phraseAt(v, i, to);
            if (h == null) {
                Sense s = lookup(v, i);
                if (s != null) h = new Hit(i, i + 1, s);
            }
            if (h != null) {
                hits.add(h);
                i = h.end() - 1;
            }
        }
        return hits;
    }

    Sense lookup(WordView v, int i) {
        Sense s = words.get(v.norm(i));
        if (s != null) return s;
        boolean definite = false;
        for (String r : v.readings(i)) {
            if (r.startsWith("ال")) definite = true;
            else if (definite && words.containsKey(r) && words.get(r).verb()) continue; // السجن is no verb سجن

            s = words.get(r);
            if (s == null && !r.isEmpty() && (r.charAt(r.length() - 1) == 'ئ' || r.charAt(r.length() - 1) == 'ؤ')) {
                s = words.get(r.substring(0, r.length() - 1) + "ء"); // استيلائه → استيلاء
            }
            if (s != null) return s;
        }
        return null;
    }

    /**
     * The verb trigger at token i is read with the future prefix set aside (سيزور، ستفرض، وسيلتقي): the word less its
     * conjunction is no form of its own (سيطر is), and the rest after سـ is a present form of a verb sense.
     */
    boolean futureVerb(WordView v, int i) {
        String w = v.norm(i);
        if (words.containsKey(w)) return false;
        if (w.length() > 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && !words.containsKey(w.substring(1))) w = w.substring(1);
        if (w.length() < 4 || w.charAt(0) != 'س' || "يتن".indexOf(w.charAt(1)) < 0 || words.containsKey(w)) return false;
        Sense s = words.get(w.substring(1));
        return s != null && s.verb();
    }

    /**
     * The one-word noun trigger at token i carries a pronoun suffix (اعتقاله، زيارتها، طردهم): the form it matched
     * is a reading with its end cut off, not the word or the word with only its prefixes set aside.
     */
    boolean possessive(WordView v, int i) {
        String w = v.norm(i);
        if (words.containsKey(w)) return false;
        for (String r : v.readings(i)) {
            if (!words.containsKey(r) || words.get(r).verb()) continue;
            return !w.endsWith(r);
        }
        return false;
    }

    private Hit phraseAt(WordView v, int i, int to) {
        Phrase best = null;
        for (String r : v.readings(i)) {
            List<Phrase> ps = phrases.get(r);
            if (ps == null) continue;
            for (Phrase p : ps) {
                if (i + p.words.length > to || best != null && best.words.length >= p.words.length) continue;
                if (p.hasGap() ? matchesWithGaps(v, i, to, p) : contiguous(v, i, p)) best = p;
            }
        }
        if (best == null) return null;
        return new Hit(i, best.hasGap() ? i + 1 : i + best.words.length, best.sense);
    }

    private static boolean contiguous(WordView v, int i, Phrase p) {
        for (int k = 1; k < p.words.length; k++) if (!matches(v, i + k, p.words[k])) return false;
        return true;
    }

    private static boolean matchesWithGaps(WordView v, int i, int to, Phrase p) {
        int at = i;
        for (int k = 1; k < p.words.length; k++) {
            int limit = p.gapBefore[k] ? GAP + 1 : 1;
            int found = -1;
            for (int j = at + 1; j <= at + limit && j < to; j++) {
                if (matches(v, j, p.words[k])) {
                    found = j;
                    break;
                }
                if (v.token(j).kind() != Token.Kind.ARABIC) break; // a comma or a quote ends the clause
            }
            if (found < 0) return false;
            at = found;
        }
        return true;
    }

    private static boolean matches(WordView v, int i, String w) {
        if (v.norm(i).equals(w)) return true;
        for (String r : v.readings(i)) if (r.equals(w)) return true;
        return false;
    }
}
