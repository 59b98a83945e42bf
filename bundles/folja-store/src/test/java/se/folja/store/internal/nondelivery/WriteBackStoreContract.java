package se.folja.store.internal.nondelivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.folja.store.internal.NonDeliveryBuilder.aNonDelivery;
import static se.folja.store.internal.NonDeliveryBuilder.changeOf;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.nondelivery.WriteBackState;
import se.folja.store.internal.NonDeliveryTestSupport;

/**
 * What {@link JpaWriteBackStore} promises, whatever the database: the outbox rows that registrations and their
 * changes write are due at once, the newest pending row of a journal entry supersedes the older ones, and each
 * row is delivered, retried later or rejected.
 */
abstract class WriteBackStoreContract extends NonDeliveryTestSupport {

    @Test
    void aRegistrationsWriteBackIsDueFromItsRegistrationOn() {
        NonDelivery registered = nonDeliveries.insert(aNonDelivery("O-1").build());

        assertEquals(List.of(), outbox.due(T1.minusMillis(1), 10));
        List<WriteBack> due = outbox.due(T1, 10);
        assertEquals(List.of(new WriteBack(due.get(0).id(), registered.id(), "O-1", WriteBackAction.SET_REASON,
                "BORTREST", WriteBackState.PENDING, 0, T1, T1, null, null)), due);
        assertEquals(due, outbox.due(T2, 10));
        assertEquals(due, outbox.forNonDelivery(registered.id()));
        assertEquals(List.of(), outbox.forNonDelivery(registered.id() + 1));
    }

    @Test
    void dueWriteBacksComeOldestFirstUpToTheLimit() {
        nonDeliveries.insert(aNonDelivery("O-1").build());
        nonDeliveries.insert(aNonDelivery("O-2").build());
        nonDeliveries.insert(aNonDelivery("O-3").registered("anna", T2).build());

        assertEquals(List.of("O-1", "O-2"), entries(outbox.due(T1, 10)));
        assertEquals(List.of("O-1", "O-2", "O-3"), entries(outbox.due(T2, 10)));
        assertEquals(List.of("O-1"), entries(outbox.due(T2, 1)));
    }

    @Test
    void theNewestPendingWriteBackOfAnEntrySupersedesItsOlderOnes() {
        NonDelivery first = nonDeliveries.insert(aNonDelivery("O-1").build());
        nonDeliveries.insert(aNonDelivery("O-2").build());
        NonDelivery corrected = nonDeliveries.update(changeOf(first).reason("MAENDE").changed("bertil", T2).build(),
                1, RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON);
        nonDeliveries.update(changeOf(corrected).annulled("Fel brukare").changed("bertil", T3).build(), 2,
                RevisionKind.ANNULLED, List.of("status"), WriteBackAction.CLEAR_REASON);

        List<WriteBack> due = outbox.due(T3, 10);
        assertEquals(List.of("O-2", "O-1"), entries(due));
        assertEquals(WriteBackAction.CLEAR_REASON, due.get(1).action());
        assertNull(due.get(1).reasonCode());
        // the correction's write-back is superseded by the annulment's even before that one is due
        assertEquals(List.of("O-2"), entries(outbox.due(T2, 10)));
        assertEquals(3, outbox.forNonDelivery(first.id()).size());
    }

    @Test
    void deliveringAWriteBackDeliversTheOlderPendingOnesOfItsEntryWithoutAnAttemptOfTheirOwn() {
        NonDelivery first = nonDeliveries.insert(aNonDelivery("O-1").build());
        NonDelivery other = nonDeliveries.insert(aNonDelivery("O-2").build());
        nonDeliveries.update(changeOf(first).reason("MAENDE").changed("bertil", T2).build(), 1,
                RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON);
        WriteBack newest = outbox.due(T2, 10).get(1);
        Instant at = T3.plusSeconds(5);

        outbox.delivered(newest.id(), at);

        List<WriteBack> rows = outbox.forNonDelivery(first.id());
        assertEquals(List.of(WriteBackState.DELIVERED, WriteBackState.DELIVERED),
                rows.stream().map(WriteBack::state).toList());
        assertEquals(List.of(0, 1), rows.stream().map(WriteBack::attempts).toList());
        assertEquals(List.of(at, at), rows.stream().map(WriteBack::deliveredAt).toList());
        assertEquals(List.of("O-2"), entries(outbox.due(at, 10)), "another entry's write-back is untouched");
        assertEquals(WriteBackState.PENDING, outbox.forNonDelivery(other.id()).get(0).state());
    }

