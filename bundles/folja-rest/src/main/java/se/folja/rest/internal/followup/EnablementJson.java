package se.folja.rest.internal.followup;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;

/**
 * A template version enabled for a unit for a period.
 *
 * @param configuration the Config Admin configuration (PID) it follows when {@code source} is
 *     {@code CONFIGURATION}; it is then changed only there
 * @param changedBy the login name of who changed it last; given to administrators only
 */
@Schema(description = "A follow-up template version enabled for a unit and a period; its revision is its ETag")
public record EnablementJson(
        long id,
        @Schema(description = "The template's code", example = "ORS") String template,
        @Schema(description = "The template version enabled", example = "1") int version,
        @Schema(example = "BOSTOD_NORR") String unit,
        LocalDate from,
        @Schema(description = "The last day; absent while open-ended") LocalDate to,
        EnablementStatus status,
        @Schema(description = "How it was last changed: REST, SHELL or CONFIGURATION") EnablementSource source,
        String configuration,
        @Schema(description = "1 when enabled, one more with every change; the ETag") long revision,
        @Schema(description = "Who changed it last; for administrators only") String changedBy,
        Instant changedAt) {

    /**
     * @param showWho whether the caller may read who changed it (an administrator)
     */
    static EnablementJson of(Enablement e, boolean showWho) {
        return new EnablementJson(e.id(), e.templateCode(), e.templateVersion(), e.unit(), e.from(), e.to(),
                e.status(), e.source(), e.configuration(), e.revision(), showWho ? e.changedBy() : null,
                e.changedAt());
    }
}
