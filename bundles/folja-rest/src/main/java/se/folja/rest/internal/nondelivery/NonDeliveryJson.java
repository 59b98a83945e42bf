package se.folja.rest.internal.nondelivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryStatus;
import se.folja.api.reasons.Initiator;

/**
 * A registered non-delivery as staff of its unit see it.
 *
 * @param imported true if it came in through the import of historical registrations (never written back)
 */
public record NonDeliveryJson(
        long id,
        String journalEntryId,
        String client,
        String unit,
        String interventionType,
        String plannedStart,
        String week,
        String reasonCode,
        Initiator initiator,
        String comment,
        NonDeliveryStatus status,
        String annulmentReason,
        String registeredBy,
        Instant registeredAt,
        String changedBy,
        Instant changedAt,
        long version,
        boolean imported) {

    static NonDeliveryJson of(NonDelivery n) {
        return new NonDeliveryJson(n.id(), n.journalEntryId(), n.client().digits(), n.unit(), n.interventionType(),
                n.plannedStart().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), n.week().toString(), n.reasonCode(),
                n.initiator(), n.comment(), n.status(), n.annulmentReason(), n.registeredBy(), n.registeredAt(),
                n.changedBy(), n.changedAt(), n.version(), n.imported());
    }

    /** Masked: the client and free texts never reach a log line. */
    @Override
    public String toString() {
        return "NonDeliveryJson[id=" + id + "]";
    }
}