    @Test
    void aFailedAttemptIsRetriedLaterWithTheTypeOfItsFailure() {
        nonDeliveries.insert(aNonDelivery("O-1").build());
        WriteBack first = outbox.due(T1, 10).get(0);

        outbox.retryLater(first.id(), 1, T2, "JournalUnavailableException");

        assertEquals(List.of(), outbox.due(T2.minusMillis(1), 10));
        WriteBack again = outbox.due(T2, 10).get(0);
        assertEquals(new WriteBack(first.id(), first.nonDeliveryId(), "O-1", WriteBackAction.SET_REASON, "BORTREST",
                WriteBackState.PENDING, 1, T1, T2, null, "JournalUnavailableException"), again);

        outbox.retryLater(first.id(), 2, T3, "JournalUnavailableException");
        assertEquals(List.of(), outbox.due(T2, 10));
        outbox.delivered(first.id(), T3);
        WriteBack delivered = outbox.forNonDelivery(first.nonDeliveryId()).get(0);
        assertEquals(WriteBackState.DELIVERED, delivered.state());
        assertEquals(3, delivered.attempts());
        assertEquals(T3, delivered.deliveredAt());
        assertEquals(List.of(), outbox.due(T3.plusSeconds(3600), 10));
    }

    @Test
    void aRejectedWriteBackIsNotTriedAgainButALaterChangeIs() {
        NonDelivery registered = nonDeliveries.insert(aNonDelivery("O-1").build());
        WriteBack first = outbox.due(T1, 10).get(0);

        outbox.rejected(first.id(), 1, "UnknownEntryException");

        WriteBack rejected = outbox.forNonDelivery(registered.id()).get(0);
        assertEquals(WriteBackState.REJECTED, rejected.state());
        assertEquals(1, rejected.attempts());
        assertEquals("UnknownEntryException", rejected.lastError());
        assertNull(rejected.deliveredAt());
        assertEquals(List.of(), outbox.due(T3.plusSeconds(86_400), 10));

        nonDeliveries.update(changeOf(registered).reason("MAENDE").changed("bertil", T2).build(), 1,
                RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON);
        List<WriteBack> due = outbox.due(T2, 10);
        assertEquals(1, due.size());
        assertEquals("MAENDE", due.get(0).reasonCode());
    }

    @Test
    void aClaimLeasesTheDueWriteBacksToOneNodeUntilTheLeaseEnds() {
        NonDelivery first = nonDeliveries.insert(aNonDelivery("O-1").build());
        nonDeliveries.insert(aNonDelivery("O-2").build());
        nonDeliveries.update(changeOf(first).reason("MAENDE").changed("bertil", T2).build(), 1,
                RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON);
        Instant leaseUntil = T3.plusSeconds(60);

        List<WriteBack> claimed = outbox.claim("node-a", T3, leaseUntil, 10);

        assertEquals(outbox.due(T3, 10), claimed, "what is due, the newest of each entry");
        assertEquals(List.of("O-2", "O-1"), entries(claimed));
        assertEquals("MAENDE", claimed.get(1).reasonCode());
        assertEquals(List.of(), outbox.claim("node-b", T3, T3.plusSeconds(60), 10), "held by node a");
        assertEquals(List.of(), outbox.claim("node-b", leaseUntil.minusMillis(1), T3.plusSeconds(120), 10));
        assertEquals(List.of("O-2", "O-1"), entries(outbox.claim("node-b", leaseUntil, leaseUntil.plusSeconds(60),
                10)), "node b takes over when node a's lease has ended");
        assertEquals(List.of("O-2"), entries(outbox.claim("node-c", leaseUntil.plusSeconds(60), T3.plusSeconds(999),
                1)), "up to the limit");
    }

