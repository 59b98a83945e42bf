package se.folja.store.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;

/**
 * A follow-up template version enabled for a unit for a period (<em>aktiverad uppföljning</em>); days as
 * {@code yyyymmdd}. Its revision is JPA's version: every change raises it by one.
 */
@Entity
@Table(name = "followup_enablement")
public class EnablementEntity {

    @Id
    @SequenceGenerator(name = "followup_enablement_seq", sequenceName = "followup_enablement_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "followup_enablement_seq")
    @Column(name = "id")
    private long id;

    @Column(name = "template_code", nullable = false, length = 40)
    private String templateCode;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unit;

    @Column(name = "valid_from", nullable = false)
    private int validFrom;

    @Column(name = "valid_to")
    private Integer validTo;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "source", nullable = false, length = 16)
    private String source;

    @Column(name = "configuration_pid", length = 200)
    private String configuration;

    @Version
    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "changed_by", nullable = false, length = 250)
    private String changedBy;

    /** Milliseconds since 1970-01-01T00:00Z (see {@link ReasonRevisionEntity}). */
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    protected EnablementEntity() {
        // for JPA
    }

    /** A new enablement of {@code enablement}'s template, unit and state; its id and revision are JPA's. */
    public static EnablementEntity fromRecord(Enablement enablement) {
        EnablementEntity entity = new EnablementEntity();
        entity.templateCode = enablement.templateCode();
        entity.unit = enablement.unit();
        entity.apply(enablement);
        return entity;
    }

    /**
     * Copies what a change may change: the template version, the period, status, source (with the configuration
     * followed) and the change stamp. The template code and the unit stay.
     */
    public void apply(Enablement enablement) {
        templateVersion = enablement.templateVersion();
        validFrom = Days.of(enablement.from());
        validTo = Days.ofNullable(enablement.to());
        status = enablement.status().name();
        source = enablement.source().name();
        configuration = enablement.configuration();
        changedBy = enablement.changedBy();
        changedAt = enablement.changedAt().toEpochMilli();
    }

    public Enablement toRecord() {
        return new Enablement(id, templateCode, templateVersion, unit, Days.toDate(validFrom),
                Days.toDateOrNull(validTo), EnablementStatus.valueOf(status), EnablementSource.valueOf(source),
                configuration, revision, changedBy, Instant.ofEpochMilli(changedAt));
    }

    public long id() {
        return id;
    }

    public String templateCode() {
        return templateCode;
    }

    public String unit() {
        return unit;
    }

    public long revision() {
        return revision;
    }
}
