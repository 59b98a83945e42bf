package se.folja.api.nondelivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A host journal entry made under "Ej genomförda insatser" that awaits a reason in Följa. It stops awaiting
 * once a non-delivery is registered with its id.
 *
 * @param journalEntryId the host's entry id
 * @param unit the unit's code, as the host sent it
 * @param client the client, if the host sent a valid number
 * @param plannedStart the planned start, if the host sent one
 * @param receivedAt when the host's event arrived
 * @since 1.0.0
 */
public record PendingEntry(
        String journalEntryId, String unit, PersonalIdentityNumber client, OffsetDateTime plannedStart,
        Instant receivedAt) {

    public PendingEntry {
        Objects.requireNonNull(journalEntryId, "journalEntryId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "PendingEntry[unit=" + unit + ", receivedAt=" + receivedAt + "]";
    }
}
