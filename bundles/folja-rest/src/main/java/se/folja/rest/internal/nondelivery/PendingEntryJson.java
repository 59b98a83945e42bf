package se.folja.rest.internal.nondelivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import se.folja.api.nondelivery.PendingEntry;

/** A journal entry under "Ej genomförda insatser" that awaits a reason. */
public record PendingEntryJson(
        String journalEntryId, String unit, String client, String plannedStart, Instant receivedAt) {

    static PendingEntryJson of(PendingEntry e) {
        return new PendingEntryJson(e.journalEntryId(), e.unit(), e.client() == null ? null : e.client().digits(),
                e.plannedStart() == null ? null : e.plannedStart().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                e.receivedAt());
    }

    @Override
    public String toString() {
        return "PendingEntryJson[" + journalEntryId + "]";
    }
}
