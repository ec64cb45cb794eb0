package org.marsad.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalized multi-word names to their entries, with the longest name length per first word so that a
 * longest-match scan tries only lengths that exist. Built once; read-only afterwards (thread-safe).
 */
final class NameIndex {
    private final Map<String, List<Alias>> byKey = new HashMap<>();
    private final Map<String, Integer> maxWordsByFirst = new HashMap<>();

    void add(String name, Alias alias) {
        List<String> words = NameKeys.words(name);
        if (words.isEmpty()) return;
        String key = String.join(" ", words);
        List<Alias> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Alias a : list) if (a.entry() == alias.entry()) return;
        list.add(alias);
        maxWordsByFirst.merge(words.get(0), words.size(), Math::max);
    }

    /** Longest name (in words) starting with this normalized word, or 0. */
    int maxWords(String firstWord) {
        Integer n = maxWordsByFirst.get(firstWord);
        return n == null ? 0 : n;
    }

    List<Alias> get(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    int size() {
        return byKey.size();
    }
}
