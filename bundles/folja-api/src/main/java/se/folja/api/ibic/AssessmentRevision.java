package se.folja.api.ibic;

import java.util.Objects;

/**
 * One revision of an assessment, as it was after the change.
 *
 * @param kind {@code RECORDED} or {@code CORRECTED}
 * @param assessment the assessment as it was; its version is the revision
 * @since 1.0.0
 */
public record AssessmentRevision(String kind, Assessment assessment) {

    /** The kind of the first revision. */
    public static final String RECORDED = "RECORDED";
    /** The kind of every later revision. */
    public static final String CORRECTED = "CORRECTED";

    public AssessmentRevision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(assessment, "assessment");
    }
}
