package se.folja.cache.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A list kept for its age, with a lookup by key that falls back to the store for a key the list does not hold,
 * under the same rule as {@link TimedCache}.
 */
class TimedListTest {

    private static final Duration AGE = Duration.ofSeconds(30);

    private record Item(String code, String label) {
    }

    /** The shared database, in its order. */
    private final List<Item> database = new ArrayList<>(List.of(new Item("B", "Bee"), new Item("A", "Ay")));
    private final MovingClock clock = new MovingClock();
    private final List<String> lookups = new ArrayList<>();
    private int loads;
    private Runnable duringNextLoad;
    private final TimedList<Item> list = new TimedList<>(this::load, Item::code, clock, AGE);

    private List<Item> load() {
        loads++;
        List<Item> read = List.copyOf(database);
        Runnable during = duringNextLoad;
        duringNextLoad = null;
        if (during != null) {
            during.run();
        }
        return read;
    }

    private Optional<Item> lookup(String code) {
        lookups.add(code);
        return database.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    @Test
    void allIsInTheStoresOrderAndFindAnswersFromTheListKept() {
        assertEquals(List.of("B", "A"), list.all().stream().map(Item::code).toList());
        database.set(1, new Item("A", "Changed elsewhere"));

        assertEquals("Ay", list.find("A", this::lookup).orElseThrow().label(), "from the list kept");
        assertEquals(List.of(), lookups, "no lookup in the store");
        assertEquals(1, loads);
    }

    @Test
    void aKeyTheListDoesNotHoldIsLookedUpInTheStore() {
        assertEquals(2, list.all().size());
        database.add(new Item("C", "Created elsewhere"));

        assertEquals("Created elsewhere", list.find("C", this::lookup).orElseThrow().label(), "usable at once");
        assertEquals(Optional.empty(), list.find("X", this::lookup));
        assertEquals(List.of("C", "X"), lookups);
        assertEquals(List.of("B", "A"), list.all().stream().map(Item::code).toList(), "the list kept for its age");
        clock.advance(AGE);
        assertEquals(List.of("B", "A", "C"), list.all().stream().map(Item::code).toList(), "and no longer");
    }

    @Test
    void aReloadThatAChangeOnThisNodeOvertookIsGivenOnceAndNeverKept() {
        duringNextLoad = () -> {
            database.add(new Item("C", "Cee"));
            list.invalidate();
        };

        assertEquals(2, list.all().size(), "what was read, before the change");

        assertEquals(3, list.all().size(), "the change, at once");
        assertEquals("Cee", list.find("C", this::lookup).orElseThrow().label());
        assertEquals(List.of(), lookups, "from the list read again");
    }

    @Test
    void invalidateAndANewAgeDropTheListKept() {
        assertEquals(2, list.all().size());
        database.add(new Item("C", "Cee"));
        list.invalidate();
        assertEquals(3, list.all().size());

        database.add(new Item("D", "Dee"));
        list.maxAge(Duration.ZERO);
        assertEquals(4, list.all().size());
        database.add(new Item("E", "Ee"));
        assertEquals(5, list.all().size(), "zero: read every time");
        assertEquals(4, loads);
    }
}
