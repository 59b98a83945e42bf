package se.folja.rest.internal;

import java.time.Instant;

import se.folja.api.interventions.InterventionType;

/** An intervention type as administrators see it. */
public record InterventionTypeJson(
        String code, String labelSv, String labelEn, boolean active, long version, String changedBy,
        Instant changedAt) {

    static InterventionTypeJson of(InterventionType type) {
        return new InterventionTypeJson(type.code(), type.labelSv(), type.labelEn(), type.active(), type.version(),
                type.changedBy(), type.changedAt());
    }
}
