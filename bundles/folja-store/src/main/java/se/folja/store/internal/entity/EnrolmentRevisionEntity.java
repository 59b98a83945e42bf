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

import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentChangeKind;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentRevision;
import se.folja.api.followup.EnrolmentStatus;

/** One revision of an enrolment: how it changed, and the whole enrolment afterwards. Written once. */
@Entity
@Table(name = "followup_enrolment_revision")
@IdClass(EnrolmentRevisionEntity.Key.class)
public class EnrolmentRevisionEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long enrolmentId;
        private long revision;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.enrolmentId == enrolmentId && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, revision);
        }
    }

    @Id
    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Id
    @Column(name = "revision")
    private long revision;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "enablement_id", nullable = false)
    private long enablementId;

    @Column(name = "template_code", nullable = false, length = 40)
    private String templateCode;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private ClientEntity client;

    @Column(name = "grant_id")
    private Long grantId;

    @Column(name = "responsible", length = 100)
    private String responsible;

    @Column(name = "start_day", nullable = false)
    private int startDay;

    @Column(name = "end_day")
    private Integer endDay;

    @Column(name = "end_reason", length = 16)
    private String endReason;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "annulment_reason", length = 2000)
    private String annulmentReason;

    protected EnrolmentRevisionEntity() {
        // for JPA
    }

    /** The revision that records {@code state} (its id and revision) as made by {@code kind}. */
    public static EnrolmentRevisionEntity of(Enrolment state, ClientEntity client, EnrolmentChangeKind kind) {
        EnrolmentRevisionEntity entity = new EnrolmentRevisionEntity();
        entity.enrolmentId = state.id();
        entity.revision = state.revision();
        entity.kind = kind.name();
        entity.changedBy = state.changedBy();
        entity.changedAt = state.changedAt().toEpochMilli();
        entity.enablementId = state.enablementId();
        entity.templateCode = state.templateCode();
        entity.templateVersion = state.templateVersion();
        entity.unit = state.unit();
        entity.client = client;
        entity.grantId = state.grantId();
        entity.responsible = state.responsible();
        entity.startDay = Days.of(state.start());
        entity.endDay = Days.ofNullable(state.end());
        entity.endReason = state.endReason() == null ? null : state.endReason().name();
        entity.status = state.status().name();
        entity.annulmentReason = state.annulmentReason();
        return entity;
    }

    public EnrolmentRevision toRecord() {
        return new EnrolmentRevision(EnrolmentChangeKind.valueOf(kind), new Enrolment(enrolmentId, enablementId,
                templateCode, templateVersion, unit, client.number(), grantId, responsible, Days.toDate(startDay),
                Days.toDateOrNull(endDay), endReason == null ? null : EnrolmentEndReason.valueOf(endReason),
                EnrolmentStatus.valueOf(status), annulmentReason, revision, changedBy,
                Instant.ofEpochMilli(changedAt)));
    }
}
