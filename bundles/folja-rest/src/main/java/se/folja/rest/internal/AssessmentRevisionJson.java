package se.folja.rest.internal;

import se.folja.api.ibic.AssessmentRevision;

/** One revision of an assessment: what kind of change, and the assessment as it was after it. */
public record AssessmentRevisionJson(long revision, String kind, AssessmentJson assessment) {

    static AssessmentRevisionJson of(AssessmentRevision r) {
        return new AssessmentRevisionJson(r.assessment().version(), r.kind(), AssessmentJson.of(r.assessment()));
    }
}
