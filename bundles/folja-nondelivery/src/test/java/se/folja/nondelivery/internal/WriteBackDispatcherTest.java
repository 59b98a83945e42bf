package se.folja.nondelivery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.nondelivery.WriteBackState;
import se.folja.journal.spi.JournalGateway;
import se.folja.journal.spi.JournalUnavailableException;
import se.folja.journal.spi.UnknownEntryException;

class WriteBackDispatcherTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = Fakes.T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A journal that can be down and knows some entries. */
    private static final class Journal implements JournalGateway {
        boolean down;
        final List<String> calls = new ArrayList<>();

        @Override
        public void setReason(String entryId, String code, String label)
                throws JournalUnavailableException, UnknownEntryException {
            check(entryId);
            calls.add("set " + entryId + " " + code + " " + label);
        }

        @Override
        public void clearReason(String entryId) throws JournalUnavailableException, UnknownEntryException {
            check(entryId);
            calls.add("clear " + entryId);
        }

        private void check(String entryId) throws JournalUnavailableException, UnknownEntryException {
            if (down) {
                throw new JournalUnavailableException("down");
            }
            if (entryId.startsWith("X")) {
                throw new UnknownEntryException("no such entry");
            }
        }
    }

    private static WriteBackConfig config(long first, long max) {
        return new WriteBackConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WriteBackConfig.class;
            }

            @Override
            public long pollIntervalMillis() {
                return 1000;
            }

            @Override
            public int batchSize() {
                return 10;
            }

            @Override
            public long firstRetryMillis() {
                return first;
            }

            @Override
            public long maxRetryMillis() {
                return max;
            }

            @Override
            public long leaseMillis() {
                return 60_000;
            }
        };
    }

    private final MovingClock clock = new MovingClock();
    private final Fakes.Outbox outbox = new Fakes.Outbox();
    private final Journal journal = new Journal();
    private final ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
    private final WriteBackDispatcher dispatcher = new WriteBackDispatcher(outbox, new Fakes.Reasons(),
            config(1000, 8000), clock, unused);

    @AfterEach
    void stop() {
        dispatcher.deactivate();
        assertTrue(unused.isShutdown());
    }

    @Test
    void aDueWriteBackIsDeliveredWithTheSwedishLabel() {
        dispatcher.setGateway(journal);
        outbox.add(1, "J-1", WriteBackAction.SET_REASON, "MAENDE");
        outbox.add(2, "J-2", WriteBackAction.CLEAR_REASON, null);

        dispatcher.tick();

        assertEquals(List.of("set J-1 MAENDE Mående", "clear J-2"), journal.calls);
        assertEquals(WriteBackState.DELIVERED, outbox.rows.get(1L).state());
        assertEquals(WriteBackState.DELIVERED, outbox.rows.get(2L).state());
    }

    @Test
    void eachRoundClaimsWithALeaseInThisNodesNameAndLeavesWhatItCouldNotTryBeforeTheLeaseEnded() {
        JournalGateway slowJournal = new JournalGateway() {
            @Override
            public void setReason(String entryId, String code, String label) {
                journal.calls.add("set " + entryId);
                clock.now = clock.now.plusSeconds(40);
            }

            @Override
            public void clearReason(String entryId) {
                journal.calls.add("clear " + entryId);
                clock.now = clock.now.plusSeconds(40);
            }
        };
        dispatcher.setGateway(slowJournal);
        outbox.add(1, "J-1", WriteBackAction.SET_REASON, "MAENDE");
        outbox.add(2, "J-2", WriteBackAction.SET_REASON, "MAENDE");
        outbox.add(3, "J-3", WriteBackAction.SET_REASON, "MAENDE");
        Instant start = clock.now;

        dispatcher.tick();

        assertEquals(List.of("set J-1", "set J-2"), journal.calls, "J-3's turn came after the 60 s lease");
        assertEquals(WriteBackState.PENDING, outbox.rows.get(3L).state());
        assertEquals(0, outbox.rows.get(3L).attempts());
        assertEquals(1, outbox.claims.size());
        String[] claim = outbox.claims.get(0).split(" ");
        assertTrue(claim[0].startsWith("folja-"), claim[0]);
        assertEquals(List.of(start.toString(), start.plusSeconds(60).toString()), List.of(claim[1], claim[2]));

        dispatcher.tick();
        assertEquals(List.of("set J-1", "set J-2", "set J-3"), journal.calls);
        assertEquals(claim[0], outbox.claims.get(1).split(" ")[0], "the same node's name");
    }

    @Test
    void whileTheJournalIsDownTheWriteBackWaitsLongerEachTimeThenArrives() {
        dispatcher.setGateway(journal);
        journal.down = true;
        outbox.add(1, "J-1", WriteBackAction.SET_REASON, "BORTREST");

        List<Duration> pauses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            dispatcher.tick();
            WriteBack row = outbox.rows.get(1L);
            assertEquals(WriteBackState.PENDING, row.state());
            assertEquals(i + 1, row.attempts());
            assertEquals("JournalUnavailableException", row.lastError());
            pauses.add(Duration.between(clock.now, row.nextAttemptAt()));
            dispatcher.tick();
            assertEquals(i + 1, outbox.rows.get(1L).attempts(), "not tried again before its time");
            clock.now = row.nextAttemptAt();
        }
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8)), pauses);

        journal.down = false;
        dispatcher.tick();
        assertEquals(WriteBackState.DELIVERED, outbox.rows.get(1L).state());
        assertEquals(List.of("set J-1 BORTREST Bortrest"), journal.calls);
    }

    @Test
    void withoutAGatewayNothingIsLostAndAnUnknownEntryIsRejected() {
        outbox.add(1, "J-1", WriteBackAction.SET_REASON, "BORTREST");
        outbox.add(2, "X-9", WriteBackAction.SET_REASON, "BORTREST");

        dispatcher.tick();
        assertEquals(WriteBackState.PENDING, outbox.rows.get(1L).state());
        assertEquals(1, outbox.rows.get(1L).attempts());

        dispatcher.setGateway(journal);
        clock.now = clock.now.plusSeconds(60);
        dispatcher.tick();
        assertEquals(WriteBackState.DELIVERED, outbox.rows.get(1L).state());
        assertEquals(WriteBackState.REJECTED, outbox.rows.get(2L).state());
        assertEquals("UnknownEntryException", outbox.rows.get(2L).lastError());
    }

    @Test
    void aFailingOutboxDoesNotStopTheDispatcher() {
        boolean[] databaseDown = {true};
        Fakes.Outbox flaky = new Fakes.Outbox() {
            @Override
            public List<WriteBack> due(Instant now, int limit) {
                if (databaseDown[0]) {
                    throw new IllegalStateException("database down");
                }
                return super.due(now, limit);
            }
        };
        flaky.add(1, "J-1", WriteBackAction.SET_REASON, "BORTREST");
        WriteBackDispatcher dispatcherOverFlakyOutbox = new WriteBackDispatcher(flaky, new Fakes.Reasons(),
                config(1000, 8000), clock, unused);
        dispatcherOverFlakyOutbox.setGateway(journal);

        dispatcherOverFlakyOutbox.tick();
        assertEquals(WriteBackState.PENDING, flaky.rows.get(1L).state());

        databaseDown[0] = false;
        dispatcherOverFlakyOutbox.tick();
        assertEquals(WriteBackState.DELIVERED, flaky.rows.get(1L).state());
    }

    @Test
    void stoppingWaitsForTheRoundUnderWaySoThatItsOutcomeIsStored() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch calling = new CountDownLatch(1);
        JournalGateway slowJournal = new JournalGateway() {
            @Override
            public void setReason(String entryId, String code, String label) {
                calling.countDown();
                // a call to the host under way, which does not notice the interrupt
                long until = System.nanoTime() + 300_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }

            @Override
            public void clearReason(String entryId) {
            }
        };
        WriteBackDispatcher stopping = new WriteBackDispatcher(outbox, new Fakes.Reasons(), config(1000, 8000),
                clock, executor);
        stopping.setGateway(slowJournal);
        outbox.add(1, "J-1", WriteBackAction.SET_REASON, "MAENDE");
        executor.execute(stopping::tick);
        assertTrue(calling.await(5, TimeUnit.SECONDS));

        stopping.deactivate();

        assertTrue(executor.isTerminated(), "the round has ended when stopping returns");
        assertEquals(WriteBackState.DELIVERED, outbox.rows.get(1L).state());
    }

    @Test
    void stoppingNeverInterruptsTheRoundsThreadAndEndsTheRoundAfterTheWriteBackUnderWay() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch calling = new CountDownLatch(1);
        boolean[] interrupted = {false};
        JournalGateway slowJournal = new JournalGateway() {
            @Override
            public void setReason(String entryId, String code, String label) {
                calling.countDown();
                long until = System.nanoTime() + 300_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                // a thread interrupted here would be inside H2 next, which closes its file on an interrupt
                interrupted[0] |= Thread.currentThread().isInterrupted();
            }

            @Override
            public void clearReason(String entryId) {
            }
        };
        WriteBackDispatcher stopping = new WriteBackDispatcher(outbox, new Fakes.Reasons(), config(1000, 8000),
                clock, executor);
        stopping.setGateway(slowJournal);
        outbox.add(1, "J-1", WriteBackAction.SET_REASON, "MAENDE");
        outbox.add(2, "J-2", WriteBackAction.SET_REASON, "MAENDE");
        executor.execute(stopping::tick);
        assertTrue(calling.await(5, TimeUnit.SECONDS));

        stopping.deactivate();

        assertTrue(executor.isTerminated(), "the round has ended when stopping returns");
        assertFalse(interrupted[0], "the round's thread was interrupted");
        assertEquals(WriteBackState.DELIVERED, outbox.rows.get(1L).state());
        assertEquals(WriteBackState.PENDING, outbox.rows.get(2L).state(), "the round went on after stopping");
    }
}
