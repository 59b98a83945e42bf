package se.folja.cache.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One value read from the store and kept for a while, so that a frequent read does not go to the database each
 * time. The rule, for a node that shares its database with others:
 * <ul>
 * <li>a change made through this node calls {@link #invalidate}, and the next read loads again, so the node sees
 * its own change at once;</li>
 * <li>a change made through another node is seen within the maximum age, counted from before the read that was
 * kept;</li>
 * <li>a read that a change through this node overtook (it began before {@link #invalidate} and ended after it)
 * may not hold the change: it is given to its caller once and never kept, so that it cannot outlive the
 * change;</li>
 * <li>a maximum age of zero reads the store every time and keeps nothing.</li>
 * </ul>
 * Thread-safe. Reads that miss at the same moment each load; the cache does not make them wait for one another.
 *
 * @param <T> the value
 */
public final class TimedCache<T> {

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
     * @param clock the clock the age is measured by
     * @param maxAge how long a read may serve; zero reads the store every time
     * @throws IllegalArgumentException if {@code maxAge} is negative
     */
    public TimedCache(Supplier<T> load, Clock clock, Duration maxAge) {
        this.load = Objects.requireNonNull(load, "load");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = checked(maxAge);
    }

    /**
     * @param seconds a configured number of seconds
     * @return that age, or zero for a negative number
     */
    public static Duration seconds(int seconds) {
        return Duration.ofSeconds(Math.max(0, seconds));
    }

    /**
     * Sets how long a read may serve, and forgets the value kept.
     *
     * @throws IllegalArgumentException if {@code maxAge} is negative
     */
    public void maxAge(Duration maxAge) {
        this.maxAge = checked(maxAge);
        invalidate();
    }

    /** @return the value kept, if it is younger than the maximum age, else the value read now */
    public T get() {
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

    /** Forgets the value kept; a read under way is not kept either. Call after every change, failed or not. */
    public synchronized void invalidate() {
        generation++;
        kept = null;
    }

    private static Duration checked(Duration maxAge) {
        if (Objects.requireNonNull(maxAge, "maxAge").isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
        return maxAge;
    }
}
