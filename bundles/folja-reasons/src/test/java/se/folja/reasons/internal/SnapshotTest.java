package se.folja.reasons.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The rule of every catalogue cache on a node that shares its database: a change through this node is seen at
 * once, even by a read that was under way when it was made; one through another node within the age, counted
 * from before the read.
 */
class SnapshotTest {

    private static final Duration AGE = Duration.ofSeconds(30);

    private final List<String> database = new ArrayList<>(List.of("A"));
    private final MovingClock clock = new MovingClock();
    private Runnable duringNextLoad;
    private final Snapshot<String> snapshot = new Snapshot<>(this::load, Function.identity(), clock, AGE);

    private List<String> load() {
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
            snapshot.invalidate();
        };

        assertEquals(List.of("A"), snapshot.all(), "what was read, before the change");

        assertEquals(List.of("A", "B"), snapshot.all(), "the change, at once");
    }

    @Test
    void anotherNodesChangeIsSeenWithinTheAgeCountedFromBeforeTheRead() {
        // the read takes 10 s, and another node's change comes while it runs
        duringNextLoad = () -> {
            clock.advance(Duration.ofSeconds(10));
            database.add("B");
        };
        assertEquals(List.of("A"), snapshot.all());

        clock.advance(AGE.minusSeconds(10).minusMillis(1));
        assertEquals(List.of("A"), snapshot.all(), "kept within the age");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of("A", "B"), snapshot.all(), "30 s after the read began, not after it ended");
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
