package se.folja.rest.internal.followup;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /admin/followup-enablements}. */
@Schema(description = "A template version to enable for a unit and a period")
public record EnablementRequestJson(
        @Schema(description = "The template's code", example = "ORS", requiredMode = Schema.RequiredMode.REQUIRED)
                String template,
        @Schema(description = "The version to enable; absent for the latest", example = "1") Integer version,
        @Schema(description = "An active unit's code", example = "BOSTOD_NORR",
                requiredMode = Schema.RequiredMode.REQUIRED) String unit,
        @Schema(description = "The first day; absent for today", example = "2026-11-01") String from,
        @Schema(description = "The last day, inclusive; absent while open-ended", example = "2027-10-31") String to) {
}
