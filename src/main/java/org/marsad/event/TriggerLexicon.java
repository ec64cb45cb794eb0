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

    private record Phrase(String[] words, Sense sense) {
    }

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
            if (form.startsWith("v:") && form.contains("_")) {
                String[] ws = form.substring(2).split("_");
                phrases.computeIfAbsent(ws[0], k -> new ArrayList<>()).add(new Phrase(ws, new Sense(head[0], head[1], acled, weak, true)));
                longestPhrase = Math.max(longestPhrase, ws.length);
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
            } else if (form.contains("_")) {
                String[] ws = form.split("_");
                phrases.computeIfAbsent(ws[0], k -> new ArrayList<>()).add(new Phrase(ws, new Sense(head[0], head[1], acled, weak, false)));
                longestPhrase = Math.max(longestPhrase, ws.length);
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
                boolean ok = true;
                for (int k = 1; k < p.words.length && ok; k++) ok = matches(v, i + k, p.words[k]);
                if (ok) best = p;
            }
        }
        return best == null ? null : new Hit(i, i + best.words.length, best.sense);
    }

    private static boolean matches(WordView v, int i, String w) {
        if (v.norm(i).equals(w)) return true;
        for (String r : v.readings(i)) if (r.equals(w)) return true;
        return false;
    }
}
