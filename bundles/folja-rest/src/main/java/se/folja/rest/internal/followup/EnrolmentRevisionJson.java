package se.folja.rest.internal.followup;

import java.time.Instant;

import se.folja.api.followup.EnrolmentChangeKind;
import se.folja.api.followup.EnrolmentRevision;

/** One revision of an enrolment: what the change did, who made it when, and the enrolment as it left it. */
public record EnrolmentRevisionJson(long revision, EnrolmentChangeKind kind, String changedBy, Instant changedAt,
        EnrolmentJson state) {

    static EnrolmentRevisionJson of(EnrolmentRevision r) {
        return new EnrolmentRevisionJson(r.state().revision(), r.kind(), r.state().changedBy(), r.state().changedAt(),
                EnrolmentJson.of(r.state()));
    }
}
