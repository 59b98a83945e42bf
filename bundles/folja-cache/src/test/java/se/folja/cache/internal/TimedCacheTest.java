package se.folja.cache.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rule of every cache of store reads on a node that shares its database: a change through this node is seen
 * at once, even by a read that was under way when it was made; one through another node within the age, counted
 * from before the read; an age of zero reads every time.
 */
class TimedCacheTest {

    private static final Duration AGE = Duration.ofSeconds(30);

    /** The shared database. */
    private final List<String> database = new ArrayList<>(List.of("A"));
    private final MovingClock clock = new MovingClock();
    private int loads;
    private Runnable duringNextLoad;
    private final TimedCache<List<String>> cache = new TimedCache<>(this::load, clock, AGE);

    private List<String> load() {
        loads++;
        List<String> read = List.copyOf(database);
        Runnable during = duringNextLoad;
        duringNextLoad = null;
        if (during != null) {
            during.run();
        }
        return read;
    }

    @Test
    void aReloadThatAChangeOnThisNodeOvertookIsGivenOnceAndNeverKept() {
        duringNextLoad = () -> {
            database.add("B");
            cache.invalidate();
        };

        assertEquals(List.of("A"), cache.get(), "what was read, before the change");

        assertEquals(List.of("A", "B"), cache.get(), "the change, at once");
        assertEquals(2, loads);
    }

    @Test
    void anotherNodesChangeIsSeenWithinTheAgeCountedFromBeforeTheRead() {
        // the read takes 10 s, and another node's change comes while it runs
        duringNextLoad = () -> {
            clock.advance(Duration.ofSeconds(10));
            database.add("B");
        };
        assertEquals(List.of("A"), cache.get());

        clock.advance(AGE.minusSeconds(10).minusMillis(1));
        assertEquals(List.of("A"), cache.get(), "kept within the age");
        assertEquals(1, loads, "without reading the store again");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of("A", "B"), cache.get(), "30 s after the read began, not after it ended");
        assertEquals(2, loads);
    }

    @Test
    void invalidateDropsTheValueKept() {
        assertEquals(List.of("A"), cache.get());
        database.add("B");

        cache.invalidate();

        assertEquals(List.of("A", "B"), cache.get(), "read again at once");
        assertEquals(List.of("A", "B"), cache.get());
        assertEquals(2, loads, "and kept again");
    }

    @Test
    void anAgeOfZeroReadsTheStoreEveryTime() {
        TimedCache<List<String>> uncached = new TimedCache<>(this::load, clock, Duration.ZERO);

        assertEquals(List.of("A"), uncached.get());
        database.add("B");
        assertEquals(List.of("A", "B"), uncached.get(), "another node's change at once, on the same instant");
        clock.advance(Duration.ofMillis(-1));
        database.add("C");
        assertEquals(List.of("A", "B", "C"), uncached.get(), "and after the wall clock was set back: nothing is kept");
        assertEquals(3, loads);
    }

    @Test
    void aNewAgeForgetsTheValueKeptAndApplies() {
        assertEquals(List.of("A"), cache.get());
        database.add("B");

        cache.maxAge(Duration.ofSeconds(5));
        assertEquals(List.of("A", "B"), cache.get(), "forgotten");
        database.add("C");
        clock.advance(Duration.ofSeconds(5).minusMillis(1));
        assertEquals(List.of("A", "B"), cache.get(), "kept for the new age");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of("A", "B", "C"), cache.get(), "and no longer");

        cache.maxAge(Duration.ZERO);
        database.add("D");
        assertEquals(List.of("A", "B", "C", "D"), cache.get(), "zero: read every time");
        database.add("E");
        assertEquals(List.of("A", "B", "C", "D", "E"), cache.get());
    }

    @Test
    void aConfiguredNumberOfSecondsIsAnAgeAndNeverNegative() {
        assertEquals(Duration.ofSeconds(30), TimedCache.seconds(30));
        assertEquals(Duration.ZERO, TimedCache.seconds(0));
        assertEquals(Duration.ZERO, TimedCache.seconds(-1));
        assertThrows(IllegalArgumentException.class, () -> new TimedCache<>(this::load, clock, Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> cache.maxAge(Duration.ofSeconds(-1)));
    }
}
