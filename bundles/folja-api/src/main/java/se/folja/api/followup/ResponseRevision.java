package se.folja.api.followup;

import java.util.Objects;

/**
 * One revision in the history of a response: what the change did, and the whole response as it left it (its
 * revision, {@code changedBy} and {@code changedAt} are the change's).
 *
 * @since 1.1.0
 */
public record ResponseRevision(ResponseChangeKind kind, FollowUpResponse state) {

    public ResponseRevision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
    }
}
