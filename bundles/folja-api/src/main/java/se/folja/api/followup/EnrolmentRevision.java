package se.folja.api.followup;

import java.util.Objects;

/**
 * One revision in the history of an enrolment: what the change did, and the whole enrolment as it left it (its
 * revision, {@code changedBy} and {@code changedAt} are the change's).
 *
 * @since 1.1.0
 */
public record EnrolmentRevision(EnrolmentChangeKind kind, Enrolment state) {

    public EnrolmentRevision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
    }
}
