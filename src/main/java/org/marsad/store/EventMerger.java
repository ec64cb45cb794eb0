package org.marsad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the merged event a new report belongs to: same PLOVER type, same actor and same location (store
 * entity ids: the knowledge-base id when linked, else type and normalized name), dates at most a day
 * apart. Reports with neither actor nor location are never merged (too little to tell events apart).
 * In memory, rebuilt from the database on open; used by the single writer.
 */
final class EventMerger {
    static final int MAX_DAYS = 1;

    private record Known(String mergedId, long day) {
    }

    private final Map<String, List<Known>> byKey = new HashMap<>();

    static String key(String plover, String actorId, String locationId) {
        if (actorId == null && locationId == null) return null;
        return plover.toUpperCase(java.util.Locale.ROOT) + "|" + (actorId == null ? "" : actorId) + "|" + (locationId == null ? "" : locationId);
    }

    /** The merged event for this key within a day, or null. */
    String find(String key, long day) {
        if (key == null) return null;
        String best = null;
        long bestGap = MAX_DAYS + 1;
        for (Known k : byKey.getOrDefault(key, List.of())) {
            long gap = Math.abs(k.day() - day);
            if (gap < bestGap) {
                bestGap = gap;
                best = k.mergedId();
            }
        }
        return best;
    }

    void add(String key, String mergedId, long day) {
        if (key != null) byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Known(mergedId, day));
    }
}
