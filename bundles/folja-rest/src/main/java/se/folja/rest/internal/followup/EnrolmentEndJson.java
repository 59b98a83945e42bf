package se.folja.rest.internal.followup;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /enrolments/{id}/end}. */
@Schema(description = "The last day of an enrolment and why it ended")
public record EnrolmentEndJson(
        @Schema(description = "The last day: not before the first, not in the future", example = "2026-12-07",
                requiredMode = Schema.RequiredMode.REQUIRED) String end,
        @Schema(description = "COMPLETED, MOVED, DIED, DROPOUT or DECLINED", example = "COMPLETED",
                requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
}
