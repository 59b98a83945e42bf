package se.folja.rest.internal.ibic;

import java.util.Optional;
import java.util.function.Function;

import se.folja.api.ibic.AssessmentRevision;
import se.folja.api.ibic.IcfCodeEntry;

/** One revision of an assessment: what kind of change, and the assessment as it was after it. */
public record AssessmentRevisionJson(long revision, String kind, AssessmentJson assessment) {

    static AssessmentRevisionJson of(AssessmentRevision r, Function<String, Optional<IcfCodeEntry>> titles) {
        return new AssessmentRevisionJson(r.assessment().version(), r.kind(), AssessmentJson.of(r.assessment(),
                titles));
    }
}
