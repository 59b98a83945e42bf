package se.folja.rest.internal.catalogue;

import java.time.Instant;
import java.util.List;

import se.folja.api.reasons.ChangeKind;
import se.folja.api.reasons.ReasonChange;

/** One entry of a reason's history: who, when, what changed, before and after. */
public record ReasonChangeJson(
        long revision, ChangeKind kind, String changedBy, Instant changedAt, List<String> changedFields,
        ReasonJson before, ReasonJson after) {

    static ReasonChangeJson of(ReasonChange change) {
        return new ReasonChangeJson(change.revision(), change.kind(), change.changedBy(), change.changedAt(),
                change.changedFields(), change.before() == null ? null : ReasonJson.of(change.before()),
                ReasonJson.of(change.after()));
    }
}
