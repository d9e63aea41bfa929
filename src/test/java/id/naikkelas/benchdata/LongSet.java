package id.naikkelas.benchdata;

/**
 * A set of longs without boxing (open addressing), for the uniqueness of a million NIKs or NIBs in
 * a few MB instead of the 60 MB a HashSet of Long would hold.
 */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] slots;
    private int size;

    LongSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
        java.util.Arrays.fill(slots, EMPTY);
    }

    /** Adds the value; false when it was already there. */
    boolean add(long value) {
        if (value == EMPTY) {
            throw new IllegalArgumentException("reserved value");
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) Rng.mix(value) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, EMPTY);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }
}
