package se.folja.rest.internal.catalogue;

import java.time.Instant;

import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.ReasonCode;

/**
 * A reason as administrators see it: both labels, sort order, state and version.
 */
public record ReasonJson(
        String code, String labelSv, String labelEn, Initiator initiator, int sortOrder, boolean active,
        long version, Instant changedAt) {

    static ReasonJson of(ReasonCode reason) {
        return new ReasonJson(reason.code(), reason.labelSv(), reason.labelEn(), reason.initiator(),
                reason.sortOrder(), reason.active(), reason.version(), reason.changedAt());
    }
}
