package se.folja.cache.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list read from the store and kept by a {@link TimedCache} (the same rule: a change through this node is seen
 * at once, one through another node within the maximum age), with its items by key. An item the list does not
 * hold is looked up in the store, so one created through another node is usable at once.
 *
 * @param <T> the items, each with a unique key
 */
public final class TimedList<T> {

    private record Indexed<T>(List<T> all, Map<String, T> byKey) {
    }

    private final TimedCache<Indexed<T>> cache;

    /**
     * @param load reads the items from the store, in the order {@link #all} gives them
     * @param key the key of an item
     * @param clock the clock the age is measured by
     * @param maxAge how long a read may serve; zero reads the store every time
     */
    public TimedList(Supplier<List<T>> load, Function<T, String> key, Clock clock, Duration maxAge) {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(key, "key");
        this.cache = new TimedCache<>(() -> index(load.get(), key), clock, maxAge);
    }

    private static <T> Indexed<T> index(List<T> items, Function<T, String> key) {
        List<T> all = List.copyOf(items);
        Map<String, T> byKey = new LinkedHashMap<>();
        all.forEach(item -> byKey.put(key.apply(item), item));
        return new Indexed<>(all, Map.copyOf(byKey));
    }

    /** Sets how long a read may serve, and forgets the list kept. */
    public void maxAge(Duration maxAge) {
        cache.maxAge(maxAge);
    }

    /** @return every item, in the store's order */
    public List<T> all() {
        return cache.get().all();
    }

    /** @return the item with that key: from the list kept if it holds it, else from {@code lookup} */
    public Optional<T> find(String key, Function<String, Optional<T>> lookup) {
        T found = cache.get().byKey().get(key);
        return found != null ? Optional.of(found) : lookup.apply(key);
    }

    /** Forgets the list kept; a read under way is not kept either. Call after every change, failed or not. */
    public void invalidate() {
        cache.invalidate();
    }
}
