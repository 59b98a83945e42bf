package se.folja.store.internal.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import se.folja.api.Dates;
import se.folja.api.IsoWeek;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryRevision;
import se.folja.api.nondelivery.NonDeliveryStatus;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.reasons.Initiator;

/** One revision of a non-delivery: who changed which fields when, and the whole state afterwards. */
@Entity
@Table(name = "non_delivery_revision")
@IdClass(NonDeliveryRevisionEntity.Key.class)
public class NonDeliveryRevisionEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long nonDeliveryId;
        private long revision;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.nonDeliveryId == nonDeliveryId && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(nonDeliveryId, revision);
        }
    }

    @Id
    @Column(name = "non_delivery_id")
    private long nonDeliveryId;

    @Id
    @Column(name = "revision")
    private long revision;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "changed_fields", nullable = false, length = 200)
    private String changedFields;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private ClientEntity client;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unit;

    @Column(name = "intervention_type", nullable = false, length = 40)
    private String interventionType;

    @Column(name = "planned_start", nullable = false)
    private long plannedStart;

    @Column(name = "reason_code", nullable = false, length = 40)
    private String reasonCode;

    @Column(name = "initiator", nullable = false, length = 16)
    private String initiator;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "annulment_reason", length = 2000)
    private String annulmentReason;

    protected NonDeliveryRevisionEntity() {
        // for JPA
    }

    /** The revision that records {@code state} (its id and version) as made by {@code kind}. */
    public static NonDeliveryRevisionEntity of(NonDelivery state, ClientEntity client, RevisionKind kind,
            List<String> changedFields) {
        NonDeliveryRevisionEntity entity = new NonDeliveryRevisionEntity();
        entity.nonDeliveryId = state.id();
        entity.revision = state.version();
        entity.kind = kind.name();
        entity.changedBy = state.changedBy();
        entity.changedAt = state.changedAt().toEpochMilli();
        entity.changedFields = String.join(",", changedFields);
        entity.client = client;
        entity.unit = state.unit();
        entity.interventionType = state.interventionType();
        entity.plannedStart = state.plannedStart().toInstant().toEpochMilli();
        entity.reasonCode = state.reasonCode();
        entity.initiator = state.initiator().name();
        entity.comment = state.comment();
        entity.status = state.status().name();
        entity.annulmentReason = state.annulmentReason();
        return entity;
    }

    /** @param current the registration now, for what a revision does not repeat (entry id, registration stamp) */
    public NonDeliveryRevision toRecord(NonDelivery current) {
        var start = Instant.ofEpochMilli(plannedStart).atZone(Dates.ZONE);
        NonDelivery state = new NonDelivery(nonDeliveryId, current.journalEntryId(), client.number(), unit,
                interventionType, start.toOffsetDateTime(), IsoWeek.of(start.toLocalDate()), reasonCode,
                Initiator.valueOf(initiator), comment, NonDeliveryStatus.valueOf(status), annulmentReason,
                current.registeredBy(), current.registeredAt(), changedBy, Instant.ofEpochMilli(changedAt), revision,
                current.imported());
        List<String> fields = changedFields.isEmpty() ? List.of() : Arrays.asList(changedFields.split(","));
        return new NonDeliveryRevision(revision, RevisionKind.valueOf(kind), changedBy, Instant.ofEpochMilli(changedAt),
                fields, state);
    }
}
