package org.marsad.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's metric, as its SOURCE.md describes it: tokens are runs of word
 * characters (Python's Unicode {@code \w}: letters, numbers, underscore); each body becomes a multiset of
 * 4-token shingles (a text shorter than 4 tokens is one shingle); tp/fp/fn are multiset overlaps,
 * normalised by their sum so that every page weighs the same; precision is averaged over pages with
 * tp+fp>0 and recall over pages with tp+fn>0 (both 1 when fp = fn = 0), and F1 is taken of the averages.
 */
final class ShingleScore {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    /** Normalised tp, fp, fn of one page. */
    record Counts(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Precision, recall and F1 over a set of pages. */
    record Result(double precision, double recall, double f1) {
    }

    private ShingleScore() {
    }

    static Counts page(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        for (var e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (var e : p.entrySet()) fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        double s = tp + fp + fn;
        return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(0, 0, 0);
    }

    static Result overall(List<Counts> pages) {
        double ps = 0, rs = 0;
        int pn = 0, rn = 0;
        for (Counts c : pages) {
            if (c.tp() + c.fp() > 0) {
                ps += c.precision();
                pn++;
            }
            if (c.tp() + c.fn() > 0) {
                rs += c.recall();
                rn++;
            }
        }
        double p = pn == 0 ? 0 : ps / pn, r = rn == 0 ? 0 : rs / rn;
        return new Result(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) tokens.add(m.group());
        Map<List<String>, Integer> out = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) out.merge(List.copyOf(shingle), 1, Integer::sum);
        }
        return out;
    }
}
