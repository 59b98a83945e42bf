package se.folja.api.followup;

import java.util.Objects;

/**
 * One revision of an enablement, for the audit: who changed what, when, from what to what.
 *
 * @param kind what the change did
 * @param before the enablement as it was, null for {@link EnablementChangeKind#ENABLED}
 * @param after the enablement as the change left it; its revision, {@code changedBy} and {@code changedAt} are the
 *     change's
 * @since 1.1.0
 */
public record EnablementChange(EnablementChangeKind kind, Enablement before, Enablement after) {

    public EnablementChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(after, "after");
    }
}
