package se.folja.rest.internal.nondelivery;

import java.time.Instant;

import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.nondelivery.WriteBackState;

/** A write-back of a reason to the host journal, and where it is. */
public record WriteBackJson(
        long id, long nonDeliveryId, String journalEntryId, WriteBackAction action, String reasonCode,
        WriteBackState state, int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
        String lastError) {

    static WriteBackJson of(WriteBack w) {
        return new WriteBackJson(w.id(), w.nonDeliveryId(), w.journalEntryId(), w.action(), w.reasonCode(),
                w.state(), w.attempts(), w.createdAt(), w.state() == WriteBackState.PENDING ? w.nextAttemptAt() : null,
                w.deliveredAt(), w.lastError());
    }
}
