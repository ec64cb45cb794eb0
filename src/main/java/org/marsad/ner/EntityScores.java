package org.marsad.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entity-level exact-match scoring in the conlleval convention: a predicted entity counts only when its
 * type, start and end all equal a gold entity; chunks are read from IOB tags the way conlleval reads them
 * (an I- tag after O or after another type starts a new chunk).
 */
public final class EntityScores {
    private final Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {gold, predicted, correct}
    private int tokens;
    private int tokensCorrect;

    public EntityScores() {
        for (String t : Labels.TYPES) counts.put(t, new int[3]);
    }

    /** A typed chunk [start, end) of token indexes. */
    record Chunk(String type, int start, int end) {
    }

    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) throw new IllegalArgumentException("length mismatch");
        tokens += gold.size();
        for (int i = 0; i < gold.size(); i++) if (gold.get(i).equals(predicted.get(i))) tokensCorrect++;
        List<Chunk> g = chunks(gold);
        List<Chunk> p = chunks(predicted);
        for (Chunk c : g) counts.computeIfAbsent(c.type(), k -> new int[3])[0]++;
        for (Chunk c : p) counts.computeIfAbsent(c.type(), k -> new int[3])[1]++;
        java.util.Set<Chunk> gs = new java.util.HashSet<>(g);
        for (Chunk c : p) if (gs.contains(c)) counts.get(c.type())[2]++;
    }

    static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String t = prefix.equals("O") ? null : tag.substring(2);
            boolean continues = type != null && prefix.equals("I") && t.equals(type);
            if (!continues) {
                if (type != null) out.add(new Chunk(type, start, i));
                type = t;
                start = i;
            }
        }
        return out;
    }

    /** Precision, recall and F1 in percent, with the counts. */
    public record Prf(String type, int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : 100.0 * correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : 100.0 * correct / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public List<Prf> perType() {
        List<Prf> out = new ArrayList<>();
        counts.forEach((t, c) -> out.add(new Prf(t, c[0], c[1], c[2])));
        return out;
    }

    public Prf micro() {
        int g = 0, p = 0, c = 0;
        for (int[] v : counts.values()) {
            g += v[0];
            p += v[1];
            c += v[2];
        }
        return new Prf("micro", g, p, c);
    }

    public int tokens() {
        return tokens;
    }

    public double tokenAccuracy() {
        return tokens == 0 ? 0 : 100.0 * tokensCorrect / tokens;
    }
}
