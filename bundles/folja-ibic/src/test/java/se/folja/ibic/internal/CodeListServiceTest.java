package se.folja.ibic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.IcfCodeListInfo;
import se.folja.store.spi.IcfCodeStore;

/**
 * The code list kept in memory for {@code cache.seconds}, on one node and on two nodes sharing one database: a
 * load through a node is seen by it at once, by the other within the age, and never undone by a read that the
 * load overtook.
 */
class CodeListServiceTest {

    private static final Actor ADMIN = new Actor("admin");
    private static final Duration AGE = Duration.ofSeconds(30);

    /** The shared database, with a hook that runs once just before, or just after, the next read of the codes. */
    private static final class SharedStore implements IcfCodeStore {
        final MemoryIcfCodeStore database = new MemoryIcfCodeStore();
        Runnable beforeNextCodes;
        Runnable afterNextCodes;

        @Override
        public IcfCodeListInfo replace(String name, String version, List<IcfCodeEntry> codes, String loadedBy,
                Instant loadedAt) {
            return database.replace(name, version, codes, loadedBy, loadedAt);
        }

        @Override
        public Optional<IcfCodeListInfo> current() {
            return database.current();
        }

        @Override
        public List<IcfCodeEntry> codes() {
            run(beforeNextCodes);
            beforeNextCodes = null;
            List<IcfCodeEntry> codes = database.codes();
            Runnable after = afterNextCodes;
            afterNextCodes = null;
            run(after);
            return codes;
        }

        private static void run(Runnable hook) {
            if (hook != null) {
                hook.run();
            }
        }
    }

    private final MovingClock clock = new MovingClock();
    private final SharedStore store = new SharedStore();
    private final CodeListService node = new CodeListService(store, TestFiles.config(30, 100), clock);
    private final CodeListService otherNode = new CodeListService(store, TestFiles.config(30, 100), clock);

    private static void load(CodeListService on, String name, String code) {
        on.load(IcfCodeListFormat.CSV, TestFiles.text("code\n" + code + "\n"), name, ADMIN);
    }

    @Test
    void aReadThatALoadOnThisNodeOvertookIsNeverKept() {
        load(node, "first", "d640");
        // the read starts before the second load and ends after it
        store.afterNextCodes = () -> load(node, "second", "d650");

        node.entry("d640");

        assertEquals("second", node.current().orElseThrow().name(), "the load is seen at once");
        assertTrue(node.entry("d650").isPresent());
        assertEquals(Optional.empty(), node.entry("d640"));
    }

    @Test
    void aLoadOnAnotherNodeIsSeenWithinTheCacheAge() {
        load(node, "first", "d640");
        assertTrue(otherNode.entry("d640").isPresent(), "the other node keeps the first list from now");

        load(node, "second", "d650");
        assertTrue(node.entry("d650").isPresent(), "this node sees its load at once");
        clock.advance(AGE.minusMillis(1));
        assertEquals("first", otherNode.current().orElseThrow().name(), "the other node may keep it for its age");
        clock.advance(Duration.ofMillis(1));
        assertEquals("second", otherNode.current().orElseThrow().name(), "and no longer");
        assertTrue(otherNode.entry("d650").isPresent());
        assertEquals(Optional.empty(), otherNode.entry("d640"));
    }

    @Test
    void aLoadOnAnotherNodeBetweenReadingTheListAndItsCodesIsNotMixedIn() {
        load(node, "first", "d640");
        // the other node reads the list's row, then this node loads, then the other node reads the codes
        store.beforeNextCodes = () -> load(node, "second", "d650");

        otherNode.entry("d650");

        assertEquals("second", otherNode.current().orElseThrow().name());
        assertTrue(otherNode.entry("d650").isPresent(), "the codes of the list it names");
        assertEquals(Optional.empty(), otherNode.entry("d640"));
    }
}
