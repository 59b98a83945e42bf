package se.folja.rest.internal.followup;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /enrolments/{id}/responses}. */
@Schema(description = "A respondent role's answers at an occasion of the enrolment")
public record ResponseRequestJson(
        @Schema(description = "The occasion's code in the template", example = "baseline",
                requiredMode = Schema.RequiredMode.REQUIRED) String occasion,
        @Schema(description = "Which time the occasion falls due, from 1; absent for 1", example = "1")
                Integer sequence,
        @Schema(description = "CASE_OFFICER, PROVIDER or CLIENT: one of the template's respondent roles",
                example = "CLIENT", requiredMode = Schema.RequiredMode.REQUIRED) String role,
        @Schema(description = "The day the respondent answered; absent for today, never in the future",
                example = "2026-12-07") String answeredOn,
        @Schema(description = "A FHIR R4 QuestionnaireResponse (status completed) to the role's questionnaire of the"
                + " enrolment's template version, see docs/followup-templates.md",
                requiredMode = Schema.RequiredMode.REQUIRED, implementation = Object.class)
                JsonNode questionnaireResponse) {

    /** Never gives the answers. */
    @Override
    public String toString() {
        return "ResponseRequestJson[" + occasion + "#" + sequence + ", " + role + "]";
    }
}
