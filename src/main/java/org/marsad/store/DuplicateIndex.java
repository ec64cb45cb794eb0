package org.marsad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory look-up of the stored documents' fingerprints, rebuilt from the database on open: SimHash
 * blocks find near-identical copies (Hamming distance ≤ 3: by the pigeonhole principle two such hashes
 * agree on at least one of four 16-bit blocks), MinHash LSH bands find rewritten reports of one story.
 * Used by the single writer only.
 */
final class DuplicateIndex {
    static final int MAX_HAMMING = 3;
    /** Estimated Jaccard similarity of word-pair shingles from which two reports tell the same story. */
    static final double STORY_JACCARD = 0.3;
    /** Reports further apart than this (when both dates are known) are not grouped into one story. */
    static final int STORY_DAYS = 3;
    /** Texts with fewer shingles than this only join stories as near-identical copies. */
    static final int MIN_SHINGLES = 8;

    private record Doc(String id, long simHash, int[] minHash, String storyId, Long day) {
    }

    /** Where a new document belongs: its story, and the document it nearly duplicates (or null). */
    record Placement(String storyId, String duplicateOf, boolean newStory) {
    }

    private final List<Doc> docs = new ArrayList<>();
    private final Map<Long, List<Integer>> simBlocks = new HashMap<>();
    private final Map<Long, List<Integer>> bands = new HashMap<>();

    int size() {
        return docs.size();
    }

    /** Adds a stored document (on load, or after placing it). */
    void add(String id, long simHash, int[] minHash, String storyId, Long day) {
        int idx = docs.size();
        docs.add(new Doc(id, simHash, minHash, storyId, day));
        for (int b = 0; b < 4; b++) simBlocks.computeIfAbsent(simKey(simHash, b), k -> new ArrayList<>(1)).add(idx);
        if (minHash != null) {
            for (int b = 0; b < Fingerprints.BANDS; b++) {
                bands.computeIfAbsent(Fingerprints.band(minHash, b), k -> new ArrayList<>(1)).add(idx);
            }
        }
    }

    /**
     * Places a new document: with its nearest near-identical copy when there is one, else with the most
     * similar report of a story, else in a new story named after itself.
     */
    Placement place(String id, long simHash, int[] minHash, Long day) {
        int bestDup = -1;
        int bestDist = MAX_HAMMING + 1;
        for (int b = 0; b < 4; b++) {
            for (int idx : simBlocks.getOrDefault(simKey(simHash, b), List.of())) {
                int d = Fingerprints.hamming(simHash, docs.get(idx).simHash());
                if (d < bestDist) {
                    bestDist = d;
                    bestDup = idx;
                }
            }
        }
        if (bestDup >= 0) return new Placement(docs.get(bestDup).storyId(), docs.get(bestDup).id(), false);
        if (minHash != null) {
            int best = -1;
            double bestSim = STORY_JACCARD;
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int b = 0; b < Fingerprints.BANDS; b++) {
                for (int idx : bands.getOrDefault(Fingerprints.band(minHash, b), List.of())) {
                    if (!seen.add(idx)) continue;
                    Doc other = docs.get(idx);
                    if (other.minHash() == null || !closeInTime(day, other.day())) continue;
                    double sim = Fingerprints.jaccard(minHash, other.minHash());
                    if (sim >= bestSim) {
                        bestSim = sim;
                        best = idx;
                    }
                }
            }
            if (best >= 0) return new Placement(docs.get(best).storyId(), null, false);
        }
        return new Placement(id, null, true);
    }

    private static boolean closeInTime(Long a, Long b) {
        return a == null || b == null || Math.abs(a - b) <= STORY_DAYS;
    }

    private static long simKey(long simHash, int block) {
        return ((long) block << 16) | ((simHash >>> (16 * block)) & 0xFFFFL);
    }
}
