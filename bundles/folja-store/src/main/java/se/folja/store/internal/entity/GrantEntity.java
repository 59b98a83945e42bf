package se.folja.store.internal.entity;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantStatus;

/** A grant (<em>beviljad insats</em>); days as {@code yyyymmdd}. */
@Entity
@Table(name = "grant_decision")
public class GrantEntity {

    @Id
    @SequenceGenerator(name = "grant_decision_seq", sequenceName = "grant_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_decision_seq")
    @Column(name = "id")
    private long id;

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

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "annulment_reason", length = 2000)
    private String annulmentReason;

    protected GrantEntity() {
        // for JPA
    }

    public static GrantEntity of(Grant grant, ClientEntity client) {
        GrantEntity entity = new GrantEntity();
        entity.client = client;
        entity.unit = grant.unit();
        entity.interventionType = grant.interventionType();
        entity.sessionsPerWeek = grant.sessionsPerWeek();
        entity.validFrom = Days.of(grant.validFrom());
        entity.validTo = Days.ofNullable(grant.validTo());
        entity.changedBy = grant.changedBy();
        entity.changedAt = grant.changedAt().toEpochMilli();
        entity.status = grant.status().name();
        entity.annulmentReason = grant.annulmentReason();
        return entity;
    }

    /** Marks the grant annulled, with its reason and the change stamp. */
    public void annul(String reason, String by, Instant at) {
        status = GrantStatus.ANNULLED.name();
        annulmentReason = reason;
        changedBy = by;
        changedAt = at.toEpochMilli();
    }

    /** Sets the last day and the change stamp. */
    public void end(LocalDate lastDay, String by, Instant at) {
        validTo = Days.of(lastDay);
        changedBy = by;
        changedAt = at.toEpochMilli();
    }

    public Grant toRecord() {
        return new Grant(id, client.number(), unit, interventionType, sessionsPerWeek, Days.toDate(validFrom),
                Days.toDateOrNull(validTo), changedBy, Instant.ofEpochMilli(changedAt), version,
                GrantStatus.valueOf(status), annulmentReason);
    }

    public long version() {
        return version;
    }

    public ClientEntity client() {
        return client;
    }
}
