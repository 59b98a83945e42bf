package se.folja.store.internal.entity;

import java.io.Serializable;
import java.time.Instant;
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

import se.folja.api.followup.Answer;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseRevision;
import se.folja.api.followup.ResponseStatus;

/**
 * One revision of a response: how it changed, and the whole response afterwards; its answers are rows of
 * {@link AnswerRevisionEntity}. Written once.
 */
@Entity
@Table(name = "followup_response_revision")
@IdClass(FollowUpResponseRevisionEntity.Key.class)
public class FollowUpResponseRevisionEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long responseId;
        private long revision;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.responseId == responseId && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(responseId, revision);
        }
    }

    @Id
    @Column(name = "response_id")
    private long responseId;

    @Id
    @Column(name = "revision")
    private long revision;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private ClientEntity client;

    @Column(name = "template_code", nullable = false, length = 40)
    private String templateCode;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "occasion", nullable = false, length = 40)
    private String occasion;

    @Column(name = "sequence", nullable = false)
    private int sequence;

    @Column(name = "role", nullable = false, length = 16)
    private String role;

    @Column(name = "answered_on", nullable = false)
    private int answeredOn;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "error_reason", length = 2000)
    private String errorReason;

    protected FollowUpResponseRevisionEntity() {
        // for JPA
    }

    /** The revision that records {@code state} (its id and revision) as made by {@code kind}. */
    public static FollowUpResponseRevisionEntity of(FollowUpResponse state, ClientEntity client,
            ResponseChangeKind kind) {
        FollowUpResponseRevisionEntity entity = new FollowUpResponseRevisionEntity();
        entity.responseId = state.id();
        entity.revision = state.revision();
        entity.kind = kind.name();
        entity.changedBy = state.changedBy();
        entity.changedAt = state.changedAt().toEpochMilli();
        entity.enrolmentId = state.enrolmentId();
        entity.unit = state.unit();
        entity.client = client;
        entity.templateCode = state.templateCode();
        entity.templateVersion = state.templateVersion();
        entity.occasion = state.occasion();
        entity.sequence = state.sequence();
        entity.role = state.role().name();
        entity.answeredOn = Days.of(state.answeredOn());
        entity.status = state.status().name();
        entity.errorReason = state.errorReason();
        return entity;
    }

    public long revision() {
        return revision;
    }

    public ResponseRevision toRecord(List<Answer> answers) {
        return new ResponseRevision(ResponseChangeKind.valueOf(kind), new FollowUpResponse(responseId, enrolmentId,
                unit, client.number(), templateCode, templateVersion, occasion, sequence,
                RespondentRole.valueOf(role), Days.toDate(answeredOn), answers, ResponseStatus.valueOf(status),
                errorReason, revision, changedBy, Instant.ofEpochMilli(changedAt)));
    }
}
