package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    private static long sim(String text) {
        return Fingerprints.simHash(Fingerprints.shingles(Fingerprints.wordHashes(text), 1));
    }

    private static int[] minHash(String text) {
        return Fingerprints.minHash(Fingerprints.shingles(Fingerprints.wordHashes(text), 2));
    }

    /** The words {@link Fingerprints#wordHashes} hashes, as strings: runs of letters and digits of the normalized text. */
    private static List<String> words(String text) {
        String norm = org.marsad.text.ArabicNormalizer.normalizeForMatching(text).toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= norm.length(); i++) {
            boolean word = i < norm.length() && Character.isLetterOrDigit(norm.charAt(i));
            if (word && start < 0) start = i;
            else if (!word && start >= 0) {
                out.add(norm.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    @Test
    void copiesAreNearAndRewritesAreSimilarButNotCopies() throws Exception {
        String original = Fixtures.article("mosul-arrests.txt");
        String copy = Fixtures.article("mosul-arrests-copy.txt");
        String rewrite = Fixtures.article("mosul-arrests-rewrite.txt");
        String other = Fixtures.article("gaza-talks.txt");
        assertThat(Fingerprints.hamming(sim(original), sim(original))).isZero();
        assertThat(Fingerprints.hamming(sim(original), sim(copy))).isLessThanOrEqualTo(DuplicateIndex.MAX_HAMMING);
        assertThat(Fingerprints.hamming(sim(original), sim(rewrite))).isGreaterThan(DuplicateIndex.MAX_HAMMING);
        assertThat(Fingerprints.jaccard(minHash(original), minHash(rewrite))).isGreaterThanOrEqualTo(DuplicateIndex.STORY_JACCARD);
        assertThat(Fingerprints.jaccard(minHash(original), minHash(other))).isLessThan(DuplicateIndex.STORY_JACCARD);
        // diacritics, tatweel and alef forms do not change the fingerprint
        assertThat(sim("أعلنَت القيادة اعتقالَ خمسة")).isEqualTo(sim("اعلنت القيــادة اعتقال خمسة"));
    }

    @Test
    void wordHashesAreTheHashesOfTheWords() throws Exception {
        for (String text : List.of(Fixtures.article("mosul-arrests.txt"), Fixtures.article("gaza-talks.txt"),
                "", "  ", "Reuters: 12 KILLED في الموصلِ، اليوم!", "كلمة")) {
            long[] expected = words(text).stream().mapToLong(Fingerprints::hash).toArray();
            assertThat(Fingerprints.wordHashes(text)).containsExactly(expected);
        }
    }

    @Test
    void shinglesAreDistinct() {
        long[] words = {1, 2, 1, 2, 1, 2};
        assertThat(Fingerprints.shingles(words, 1)).hasSize(2).doesNotHaveDuplicates();
        assertThat(Fingerprints.shingles(words, 2)).hasSize(2).doesNotHaveDuplicates();
        assertThat(Fingerprints.shingles(new long[] {7}, 2)).hasSize(1);
        assertThat(Fingerprints.shingles(new long[0], 2)).isEmpty();
    }

    @Test
    void signaturesSurviveStorage() {
        int[] sig = minHash("قال المتحدث إن القوة نفذت العملية بناء على معلومات استخبارية دقيقة");
        assertThat(Fingerprints.decode(Fingerprints.encode(sig))).containsExactly(sig);
    }

    /** The MinHash estimate tracks the true Jaccard similarity of random shingle sets (fixed seeds). */
    @RepeatedTest(20)
    void minHashEstimatesJaccard(RepetitionInfo info) {
        Random random = new Random(1000 + info.getCurrentRepetition());
        int shared = random.nextInt(200), onlyA = random.nextInt(200), onlyB = random.nextInt(200);
        List<Long> a = new ArrayList<>(), b = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        for (int i = 0; i < shared + onlyA + onlyB; i++) {
            long v;
            do {
                v = random.nextLong();
            } while (!used.add(v));
            if (i < shared) {
                a.add(v);
                b.add(v);
            } else if (i < shared + onlyA) {
                a.add(v);
            } else {
                b.add(v);
            }
        }
        double truth = shared / (double) Math.max(1, shared + onlyA + onlyB);
        double estimate = Fingerprints.jaccard(Fingerprints.minHash(a.stream().mapToLong(Long::longValue).toArray()),
                Fingerprints.minHash(b.stream().mapToLong(Long::longValue).toArray()));
        // 64 hashes: standard error at most 0.0625; allow about three of it
        assertThat(estimate).isCloseTo(truth, within(0.2));
    }
}
