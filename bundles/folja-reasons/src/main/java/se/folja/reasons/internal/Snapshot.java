package se.folja.reasons.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list read from the store and kept for a while, so that a dropdown or a registration does not read the
 * catalogue from the database each time. A change made through this node drops it at once; a change made by
 * another node sharing the database is seen within {@code maxAge}. A code the snapshot does not hold is
 * always looked up in the store, so one created elsewhere is usable at once.
 *
 * @param <T> the items, each with a unique code
 */
final class Snapshot<T> {

    private record Loaded<T>(List<T> all, Map<String, T> byCode, Instant at) {
    }

    private final Supplier<List<T>> load;
    private final Function<T, String> code;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Duration maxAge;
    private volatile Loaded<T> loaded;

    Snapshot(Supplier<List<T>> load, Function<T, String> code, Clock clock, Duration maxAge) {
        this.load = load;
        this.code = code;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** @param maxAge how long a snapshot may serve; zero reads the store every time */
    void maxAge(Duration maxAge) {
        this.maxAge = maxAge;
        invalidate();
    }

    /** @return every item, in the store's order */
    List<T> all() {
        return current().all();
    }

    /** @return the item with that code: from the snapshot if it holds it, else from {@code lookup} */
    Optional<T> find(String key, Function<String, Optional<T>> lookup) {
        T found = current().byCode().get(key);
        return found != null ? Optional.of(found) : lookup.apply(key);
    }

    /** Forgets the snapshot: the next read loads the store again. Call after every change. */
    synchronized void invalidate() {
        generation.incrementAndGet();
        loaded = null;
    }

    private Loaded<T> current() {
        Loaded<T> snapshot = loaded;
        Instant now = clock.instant();
        if (snapshot != null && now.isBefore(snapshot.at().plus(maxAge))) {
            return snapshot;
        }
        long before = generation.get();
        List<T> all = List.copyOf(load.get());
        Map<String, T> byCode = new LinkedHashMap<>();
        all.forEach(item -> byCode.put(code.apply(item), item));
        Loaded<T> fresh = new Loaded<>(all, Map.copyOf(byCode), now);
        // A change that happened while loading may not be in what was read: serve it once, keep nothing.
        synchronized (this) {
            if (!maxAge.isZero() && generation.get() == before) {
                loaded = fresh;
            }
        }
        return fresh;
    }
}
