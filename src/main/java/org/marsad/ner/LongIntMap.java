package org.marsad.ner;

/**
 * Open-addressing map from non-zero long keys to int values (feature index, gazetteer masks, clusters).
 * Linear probing; each slot holds its key and value side by side in one {@code long[]}, so a hit reads a
 * single cache line (the tagger looks up ~50 keys per token in a table of several MB). Slot positions and
 * table order do not depend on the layout, so {@link #forEach} order (and files written from it) is stable.
 */
final class LongIntMap {
    private long[] table; // [2i] = key (0 = empty), [2i + 1] = value
    private int size;
    private int mask; // slots - 1

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[cap * 2];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** The value for key, or {@code missing}. */
    int get(long key, int missing) {
        long[] t = table;
        int m = mask;
        int i = (int) Hashing.mix(key) & m;
        while (true) {
            long k = t[2 * i];
            if (k == key) return (int) t[2 * i + 1];
            if (k == 0) return missing;
            i = (i + 1) & m;
        }
    }

    void put(long key, int value) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
        if ((size + 1) * 2 > mask + 1) grow();
        int i = (int) Hashing.mix(key) & mask;
        while (table[2 * i] != 0 && table[2 * i] != key) i = (i + 1) & mask;
        if (table[2 * i] == 0) size++;
        table[2 * i] = key;
        table[2 * i + 1] = value;
    }

    /** Returns the existing value for key or stores {@code value} and returns it. */
    int putIfAbsent(long key, int value) {
        int v = get(key, Integer.MIN_VALUE);
        if (v != Integer.MIN_VALUE) return v;
        put(key, value);
        return value;
    }

    /** Calls back each entry (order is the table order). */
    void forEach(Entry e) {
        for (int i = 0; i <= mask; i++) if (table[2 * i] != 0) e.accept(table[2 * i], (int) table[2 * i + 1]);
    }

    interface Entry {
        void accept(long key, int value);
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length / 2 - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) if (old[i] != 0) put(old[i], (int) old[i + 1]);
    }

    @Override
    public String toString() {
        return "LongIntMap[size=" + size + ", capacity=" + (mask + 1) + "]";
    }
}
