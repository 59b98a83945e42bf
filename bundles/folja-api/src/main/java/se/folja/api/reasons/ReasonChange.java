package se.folja.api.reasons;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a reason's history: who changed it, when, and what it looked like before and after.
 *
 * @param revision the reason's version after the change (1 for its creation)
 * @param kind what the change did
 * @param changedBy the login name of the user who made it ({@code system} for the shipped catalogue)
 * @param changedAt when
 * @param before the reason before the change; null for {@link ChangeKind#CREATED}
 * @param after the reason after the change
 * @since 1.0.0
 */
public record ReasonChange(
        long revision, ChangeKind kind, String changedBy, Instant changedAt, ReasonCode before, ReasonCode after) {

    public ReasonChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(after, "after");
    }

    /**
     * @return the names of the fields that differ between before and after ({@code labelSv},
     *     {@code labelEn}, {@code sortOrder}, {@code active}); every field for a creation
     */
    public List<String> changedFields() {
        List<String> fields = new ArrayList<>();
        if (before == null || !before.labelSv().equals(after.labelSv())) {
            fields.add("labelSv");
        }
        if (before == null || !before.labelEn().equals(after.labelEn())) {
            fields.add("labelEn");
        }
        if (before == null) {
            fields.add("initiator");
        }
        if (before == null || before.sortOrder() != after.sortOrder()) {
            fields.add("sortOrder");
        }
        if (before == null || before.active() != after.active()) {
            fields.add("active");
        }
        return fields;
    }
}