    @Test
    void anOutcomeEndsTheLeaseAndAWriteBackWrittenWhileItsEntryIsLeasedWaitsForIt() {
        NonDelivery first = nonDeliveries.insert(aNonDelivery("O-1").build());
        NonDelivery other = nonDeliveries.insert(aNonDelivery("O-2").build());
        List<WriteBack> claimed = outbox.claim("node-a", T2, T3.plusSeconds(60), 10);
        nonDeliveries.update(changeOf(first).reason("MAENDE").changed("bertil", T2).build(), 1,
                RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON);

        assertEquals(List.of(), outbox.claim("node-b", T3, T3.plusSeconds(60), 10),
                "the correction waits while the entry's earlier write-back is out");

        outbox.delivered(claimed.get(0).id(), T3);
        outbox.retryLater(claimed.get(1).id(), 1, T3, "JournalUnavailableException");
        List<WriteBack> next = outbox.claim("node-b", T3, T3.plusSeconds(60), 10);
        assertEquals(List.of("O-2", "O-1"), entries(next));
        assertEquals(claimed.get(1).id(), next.get(0).id(), "the retry, due again");
        assertEquals("MAENDE", next.get(1).reasonCode(), "the correction, once the registration was delivered");
        outbox.rejected(next.get(0).id(), 2, "UnknownEntryException");
        outbox.delivered(next.get(1).id(), T3);
        assertEquals(List.of(), outbox.claim("node-c", T3.plusSeconds(3600), T3.plusSeconds(3660), 10));
        assertEquals(WriteBackState.REJECTED, outbox.forNonDelivery(other.id()).get(0).state());
    }

    @Test
    void claimsMadeAtOnceNeverShareAJournalEntry() throws Exception {
        for (int i = 0; i < 40; i++) {
            nonDeliveries.insert(aNonDelivery("C-" + i).build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<List<WriteBack>> claims = together(pool, "claims",
                    () -> outbox.claim("node-a", T3, T3.plusSeconds(60), 15),
                    () -> outbox.claim("node-b", T3, T3.plusSeconds(60), 15),
                    () -> outbox.claim("node-c", T3, T3.plusSeconds(60), 15),
                    () -> outbox.claim("node-d", T3, T3.plusSeconds(60), 15));
            List<String> claimed = claims.stream().flatMap(List::stream).map(WriteBack::journalEntryId).toList();
            assertEquals(Set.copyOf(claimed).size(), claimed.size(), "no entry claimed twice: " + claimed);
            List<WriteBack> rest = outbox.claim("node-e", T3, T3.plusSeconds(60), 100);
            assertEquals(40, claimed.size() + rest.size(), "every entry claimed by someone");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writeBacksAreListedNewestFirstByStateWithATotal() {
        nonDeliveries.insert(aNonDelivery("O-1").build());
        nonDeliveries.insert(aNonDelivery("O-2").build());
        nonDeliveries.insert(aNonDelivery("O-3").build());
        List<WriteBack> due = outbox.due(T1, 10);
        outbox.delivered(due.get(0).id(), T2);
        outbox.rejected(due.get(1).id(), 1, "UnknownEntryException");

        Page<WriteBack> all = outbox.list(null, 0, 10);
        assertEquals(List.of("O-3", "O-2", "O-1"), entries(all.items()));
        assertEquals(3, all.total());
        assertEquals(List.of("O-3"), entries(outbox.list(WriteBackState.PENDING, 0, 10).items()));
        assertEquals(List.of("O-1"), entries(outbox.list(WriteBackState.DELIVERED, 0, 10).items()));
        assertEquals(List.of("O-2"), entries(outbox.list(WriteBackState.REJECTED, 0, 10).items()));
        Page<WriteBack> middle = outbox.list(null, 1, 1);
        assertEquals(List.of("O-2"), entries(middle.items()));
        assertEquals(3, middle.total());
        Page<WriteBack> beyond = outbox.list(WriteBackState.PENDING, 1, 10);
        assertEquals(List.of(), beyond.items());
        assertEquals(1, beyond.total());
    }

    @Test
    void anUnknownWriteBackCannotBeMarked() {
        assertThrows(NotFoundException.class, () -> outbox.delivered(999_999, T1));
        assertThrows(NotFoundException.class, () -> outbox.retryLater(999_999, 1, T2, "X"));
        assertThrows(NotFoundException.class, () -> outbox.rejected(999_999, 1, "X"));
    }

    @Test
    void aLongFailureTypeIsCutToItsColumn() {
        nonDeliveries.insert(aNonDelivery("O-1").build());
        WriteBack first = outbox.due(T1, 10).get(0);

        outbox.retryLater(first.id(), 1, T2, "x".repeat(250));

        assertEquals("x".repeat(200), outbox.due(T2, 10).get(0).lastError());
    }

    private static List<String> entries(List<WriteBack> rows) {
        return rows.stream().map(WriteBack::journalEntryId).toList();
    }
}
