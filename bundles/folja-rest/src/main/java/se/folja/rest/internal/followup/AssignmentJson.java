package se.folja.rest.internal.followup;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /enrolments/{id}/assign}. */
@Schema(description = "Who follows an enrolment")
public record AssignmentJson(
        @Schema(description = "A login name; null or absent for nobody", example = "staff", nullable = true)
                String responsible) {
}
