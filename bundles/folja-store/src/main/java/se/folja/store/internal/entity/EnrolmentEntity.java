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

import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentStatus;

/** An enrolment in a follow-up in its current revision; days as {@code yyyymmdd}. */
@Entity
@Table(name = "followup_enrolment")
public class EnrolmentEntity {

    @Id
    @SequenceGenerator(name = "followup_enrolment_seq", sequenceName = "followup_enrolment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "followup_enrolment_seq")
    @Column(name = "id")
    private long id;

    @Column(name = "enablement_id", nullable = false, updatable = false)
    private long enablementId;

    @Column(name = "template_code", nullable = false, length = 40, updatable = false)
    private String templateCode;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Column(name = "unit_code", nullable = false, length = 40, updatable = false)
    private String unit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private ClientEntity client;

    @Column(name = "grant_id", updatable = false)
    private Long grantId;

    @Column(name = "responsible", length = 100)
    private String responsible;

    @Column(name = "start_day", nullable = false, updatable = false)
    private int startDay;

    @Column(name = "end_day")
    private Integer endDay;

    @Column(name = "end_reason", length = 16)
    private String endReason;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "annulment_reason", length = 2000)
    private String annulmentReason;

    @Version
    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    protected EnrolmentEntity() {
        // for JPA
    }

    /** A new enrolment of {@code client} as {@code e} says; its id and revision are given by the store. */
    public static EnrolmentEntity of(Enrolment e, ClientEntity client) {
        EnrolmentEntity entity = new EnrolmentEntity();
        entity.enablementId = e.enablementId();
        entity.templateCode = e.templateCode();
        entity.templateVersion = e.templateVersion();
        entity.unit = e.unit();
        entity.client = client;
        entity.grantId = e.grantId();
        entity.startDay = Days.of(e.start());
        entity.change(e);
        return entity;
    }

    /** Takes responsible, end, end reason, status, annulment reason and change stamp from {@code e}. */
    public void change(Enrolment e) {
        responsible = e.responsible();
        endDay = Days.ofNullable(e.end());
        endReason = e.endReason() == null ? null : e.endReason().name();
        status = e.status().name();
        annulmentReason = e.annulmentReason();
        changedBy = e.changedBy();
        changedAt = e.changedAt().toEpochMilli();
    }

    public long id() {
        return id;
    }

    public long revision() {
        return revision;
    }

    public ClientEntity client() {
        return client;
    }

    public String unit() {
        return unit;
    }

    public String templateCode() {
        return templateCode;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public Enrolment toRecord() {
        return new Enrolment(id, enablementId, templateCode, templateVersion, unit, client.number(), grantId,
                responsible, Days.toDate(startDay), Days.toDateOrNull(endDay),
                endReason == null ? null : EnrolmentEndReason.valueOf(endReason), EnrolmentStatus.valueOf(status),
                annulmentReason, revision, changedBy, Instant.ofEpochMilli(changedAt));
    }
}
