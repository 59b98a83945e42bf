package se.folja.store.internal.nondelivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.store.internal.NonDeliveryBuilder.aNonDelivery;
import static se.folja.store.internal.NonDeliveryBuilder.changeOf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.nondelivery.WriteBackState;
import se.folja.journal.spi.JournalGateway;
import se.folja.nondelivery.internal.DispatcherNode;
import se.folja.store.internal.NonDeliveryTestSupport;
import se.folja.store.internal.PostgresTestDatabase;
import se.folja.store.internal.ResourceLocalJpaTemplate;
import se.folja.store.internal.TestDatabase;
import se.folja.store.internal.TestPersistence;

/**
 * Two Följa nodes on one PostgreSQL: each node has its own persistence unit, outbox store and write-back
 * dispatcher, as two Karaf instances would, and both deliver to the host's journal. Every write-back reaches the
 * journal exactly once, the newest per entry superseding the older; a node that dies while it delivers holds its
 * write-back only until its lease ends; and a journal entry's write-backs never go to the journal from two nodes
 * at once, so a later change cannot be overtaken by an earlier one.
 */
class PostgresTwoNodeWriteBackTest extends NonDeliveryTestSupport {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Map<String, Object> SETTINGS = Map.of("batchSize", 10, "leaseMillis", LEASE.toMillis());

