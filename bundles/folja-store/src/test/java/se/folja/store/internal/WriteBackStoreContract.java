package se.folja.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.folja.store.internal.NonDeliveryBuilder.aNonDelivery;
import static se.folja.store.internal.NonDeliveryBuilder.changeOf;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.nondelivery.WriteBackState;

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
