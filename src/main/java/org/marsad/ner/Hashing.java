package org.marsad.ner;

/** 64-bit hashing of feature strings without building them: FNV-1a over UTF-16 units, then a SplitMix64 finish. */
final class Hashing {
    private Hashing() {
    }

    static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    static long of(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h ^ (to - from));
    }

    /** The hash of {@code c} followed by s[from, to), as {@link #of} of that string, without building it. */
    static long ofPrefixed(char c, CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        h ^= c;
        h *= 0x100000001b3L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h ^ (to - from + 1));
    }

    /** A feature key: template id combined with one value hash. Never 0 (0 marks "no feature"). */
    static long feature(int template, long value) {
        long h = mix(value * 0x9E3779B97F4A7C15L + template);
        return h == 0 ? 1 : h;
    }

    static long feature(int template, long a, long b) {
        return feature(template, mix(a * 31 + b) ^ 0x5bd1e995L);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
