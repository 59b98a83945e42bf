package se.folja.store.internal.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantRevision;
import se.folja.api.nondelivery.GrantRevisionKind;
import se.folja.api.nondelivery.GrantStatus;

/** One revision of a grant: who changed it when, how, and the whole grant afterwards. */
@Entity
@Table(name = "grant_decision_revision")
@IdClass(GrantRevisionEntity.Key.class)
public class GrantRevisionEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long grantId;
        private long revision;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.grantId == grantId && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(grantId, revision);
        }
    }

    @Id
    @Column(name = "grant_id")
    private long grantId;

    @Id
    @Column(name = "revision")
    private long revision;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private ClientEntity client;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unit;

    @Column(name = "intervention_type", nullable = false, length = 40)
    private String interventionType;

    @Column(name = "sessions_per_week", nullable = false)
    private int sessionsPerWeek;

    @Column(name = "valid_from", nullable = false)
    private int validFrom;

    @Column(name = "valid_to")
    private Integer validTo;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "annulment_reason", length = 2000)
    private String annulmentReason;

    protected GrantRevisionEntity() {
        // for JPA
    }

    /** The revision that records {@code state} (its id and version) as made by {@code kind}. */
    public static GrantRevisionEntity of(Grant state, ClientEntity client, GrantRevisionKind kind) {
        GrantRevisionEntity entity = new GrantRevisionEntity();
        entity.grantId = state.id();
        entity.revision = state.version();
        entity.kind = kind.name();
        entity.changedBy = state.changedBy();
        entity.changedAt = state.changedAt().toEpochMilli();
        entity.client = client;
        entity.unit = state.unit();
        entity.interventionType = state.interventionType();
        entity.sessionsPerWeek = state.sessionsPerWeek();
        entity.validFrom = Days.of(state.validFrom());
        entity.validTo = Days.ofNullable(state.validTo());
        entity.status = state.status().name();
        entity.annulmentReason = state.annulmentReason();
        return entity;
    }

    public GrantRevision toRecord() {
        Instant at = Instant.ofEpochMilli(changedAt);
        Grant state = new Grant(grantId, client.number(), unit, interventionType, sessionsPerWeek,
                Days.toDate(validFrom), Days.toDateOrNull(validTo), changedBy, at, revision,
                GrantStatus.valueOf(status), annulmentReason);
        return new GrantRevision(revision, GrantRevisionKind.valueOf(kind), changedBy, at, state);
    }
}
