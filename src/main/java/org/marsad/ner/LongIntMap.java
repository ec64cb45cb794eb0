package org.marsad.ner;

/** Open-addressing map from non-zero long keys to int values (feature index, gazetteer masks, clusters). */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** The value for key, or {@code missing}. */
    int get(long key, int missing) {
        int i = (int) Hashing.mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return missing;
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
        if ((size + 1) * 2 > keys.length) grow();
        int i = (int) Hashing.mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) size++;
        keys[i] = key;
        values[i] = value;
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
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0) e.accept(keys[i], values[i]);
    }

    interface Entry {
        void accept(long key, int value);
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != 0) put(ok[i], ov[i]);
    }

    @Override
    public String toString() {
        return "LongIntMap[size=" + size + ", capacity=" + keys.length + "]";
    }
}
