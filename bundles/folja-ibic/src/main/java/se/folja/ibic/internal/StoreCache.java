package se.folja.ibic.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One value read from the store and kept for {@code cache.seconds}, by the rule the reason catalogue's snapshot
 * follows: a change made through this node drops it at once; one made by another node sharing the database is
 * seen within the age, counted from before the read; and a read that a change through this node overtook (it
 * began before the change and ended after it) is given to its caller but never kept, so that it cannot outlive
 * the change.
 *
 * @param <T> the value
 */
final class StoreCache<T> {

    private record Kept<T>(T value, Instant at) {
    }

    private final Supplier<T> load;
    private final Clock clock;
    /** Raised by every {@link #invalidate}; guarded by {@code this}. */
    private long generation;
    private volatile Duration maxAge;
    private volatile Kept<T> kept;

    /**
     * @param load reads the value from the store
     * @param maxAge how long a read may serve; zero reads the store every time
     */
    StoreCache(Supplier<T> load, Clock clock, Duration maxAge) {
        this.load = load;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Sets how long a read may serve, and forgets the one kept. */
    void maxAge(Duration age) {
        this.maxAge = age;
        invalidate();
    }

    /** @return the value kept, if it is younger than the age, else the value read now */
    T get() {
        Kept<T> current = kept;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.at().plus(maxAge))) {
            return current.value();
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        T value = load.get();
        synchronized (this) {
            if (!maxAge.isZero() && generation == before) {
                kept = new Kept<>(value, now);
            }
        }
        return value;
    }

    /** Forgets the value kept; a read under way is not kept either. Call after every change. */
    synchronized void invalidate() {
        generation++;
        kept = null;
    }
}
