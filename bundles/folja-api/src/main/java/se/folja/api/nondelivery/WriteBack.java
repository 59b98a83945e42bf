package se.folja.api.nondelivery;

import java.time.Instant;
import java.util.Objects;

/**
 * A write-back of a reason to the host journal, from the outbox. It is stored in the same transaction as the
 * registration, correction or annulment that caused it, and delivered afterwards.
 *
 * @param id the outbox row's identifier; later rows for the same entry supersede earlier ones
 * @param nonDeliveryId the registration
 * @param journalEntryId the host journal's entry
 * @param action set or clear the reason keyword
 * @param reasonCode the reason to set; null when clearing
 * @param state pending, delivered or rejected
 * @param attempts delivery attempts so far, the successful one included (0 if a newer write-back superseded it)
 * @param createdAt when it was stored
 * @param nextAttemptAt when delivery is tried next (pending only)
 * @param deliveredAt when the host took it; null until then
 * @param lastError the type of the latest failure (never its message), null if none
 * @since 1.0.0
 */
public record WriteBack(
        long id,
        long nonDeliveryId,
        String journalEntryId,
        WriteBackAction action,
        String reasonCode,
        WriteBackState state,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        String lastError) {

    public WriteBack {
        Objects.requireNonNull(journalEntryId, "journalEntryId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
