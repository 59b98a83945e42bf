package se.folja.api.nondelivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One revision in the history of a registration: who changed what, when, and the whole registration as it
 * was afterwards.
 *
 * @param revision 1 for the registration, then one more per change; equals {@code state.version()}
 * @param kind what the change did
 * @param changedBy login name
 * @param changedAt when
 * @param changedFields the fields this revision changed, e.g. {@code reasonCode}; empty for the first
 * @param state the registration after this revision
 * @since 1.0.0
 */
public record NonDeliveryRevision(
        long revision, RevisionKind kind, String changedBy, Instant changedAt, List<String> changedFields,
        NonDelivery state) {

    public NonDeliveryRevision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        changedFields = List.copyOf(changedFields);
        Objects.requireNonNull(state, "state");
    }
}
