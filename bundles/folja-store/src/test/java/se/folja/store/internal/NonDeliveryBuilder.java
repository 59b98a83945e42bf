package se.folja.store.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Set;

import se.folja.api.Dates;
import se.folja.api.IsoWeek;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryStatus;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;

/**
 * Registrations for the store tests: {@code aNonDelivery("J-1").client(BO).reason("MAENDE").build()}. Unset
 * fields take harmless defaults; the initiator follows the reason as in Kalmar's catalogue.
 */
public final class NonDeliveryBuilder {

    public static final Instant REGISTERED = Instant.parse("2026-03-02T10:00:00.123Z");
    /** A synthetic client. */
    public static final PersonalIdentityNumber DEFAULT_CLIENT = TestPins.pin("19950315", 982);

    private static final Set<String> BY_THE_ORGANISATION = Set.of("PERSONALBRIST", "PAVERKAN_OMVARLD");

    private long id;
    private final String journalEntryId;
    private PersonalIdentityNumber client = DEFAULT_CLIENT;
    private String unit = "NORR";
    private String interventionType = "BOENDESTOD";
    private OffsetDateTime plannedStart = swedish("2026-03-02T09:30");
    private String reasonCode = "BORTREST";
    private String comment;
    private NonDeliveryStatus status = NonDeliveryStatus.ACTIVE;
    private String annulmentReason;
    private String registeredBy = "anna";
    private Instant registeredAt = REGISTERED;
    private String changedBy = "anna";
    private Instant changedAt = REGISTERED;
    private long version;

    private NonDeliveryBuilder(String journalEntryId) {
        this.journalEntryId = journalEntryId;
    }

    public static NonDeliveryBuilder aNonDelivery(String journalEntryId) {
        return new NonDeliveryBuilder(journalEntryId);
    }

    /** @return a builder holding every field of {@code stored}, for a correction or annulment of it */
    public static NonDeliveryBuilder changeOf(NonDelivery stored) {
        NonDeliveryBuilder b = new NonDeliveryBuilder(stored.journalEntryId());
        b.id = stored.id();
        b.client = stored.client();
        b.unit = stored.unit();
        b.interventionType = stored.interventionType();
        b.plannedStart = stored.plannedStart();
        b.reasonCode = stored.reasonCode();
        b.comment = stored.comment();
        b.status = stored.status();
        b.annulmentReason = stored.annulmentReason();
        b.registeredBy = stored.registeredBy();
        b.registeredAt = stored.registeredAt();
        b.changedBy = stored.changedBy();
        b.changedAt = stored.changedAt();
        b.version = stored.version();
        return b;
    }

    /** @return the local date-time {@code 2026-03-02T09:30} in Sweden, at the offset Sweden had then */
    public static OffsetDateTime swedish(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Dates.ZONE).toOffsetDateTime();
    }

    public NonDeliveryBuilder client(PersonalIdentityNumber value) {
        client = value;
        return this;
    }

    public NonDeliveryBuilder unit(String value) {
        unit = value;
        return this;
    }

    public NonDeliveryBuilder type(String value) {
        interventionType = value;
        return this;
    }

    /** @param localDateTime Swedish local time, e.g. {@code 2026-03-02T09:30} */
    public NonDeliveryBuilder plannedAt(String localDateTime) {
        plannedStart = swedish(localDateTime);
        return this;
    }

    public NonDeliveryBuilder plannedAt(OffsetDateTime value) {
        plannedStart = value;
        return this;
    }

    public NonDeliveryBuilder reason(String value) {
        reasonCode = value;
        return this;
    }

    public NonDeliveryBuilder comment(String value) {
        comment = value;
        return this;
    }

    public NonDeliveryBuilder annulled(String why) {
        status = NonDeliveryStatus.ANNULLED;
        annulmentReason = why;
        return this;
    }

    public NonDeliveryBuilder registered(String by, Instant at) {
        registeredBy = by;
        registeredAt = at;
        changedBy = by;
        changedAt = at;
        return this;
    }

    public NonDeliveryBuilder changed(String by, Instant at) {
        changedBy = by;
        changedAt = at;
        return this;
    }

    public NonDelivery build() {
        Initiator initiator = BY_THE_ORGANISATION.contains(reasonCode) ? Initiator.ORGANISATION : Initiator.CLIENT;
        return new NonDelivery(id, journalEntryId, client, unit, interventionType, plannedStart,
                IsoWeek.of(plannedStart.atZoneSameInstant(Dates.ZONE).toLocalDate()), reasonCode, initiator, comment,
                status, annulmentReason, registeredBy, registeredAt, changedBy, changedAt, version);
    }
}