    /** A clock both nodes read, moved by the test. */
    private static final class MovingClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(T3.plusSeconds(3600));

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
            return now.get();
        }

        void advance(Duration by) {
            now.updateAndGet(at -> at.plus(by));
        }
    }

    /** The host's journal as both nodes see it: every call, in order, with the node that made it. */
    private static final class Journal {
        final List<String> calls = new CopyOnWriteArrayList<>();

        JournalGateway of(String node) {
            return new JournalGateway() {
                @Override
                public void setReason(String entryId, String code, String label) {
                    called(node + " set " + entryId + " " + code);
                }

                @Override
                public void clearReason(String entryId) {
                    called(node + " clear " + entryId);
                }
            };
        }

        void called(String call) {
            calls.add(call);
            try {
                // a journal call takes a moment: the other node's rounds run meanwhile
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** @return the calls for each entry, without the node's name */
        Map<String, List<String>> byEntry() {
            Map<String, List<String>> byEntry = new ConcurrentHashMap<>();
            for (String call : calls) {
                String[] words = call.split(" ");
                byEntry.computeIfAbsent(words[2], e -> new CopyOnWriteArrayList<>())
                        .add(call.substring(call.indexOf(' ') + 1));
            }
            return byEntry;
        }
    }

    /** A journal whose first call does not return until the test lets it: a node stuck or dying mid-delivery. */
    private static final class StuckJournal implements JournalGateway {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void setReason(String entryId, String code, String label) {
            calls.add("set " + entryId + " " + code);
            stay();
        }

        @Override
        public void clearReason(String entryId) {
            calls.add("clear " + entryId);
            stay();
        }

        private void stay() {
            entered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final MovingClock clock = new MovingClock();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private JpaWriteBackStore otherOutbox;

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }

    /** The second node: its own persistence unit over the same database. */
    @BeforeEach
    void startTheOtherNode() {
        EntityManagerFactory otherEmf = TestPersistence.entityManagerFactory(dataSource());
        closing.add(otherEmf::close);
        otherOutbox = new JpaWriteBackStore(new ResourceLocalJpaTemplate(otherEmf), null);
    }

    @AfterEach
    void stopTheNodes() throws Exception {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS), "the nodes' rounds ended");
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private DispatcherNode node(JpaWriteBackStore store, JournalGateway gateway) {
        DispatcherNode node = new DispatcherNode(store, gateway, clock, SETTINGS);
        closing.add(node);
        return node;
    }

    @Test
    void twoNodesDeliverEachWriteBackToTheJournalExactlyOnceTheNewestOfEachEntry() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            String entry = "N-" + i;
            NonDelivery registered = nonDeliveries.insert(aNonDelivery(entry).build());
            expected.put(entry, "set " + entry + " BORTREST");
            if (i % 3 == 0) {
                registered = nonDeliveries.update(changeOf(registered).reason("MAENDE").changed("bertil", T2).build(),
                        1, RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON);
                expected.put(entry, "set " + entry + " MAENDE");
            }
            if (i % 5 == 0) {
                nonDeliveries.update(changeOf(registered).annulled("Fel brukare").changed("bertil", T3).build(),
                        registered.version(), RevisionKind.ANNULLED, List.of("status"),
                        WriteBackAction.CLEAR_REASON);
                expected.put(entry, "clear " + entry);
            }
        }
        Journal journal = new Journal();
        DispatcherNode one = node(outbox, journal.of("one"));
        DispatcherNode two = node(otherOutbox, journal.of("two"));

        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (DispatcherNode node : List.of(one, two)) {
            rounds.add(threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                int round = 0;
                while (pending() > 0 && round < 10_000) {
                    node.tick();
                    round++;
                }
                return round;
            }));
        }
        for (Future<Integer> round : rounds) {
            assertTrue(round.get(5, TimeUnit.MINUTES) < 10_000, "the outbox was emptied");
        }

        Map<String, List<String>> byEntry = journal.byEntry();
        assertEquals(expected.keySet(), byEntry.keySet(), "every entry was written back");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            assertEquals(List.of(entry.getValue()), byEntry.get(entry.getKey()),
                    "the journal's calls for " + entry.getKey());
        }
        assertEquals(expected.size(), journal.calls.size(), "calls in all");
        assertEquals(0, count("SELECT COUNT(*) FROM journal_outbox WHERE state <> 'DELIVERED'"));
    }

    @Test
    void aNodeThatDiesWhileDeliveringHoldsItsWriteBackOnlyUntilItsLeaseEnds() throws Exception {
        NonDelivery registered = nonDeliveries.insert(aNonDelivery("D-1").build());
        StuckJournal dying = new StuckJournal();
        Journal journal = new Journal();
        DispatcherNode one = node(outbox, dying);
        DispatcherNode two = node(otherOutbox, journal.of("two"));

        Future<?> stuck = threads.submit(one::tick);
        assertTrue(dying.entered.await(60, TimeUnit.SECONDS), "node one is delivering");

        two.tick();
        clock.advance(LEASE.minusMillis(1));
        two.tick();
        assertEquals(List.of(), journal.calls, "node two leaves the write-back to node one while its lease lasts");

        clock.advance(Duration.ofMillis(1));
        two.tick();
        assertEquals(List.of("two set D-1 BORTREST"), journal.calls, "node two takes over when the lease has ended");
        WriteBack delivered = outbox.forNonDelivery(registered.id()).get(0);
        assertEquals(WriteBackState.DELIVERED, delivered.state());

        // node one comes back from its call after all: nothing is delivered again
        dying.release.countDown();
        stuck.get(60, TimeUnit.SECONDS);
        clock.advance(LEASE.multipliedBy(2));
        one.tick();
        two.tick();
        assertEquals(List.of("set D-1 BORTREST"), dying.calls);
        assertEquals(List.of("two set D-1 BORTREST"), journal.calls);
        assertEquals(WriteBackState.DELIVERED, outbox.forNonDelivery(registered.id()).get(0).state());
    }

    @Test
    void aChangeMadeWhileAnotherNodeDeliversTheEntrysEarlierWriteBackWaitsForThatDelivery() throws Exception {
        NonDelivery registered = nonDeliveries.insert(aNonDelivery("E-1").build());
        StuckJournal slow = new StuckJournal();
        Journal journal = new Journal();
        DispatcherNode one = node(outbox, slow);
        DispatcherNode two = node(otherOutbox, journal.of("two"));

        Future<?> delivering = threads.submit(one::tick);
        assertTrue(slow.entered.await(60, TimeUnit.SECONDS), "node one is delivering BORTREST");
        nonDeliveries.update(changeOf(registered).reason("MAENDE").changed("bertil", T2).build(), 1,
                RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON);

        two.tick();
        assertEquals(List.of(), journal.calls, "the correction waits while the entry's earlier write-back is out");

        slow.release.countDown();
        delivering.get(60, TimeUnit.SECONDS);
        two.tick();
        assertEquals(List.of("set E-1 BORTREST"), slow.calls);
        assertEquals(List.of("two set E-1 MAENDE"), journal.calls, "then the correction, last");
        assertEquals(List.of(WriteBackState.DELIVERED, WriteBackState.DELIVERED),
                outbox.forNonDelivery(registered.id()).stream().map(WriteBack::state).toList());
    }

    private long pending() throws Exception {
        return count("SELECT COUNT(*) FROM journal_outbox WHERE state = 'PENDING'");
    }
}
