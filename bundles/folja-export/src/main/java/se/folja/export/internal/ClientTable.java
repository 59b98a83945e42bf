package se.folja.export.internal;

/**
 * What a record export says of each client, by client id: an open-addressing table of primitive keys, as the
 * export looks a client up for each of millions of rows (a {@code HashMap<Long, …>} boxes every key and follows a
 * pointer to a node per lookup).
 *
 * @param <V> what is kept per client
 */
final class ClientTable<V> {

    private long[] keys;
    private Object[] values;
    private int size;

    ClientTable() {
        keys = new long[64];
        values = new Object[64];
    }

    /** @param value not null */
    void put(long key, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int i = slot(keys, values, key);
        if (values[i] == null) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** @return the value of the key, or null */
    @SuppressWarnings("unchecked")
    V get(long key) {
        return (V) values[slot(keys, values, key)];
    }

    int size() {
        return size;
    }

    /** @return the key's slot, or the empty slot where it would go (the table is never more than half full) */
    private static int slot(long[] keys, Object[] values, long key) {
        int mask = keys.length - 1;
        // the finaliser of MurmurHash3: consecutive ids spread over the table
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        int i = (int) h & mask;
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != null) {
                int i = slot(keys, values, oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
