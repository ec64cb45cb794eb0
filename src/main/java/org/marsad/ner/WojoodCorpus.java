package org.marsad.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Wojood sample (nested, 21 types; {@code token tag [tag ...]}, one tag per nesting level) as
 * ANERcorp-style flat BIO sentences, to add to the training data:
 * <ul>
 *   <li>PERS to PERS; ORG to ORG, except a one-word ORG that Wojood elsewhere tags as a GPE (روسيا acting
 *   as a state), which ANERcorp tags LOC; GPE and LOC to LOC; CURR to MISC (ANERcorp tags currencies
 *   MISC: دولار, يورو); NORP, OCC, dates, numbers and the like to O (ANERcorp leaves nationality
 *   adjectives and titles untagged).</li>
 *   <li>Where spans nest, the outermost kept span wins (سكرتير [اللجنة القومية العربية] في [نابلس]: the
 *   OCC span is dropped, the ORG and GPE inside are kept).</li>
 *   <li>Types whose ANERcorp reading is unclear (FAC, EVENT, LAW, PRODUCT, LANGUAGE, WEBSITE: sometimes
 *   LOC, MISC, ORG or O there) make the sentence left out when they are not inside a kept span, so no
 *   sentence teaches a wrong O.</li>
 *   <li>The paragraph mark {@code $#$} is dropped.</li>
 * </ul>
 */
final class WojoodCorpus {
    private static final Map<String, String> KEPT = Map.of("PERS", "PERS", "ORG", "ORG", "GPE", "LOC", "LOC", "LOC", "CURR", "MISC");
    private static final Set<String> UNCLEAR = Set.of("FAC", "EVENT", "LAW", "PRODUCT", "LANGUAGE", "WEBSITE");

    private WojoodCorpus() {
    }

    private record Span(int from, int to, String type) {
    }

    /** Mapped sentences of the given Wojood files, in order. */
    static List<ConllCorpus.Sentence> read(List<Path> files) throws IOException {
        List<List<String[]>> raw = new ArrayList<>();
        for (Path f : files) {
            List<String[]> cur = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty()) {
                    if (!cur.isEmpty()) raw.add(cur);
                    cur = new ArrayList<>();
                } else if (!t.startsWith("$#$")) {
                    cur.add(t.split("\\s+"));
                }
            }
            if (!cur.isEmpty()) raw.add(cur);
        }
        Set<String> states = new HashSet<>(); // one-word GPE surfaces
        List<List<Span>> spans = new ArrayList<>();
        for (List<String[]> s : raw) {
            List<Span> sp = spans(s);
            spans.add(sp);
            for (Span x : sp) if (x.type.equals("GPE") && x.to - x.from == 1) states.add(s.get(x.from)[0]);
        }
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            List<String[]> s = raw.get(k);
            List<Span> sp = new ArrayList<>(spans.get(k));
            sp.sort((a, b) -> a.to - a.from != b.to - b.from ? (b.to - b.from) - (a.to - a.from) : a.from - b.from);
            String[] tags = new String[s.size()];
            Arrays.fill(tags, "O");
            boolean[] covered = new boolean[s.size()];
            for (Span x : sp) {
                if (!KEPT.containsKey(x.type)) continue;
                boolean free = true;
                for (int i = x.from; i < x.to; i++) free &= !covered[i];
                if (!free) continue;
                String type = KEPT.get(x.type);
                if (x.type.equals("ORG") && x.to - x.from == 1 && states.contains(s.get(x.from)[0])) type = "LOC";
                for (int i = x.from; i < x.to; i++) {
                    covered[i] = true;
                    tags[i] = (i == x.from ? "B-" : "I-") + type;
                }
            }
            boolean unclear = false;
            for (Span x : sp) {
                if (!UNCLEAR.contains(x.type)) continue;
                boolean inside = true;
                for (int i = x.from; i < x.to; i++) inside &= covered[i];
                unclear |= !inside;
            }
            if (unclear) continue;
            List<String> tokens = new ArrayList<>();
            for (String[] t : s) tokens.add(t[0]);
            out.add(new ConllCorpus.Sentence(tokens, List.of(tags)));
        }
        return out;
    }

    /** The spans of every level: a B-X opens a span of type X, I-X continues the open one. */
    private static List<Span> spans(List<String[]> s) {
        List<Span> out = new ArrayList<>();
        Map<String, Integer> open = new HashMap<>();
        for (int i = 0; i <= s.size(); i++) {
            Set<String> here = new HashSet<>();
            if (i < s.size()) {
                String[] cols = s.get(i);
                for (int c = 1; c < cols.length; c++) {
                    String tag = cols[c];
                    if (tag.length() < 3 || tag.charAt(1) != '-') continue;
                    String type = tag.substring(2);
                    if (tag.charAt(0) == 'B' || !open.containsKey(type)) {
                        Integer from = open.remove(type);
                        if (from != null) out.add(new Span(from, i, type));
                        open.put(type, i);
                    }
                    here.add(type);
                }
            }
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!here.contains(e.getKey())) {
                    out.add(new Span(e.getValue(), i, e.getKey()));
                    it.remove();
                }
            }
        }
        return out;
    }
}
