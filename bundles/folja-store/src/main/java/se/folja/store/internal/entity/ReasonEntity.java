package se.folja.store.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.ReasonCode;

/** A reason of the catalogue, current state. Its history lives in {@link ReasonRevisionEntity}. */
@Entity
@Table(name = "reason_code")
public class ReasonEntity {

    @Id
    @Column(name = "code", length = 40)
    private String code;

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /**
     * Milliseconds since 1970-01-01T00:00Z. A number, not a TIMESTAMP: EclipseLink 2.7 binds date-times in the
     * JVM's time zone, which shifts instants in a daylight-saving gap; a number means one instant everywhere.
     */
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    protected ReasonEntity() {
        // for JPA
    }

    public static ReasonEntity fromRecord(ReasonCode reason) {
        ReasonEntity entity = new ReasonEntity();
        entity.code = reason.code();
        entity.initiator = reason.initiator();
        entity.apply(reason);
        return entity;
    }

    /** Copies the editable state: labels, sort order, active flag and change time. */
    public void apply(ReasonCode reason) {
        labelSv = reason.labelSv();
        labelEn = reason.labelEn();
        sortOrder = reason.sortOrder();
        active = reason.active();
        changedAt = reason.changedAt().toEpochMilli();
    }

    public ReasonCode toRecord() {
        return new ReasonCode(code, labelSv, labelEn, initiator, sortOrder, active, version,
                Instant.ofEpochMilli(changedAt));
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }
}
