package se.folja.store.internal.entity;

import java.time.Instant;

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

import se.folja.api.Dates;
import se.folja.api.IsoWeek;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryStatus;
import se.folja.api.reasons.Initiator;

/** A registered non-delivery; its planned start is kept as an instant, its Swedish day and its ISO week. */
@Entity
@Table(name = "non_delivery")
public class NonDeliveryEntity {

    /** The zone in which planned starts are entered, shown, and assigned to days and weeks. */

    @Id
    @SequenceGenerator(name = "non_delivery_seq", sequenceName = "non_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "non_delivery_seq")
    @Column(name = "id")
    private long id;

    @Column(name = "journal_entry_id", nullable = false, length = 100, updatable = false)
    private String journalEntryId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private ClientEntity client;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unit;

    @Column(name = "intervention_type", nullable = false, length = 40)
    private String interventionType;

    @Column(name = "planned_start", nullable = false)
    private long plannedStart;

    @Column(name = "planned_day", nullable = false)
    private int plannedDay;

    @Column(name = "iso_week", nullable = false)
    private int isoWeek;

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

    @Column(name = "registered_by", nullable = false, length = 100, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private long registeredAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "imported", nullable = false, updatable = false)
    private boolean imported;

    protected NonDeliveryEntity() {
        // for JPA
    }

    public static NonDeliveryEntity of(NonDelivery n, ClientEntity client) {
        NonDeliveryEntity entity = new NonDeliveryEntity();
        entity.journalEntryId = n.journalEntryId();
        entity.registeredBy = n.registeredBy();
        entity.registeredAt = n.registeredAt().toEpochMilli();
        entity.imported = n.imported();
        entity.apply(n, client);
        return entity;
    }

    /** Copies everything a correction or annulment may change. */
    public void apply(NonDelivery n, ClientEntity newClient) {
        client = newClient;
        unit = n.unit();
        interventionType = n.interventionType();
        Instant start = n.plannedStart().toInstant();
        plannedStart = start.toEpochMilli();
        plannedDay = Days.of(start.atZone(Dates.ZONE).toLocalDate());
        isoWeek = IsoWeek.of(start.atZone(Dates.ZONE).toLocalDate()).yearWeek();
        reasonCode = n.reasonCode();
        initiator = n.initiator().name();
        comment = n.comment();
        status = n.status().name();
        annulmentReason = n.annulmentReason();
        changedBy = n.changedBy();
        changedAt = n.changedAt().toEpochMilli();
    }

    public NonDelivery toRecord() {
        return new NonDelivery(id, journalEntryId, client.number(), unit, interventionType,
                Instant.ofEpochMilli(plannedStart).atZone(Dates.ZONE).toOffsetDateTime(), IsoWeek.ofYearWeek(isoWeek),
                reasonCode, Initiator.valueOf(initiator), comment, NonDeliveryStatus.valueOf(status),
                annulmentReason, registeredBy, Instant.ofEpochMilli(registeredAt), changedBy,
                Instant.ofEpochMilli(changedAt), version, imported);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ClientEntity client() {
        return client;
    }

    public String journalEntryId() {
        return journalEntryId;
    }
}
