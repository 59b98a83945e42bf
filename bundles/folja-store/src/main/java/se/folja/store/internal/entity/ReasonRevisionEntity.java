package se.folja.store.internal.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import se.folja.api.reasons.ChangeKind;
import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.ReasonCode;

/**
 * One revision of a reason: its full state after a change, who made the change and when. Rows are only
 * ever inserted.
 */
@Entity
@Table(name = "reason_code_revision")
@IdClass(ReasonRevisionEntity.Key.class)
public class ReasonRevisionEntity {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Id
    @Column(name = "revision")
    private long revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ChangeKind kind;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    /**
     * Milliseconds since 1970-01-01T00:00Z. A number, not a TIMESTAMP: EclipseLink 2.7 binds date-times in the
     * JVM's time zone, which shifts instants in a daylight-saving gap; a number means one instant everywhere.
     */
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "label_sv", nullable = false, length = 200)
    private String labelSv;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiator", nullable = false, length = 16)
    private Initiator initiator;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected ReasonRevisionEntity() {
        // for JPA
    }

    /** A revision holding {@code reason}'s state at its version. */
    public static ReasonRevisionEntity of(ReasonCode reason, ChangeKind kind, String changedBy) {
        ReasonRevisionEntity entity = new ReasonRevisionEntity();
        entity.code = reason.code();
        entity.revision = reason.version();
        entity.kind = kind;
        entity.changedBy = changedBy;
        entity.changedAt = reason.changedAt().toEpochMilli();
        entity.labelSv = reason.labelSv();
        entity.labelEn = reason.labelEn();
        entity.initiator = reason.initiator();
        entity.sortOrder = reason.sortOrder();
        entity.active = reason.active();
        return entity;
    }

    /** @return the reason as it was after this revision */
    public ReasonCode snapshot() {
        return new ReasonCode(code, labelSv, labelEn, initiator, sortOrder, active, revision,
                Instant.ofEpochMilli(changedAt));
    }

    public long revision() {
        return revision;
    }

    public ChangeKind kind() {
        return kind;
    }

    public String changedBy() {
        return changedBy;
    }

    /** Composite primary key: code and revision. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String code;
        private long revision;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && revision == key.revision && Objects.equals(code, key.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, revision);
        }
    }
}
