package se.folja.store.internal.entity;

import java.time.Instant;
import java.util.List;

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

import se.folja.api.followup.Answer;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseStatus;

/**
 * A response to a follow-up in its current revision; its answers are rows of {@link AnswerEntity}. The unit,
 * client and template version are its enrolment's.
 */
@Entity
@Table(name = "followup_response")
public class FollowUpResponseEntity {

    @Id
    @SequenceGenerator(name = "followup_response_seq", sequenceName = "followup_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "followup_response_seq")
    @Column(name = "id")
    private long id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "unit_code", nullable = false, length = 40, updatable = false)
    private String unit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private ClientEntity client;

    @Column(name = "template_code", nullable = false, length = 40, updatable = false)
    private String templateCode;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Column(name = "occasion", nullable = false, length = 40, updatable = false)
    private String occasion;

    @Column(name = "sequence", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "role", nullable = false, length = 16, updatable = false)
    private String role;

    @Column(name = "answered_on", nullable = false)
    private int answeredOn;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "error_reason", length = 2000)
    private String errorReason;

    @Column(name = "completed_key", length = 120)
    private String completedKey;

    @Version
    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    protected FollowUpResponseEntity() {
        // for JPA
    }

    /** A new response as {@code r} says, to {@code enrolment}, whose unit, client and template version it takes. */
    public static FollowUpResponseEntity of(FollowUpResponse r, EnrolmentEntity enrolment) {
        FollowUpResponseEntity entity = new FollowUpResponseEntity();
        entity.enrolmentId = enrolment.id();
        entity.client = enrolment.client();
        entity.unit = enrolment.unit();
        entity.templateCode = enrolment.templateCode();
        entity.templateVersion = enrolment.templateVersion();
        entity.occasion = r.occasion();
        entity.sequence = r.sequence();
        entity.role = r.role().name();
        entity.change(r);
        return entity;
    }

    /** Takes the day answered, status, error reason and change stamp from {@code r}. */
    public void change(FollowUpResponse r) {
        answeredOn = Days.of(r.answeredOn());
        status = r.status().name();
        errorReason = r.errorReason();
        changedBy = r.changedBy();
        changedAt = r.changedAt().toEpochMilli();
        completedKey = r.status() == ResponseStatus.COMPLETED
                ? completedKey(enrolmentId, occasion, sequence, RespondentRole.valueOf(role)) : null;
    }

    /**
     * @return the value of {@code completed_key} of a completed response of the enrolment, occasion, sequence and
     *     role: unique among the stored ones
     */
    public static String completedKey(long enrolmentId, String occasion, int sequence, RespondentRole role) {
        return enrolmentId + "|" + occasion + "|" + sequence + "|" + role.name();
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

    /** @return the completed response's key, null once it is entered in error */
    public String completedKey() {
        return completedKey;
    }

    public FollowUpResponse toRecord(List<Answer> answers) {
        return new FollowUpResponse(id, enrolmentId, unit, client.number(), templateCode, templateVersion, occasion,
                sequence, RespondentRole.valueOf(role), Days.toDate(answeredOn), answers,
                ResponseStatus.valueOf(status), errorReason, revision, changedBy, Instant.ofEpochMilli(changedAt));
    }
}
