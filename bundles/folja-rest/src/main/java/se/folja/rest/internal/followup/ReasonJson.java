package se.folja.rest.internal.followup;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /enrolments/{id}/annul} and {@code POST /responses/{id}/entered-in-error}. */
public record ReasonJson(
        @Schema(description = "What was entered by mistake, and why (free text, at most 2000 characters, never"
                + " exported)", requiredMode = Schema.RequiredMode.REQUIRED) String reason) {

    /** Never gives the text. */
    @Override
    public String toString() {
        return "ReasonJson";
    }
}
