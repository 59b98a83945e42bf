package se.folja.store.internal.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentRevision;
import se.folja.api.ibic.Need;
import se.folja.api.person.PersonalIdentityNumber;

/** An assessment as it was after one change; written once. */
@Entity
@Table(name = "assessment_revision")
@IdClass(AssessmentRevisionEntity.Key.class)
public class AssessmentRevisionEntity {

    /** The primary key: assessment and revision. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long assessmentId;
        private long revision;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.assessmentId == assessmentId && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, revision);
        }
    }

    @Id
    @Column(name = "assessment_id")
    private long assessmentId;

    @Id
    @Column(name = "revision")
    private long revision;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

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

    protected AssessmentRevisionEntity() {
        // for JPA
    }

    public static AssessmentRevisionEntity of(long assessmentId, long revision, String kind, Assessment a) {
        AssessmentRevisionEntity entity = new AssessmentRevisionEntity();
        entity.assessmentId = assessmentId;
        entity.revision = revision;
        entity.kind = kind;
        entity.changedBy = a.changedBy();
        entity.changedAt = a.changedAt().toEpochMilli();
        entity.unit = a.unit();
        entity.assessedOn = Days.of(a.assessedOn());
        entity.caseOfficer = a.caseOfficer();
        entity.mappingVersion = a.mappingVersion();
        entity.lifeAreasVersion = a.lifeAreasVersion();
        return entity;
    }

    public long revision() {
        return revision;
    }

    public AssessmentRevision toRecord(PersonalIdentityNumber client, List<Need> needs) {
        return new AssessmentRevision(kind, new Assessment(assessmentId, client, unit, Days.toDate(assessedOn),
                caseOfficer, mappingVersion, lifeAreasVersion, needs, changedBy, Instant.ofEpochMilli(changedAt),
                revision));
    }
}
