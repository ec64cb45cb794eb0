package org.marsad.time;

import java.util.List;
import org.marsad.model.Token;
import org.marsad.text.ArabicClitics;
import org.marsad.text.ArabicNormalizer;

/**
 * The tokens of a text with their normalized forms and, on demand, their clitic readings: the view the
 * date and event stages match their lexicons against. Built per call; not shared between threads.
 */
public final class WordView {
    private final String text;
    private final List<Token> tokens;
    private final String[] norm;
    private final FormCache.Form[] forms; // each Arabic token's cached form, once looked up
    private final Classes classes;

    /**
     * Word lists that a stage asks about for nearly every token. Registered lists are answered by one bit
     * test: each token's membership in all of them is computed once, from one look-up per reading.
     */
    public static final class Classes {
        private final java.util.IdentityHashMap<java.util.Set<String>, Integer> bits = new java.util.IdentityHashMap<>();
        private final java.util.Map<String, Long> words = new java.util.HashMap<>();
        private final FormCache forms = new FormCache();

        public Classes(List<java.util.Set<String>> lists) {
            if (lists.size() > 64) throw new IllegalArgumentException("at most 64 word lists");
            for (int b = 0; b < lists.size(); b++) {
                bits.put(lists.get(b), b);
                for (String w : lists.get(b)) words.merge(w, 1L << b, (x, y) -> x | y);
            }
        }
    }

    public WordView(String text, List<Token> tokens) {
        this(text, tokens, null);
    }

    public WordView(String text, List<Token> tokens, Classes classes) {
        this.text = text;
        this.classes = classes;
        this.tokens = tokens;
        this.norm = new String[tokens.size()];
        this.forms = new FormCache.Form[tokens.size()];
        for (int i = 0; i < norm.length; i++) {
            Token t = tokens.get(i);
            norm[i] = ArabicNormalizer.normalizeForMatching(text.subSequence(t.start(), t.end()));
        }
    }

    public int size() {
        return norm.length;
    }

    public String text() {
        return text;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The normalized token, or "" outside the text. */
    public String norm(int i) {
        return i >= 0 && i < norm.length ? norm[i] : "";
    }

    /** Candidate readings with conjunctions, prepositions, the article and pronoun suffixes set aside. */
    public List<String> readings(int i) {
        if (i < 0 || i >= norm.length) return List.of();
        return tokens.get(i).kind() == Token.Kind.ARABIC ? form(i).readings : List.of(norm[i]);
    }

    /**
     * Token i's readings and class mask (0 without classes), from the cache of word forms shared by every view
     * of the same classes (or by all views without classes).
     */
    private FormCache.Form form(int i) {
        FormCache.Form f = forms[i];
        if (f != null) return f;
        boolean marked = marked(i);
        FormCache cache = classes == null ? PLAIN_FORMS : classes.forms;
        f = cache.get(norm[i], marked);
        if (f == null) {
            List<String> r = List.copyOf(candidates(i));
            long m = 0;
            if (classes != null) {
                m = classes.words.getOrDefault(norm[i], 0L);
                for (String x : r) m |= classes.words.getOrDefault(x, 0L);
            }
            f = cache.put(new FormCache.Form(norm[i], marked, r, m));
        }
        forms[i] = f;
        return f;
    }

    private static final FormCache PLAIN_FORMS = new FormCache();

    /**
     * Clitic readings; a word written with a final teh marbuta (وزارة) keeps it: its normalized final heh is
     * no pronoun suffix (وزارة is not و + زار + ه).
     */
    private List<String> candidates(int i) {
        String w = norm[i];
        if (!marked(i)) return ArabicClitics.candidates(w);
        String marked = w.substring(0, w.length() - 1) + '\u0629';
        List<String> out = new java.util.ArrayList<>();
        for (String c : ArabicClitics.candidates(marked)) {
            if (c.endsWith("\u0629")) out.add(c.substring(0, c.length() - 1) + '\u0647');
        }
        return out;
    }

    /** Whether token i is written with a final teh marbuta that normalization turned into heh. */
    private boolean marked(int i) {
        Token t = tokens.get(i);
        return text.charAt(t.end() - 1) == '\u0629' && norm[i].endsWith("\u0647");
    }

    /** True when token i reads as one of the words (exactly or after clitics are set aside). */
    public boolean is(int i, java.util.Set<String> words) {
        if (i < 0 || i >= norm.length) return false;
        if (classes != null) {
            Integer bit = classes.bits.get(words);
            if (bit != null) return (mask(i) >>> bit & 1L) != 0;
        }
        if (words.contains(norm[i])) return true;
        for (String r : readings(i)) if (words.contains(r)) return true;
        return false;
    }

    private long mask(int i) {
        return tokens.get(i).kind() == Token.Kind.ARABIC ? form(i).mask : classes.words.getOrDefault(norm[i], 0L);
    }

    /**
     * Readings and class masks of recent word forms, shared by all threads: news repeats its words (Zipf), and
     * setting clitics aside allocates a list per token. Fixed-size buckets indexed by the form's hash; entries
     * are immutable records, so unsynchronized reads see a whole entry or another one, and {@code equals}
     * decides. Hand-written for the same reason as the tagger's word table: a bounded lock-free map is what
     * this path needs, and no dependency offers one.
     */
    static final class FormCache {
        static final int SIZE = 1 << 16, WAYS = 4;

        record Form(String norm, boolean marked, List<String> readings, long mask) {
        }

        private final Form[] slots = new Form[SIZE];
        private final int[] marks = new int[SIZE]; // each slot's hash bits (0 = free), compared before its entry is read

        Form get(String norm, boolean marked) {
            int h = hash(norm), b = bucket(h);
            Form[] t = slots;
            int[] m = marks;
            for (int k = b; k < b + WAYS; k++) {
                if (m[k] != h) continue;
                Form f = t[k];
                if (f != null && f.marked == marked && f.norm.equals(norm)) return f;
            }
            return null;
        }

        /**
         * Stores a form. A reader seeing the new mark with an older entry (or none) only misses: {@code equals}
         * decides, the marks spare it most entries that cannot match.
         */
        Form put(Form f) {
            int h = hash(f.norm), b = bucket(h);
            int k = b + ((h >>> 24) & (WAYS - 1)); // a full bucket: a victim picked by other hash bits
            for (int j = b; j < b + WAYS; j++) {
                if (marks[j] == 0) {
                    k = j;
                    break;
                }
            }
            slots[k] = f;
            marks[k] = h;
            return f;
        }

        private static int hash(String norm) {
            int h = norm.hashCode();
            return (h ^ h >>> 15) | 1;
        }

        private static int bucket(int h) {
            return (h & (SIZE - 1)) & -WAYS;
        }
    }

    public boolean isNumber(int i) {
        return i >= 0 && i < norm.length && tokens.get(i).kind() == Token.Kind.NUMBER;
    }

    /** Index of the first token starting at or after the offset. */
    public int indexAt(int offset) {
        int lo = 0, hi = norm.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
