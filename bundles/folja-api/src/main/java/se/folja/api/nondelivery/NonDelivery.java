package se.folja.api.nondelivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

import se.folja.api.IsoWeek;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;

/**
 * A planned visit that did not happen, registered with its reason (<em>ej genomförd insats</em>).
 *
 * @param id Följa's identifier
 * @param journalEntryId the host journal's entry under "Ej genomförda insatser"; unique
 * @param client the client
 * @param unit the unit's code
 * @param interventionType the intervention type's code
 * @param plannedStart when the visit was planned to start, at the offset Europe/Stockholm had then
 * @param week the ISO week of the planned start's local date
 * @param reasonCode the reason's code
 * @param initiator who caused the cancellation, from the reason at registration or correction
 * @param comment optional free text; personal data: never logged, never exported
 * @param status active or annulled
 * @param annulmentReason why it was annulled (free text, personal data), null while active
 * @param registeredBy login name of whoever registered it
 * @param registeredAt when it was registered
 * @param changedBy login name of whoever made the latest change
 * @param changedAt when the latest change was made
 * @param version starts at 1, grows by one with every change; equals the latest history revision
 * @param imported true if it came in through the import of historical registrations: never written back to
 *     the journal (since 1.1.0)
 * @since 1.0.0
 */
public record NonDelivery(
        long id,
        String journalEntryId,
        PersonalIdentityNumber client,
        String unit,
        String interventionType,
        OffsetDateTime plannedStart,
        IsoWeek week,
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

    public NonDelivery {
        Objects.requireNonNull(journalEntryId, "journalEntryId");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(interventionType, "interventionType");
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /**
     * A registration made through the API (not imported).
     *
     * @since 1.1.0
     */
    public NonDelivery(long id, String journalEntryId, PersonalIdentityNumber client, String unit,
            String interventionType, OffsetDateTime plannedStart, IsoWeek week, String reasonCode, Initiator initiator,
            String comment, NonDeliveryStatus status, String annulmentReason, String registeredBy, Instant registeredAt,
            String changedBy, Instant changedAt, long version) {
        this(id, journalEntryId, client, unit, interventionType, plannedStart, week, reasonCode, initiator, comment,
                status, annulmentReason, registeredBy, registeredAt, changedBy, changedAt, version, false);
    }

    /** @return whether it counts (not annulled) */
    public boolean active() {
        return status == NonDeliveryStatus.ACTIVE;
    }

    /** Masked: the client and free texts never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "NonDelivery[id=" + id + ", unit=" + unit + ", reason=" + reasonCode + ", status=" + status
                + ", version=" + version + (imported ? ", imported" : "") + "]";
    }
}
