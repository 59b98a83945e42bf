package se.folja.store.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import se.folja.api.interventions.InterventionType;

/** An intervention type (<em>insatstyp</em>). */
@Entity
@Table(name = "intervention_type")
public class InterventionTypeEntity {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "label_sv", nullable = false, length = 200)
    private String labelSv;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    /** Milliseconds since 1970-01-01T00:00Z (see {@link ReasonEntity}). */
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    protected InterventionTypeEntity() {
        // for JPA
    }

    public static InterventionTypeEntity fromRecord(InterventionType type) {
        InterventionTypeEntity entity = new InterventionTypeEntity();
        entity.code = type.code();
        entity.apply(type);
        return entity;
    }

    /** Copies labels, state and change stamp. */
    public void apply(InterventionType type) {
        labelSv = type.labelSv();
        labelEn = type.labelEn();
        active = type.active();
        changedBy = type.changedBy();
        changedAt = type.changedAt().toEpochMilli();
    }

    public InterventionType toRecord() {
        return new InterventionType(code, labelSv, labelEn, active, version, changedBy, Instant.ofEpochMilli(changedAt));
    }

    public long version() {
        return version;
    }
}
