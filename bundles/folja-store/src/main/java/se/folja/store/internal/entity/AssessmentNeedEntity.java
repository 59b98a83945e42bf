package se.folja.store.internal.entity;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import se.folja.api.ibic.Need;

/** A need of one revision of an assessment; written once. */
@Entity
@Table(name = "assessment_need")
@IdClass(AssessmentNeedEntity.Key.class)
public class AssessmentNeedEntity {

    /** The primary key: assessment, revision and place in the list. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long assessmentId;
        private long revision;
        private int ordinal;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.assessmentId == assessmentId && k.revision == revision
                    && k.ordinal == ordinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, revision, ordinal);
        }
    }

    @Id
    @Column(name = "assessment_id")
    private long assessmentId;

    @Id
    @Column(name = "revision")
    private long revision;

    @Id
    @Column(name = "ordinal")
    private int ordinal;

    @Column(name = "icf_code", length = 6)
    private String icf;

    @Column(name = "life_area", nullable = false, length = 40)
    private String lifeArea;

    @Column(name = "term", length = 100)
    private String term;

    @Column(name = "qualifier", nullable = false)
    private short qualifier;

    @Column(name = "goal_qualifier")
    private Short goalQualifier;

    @Column(name = "goal_text", length = 2000)
    private String goalText;

    protected AssessmentNeedEntity() {
        // for JPA
    }

    public static AssessmentNeedEntity of(long assessmentId, long revision, int ordinal, Need need) {
        AssessmentNeedEntity entity = new AssessmentNeedEntity();
        entity.assessmentId = assessmentId;
        entity.revision = revision;
        entity.ordinal = ordinal;
        entity.icf = need.icf();
        entity.lifeArea = need.lifeArea();
        entity.term = need.term();
        entity.qualifier = (short) need.qualifier();
        entity.goalQualifier = need.goalQualifier() == null ? null : need.goalQualifier().shortValue();
        entity.goalText = need.goalText();
        return entity;
    }

    public long assessmentId() {
        return assessmentId;
    }

    public long revision() {
        return revision;
    }

    public Need toRecord() {
        return new Need(icf, lifeArea, term, qualifier, goalQualifier == null ? null : goalQualifier.intValue(),
                goalText);
    }
}
