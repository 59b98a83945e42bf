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

import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.Need;

/** An assessment in its current revision; its needs are rows of {@link AssessmentNeedEntity}. */
@Entity
@Table(name = "assessment")
public class AssessmentEntity {

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    @Column(name = "id")
    private long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private ClientEntity client;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unit;

    @Column(name = "assessed_on", nullable = false)
    private int assessedOn;

    @Column(name = "case_officer", nullable = false, length = 100)
    private String caseOfficer;

    @Column(name = "mapping_version", nullable = false)
    private long mappingVersion;

    @Column(name = "life_areas_version", nullable = false, length = 20)
    private String lifeAreasVersion;

    @Column(name = "registered_by", nullable = false, length = 100)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private long registeredAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AssessmentEntity() {
        // for JPA
    }

    public static AssessmentEntity of(Assessment a, ClientEntity client) {
        AssessmentEntity entity = new AssessmentEntity();
        entity.client = client;
        entity.set(a);
        entity.registeredBy = a.changedBy();
        entity.registeredAt = a.changedAt().toEpochMilli();
        return entity;
    }

    /** Takes unit, day, case officer, versions and change stamp from {@code a}. */
    public void set(Assessment a) {
        unit = a.unit();
        assessedOn = Days.of(a.assessedOn());
        caseOfficer = a.caseOfficer();
        mappingVersion = a.mappingVersion();
        lifeAreasVersion = a.lifeAreasVersion();
        changedBy = a.changedBy();
        changedAt = a.changedAt().toEpochMilli();
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String unit() {
        return unit;
    }

    public Assessment toRecord(List<Need> needs) {
        return new Assessment(id, client.number(), unit, Days.toDate(assessedOn), caseOfficer, mappingVersion,
                lifeAreasVersion, needs, changedBy, Instant.ofEpochMilli(changedAt), version);
    }
}
