package se.folja.api.nondelivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One revision in the history of a grant: who changed it, when, how, and the whole grant as it was afterwards.
 *
 * @param revision 1 for the grant as entered, then one more per change; equals {@code state.version()}
 * @param kind what the change did
 * @param changedBy login name
 * @param changedAt when
 * @param state the grant after this revision
 * @since 1.1.0
 */
public record GrantRevision(long revision, GrantRevisionKind kind, String changedBy, Instant changedAt, Grant state) {

    public GrantRevision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(state, "state");
    }
}
