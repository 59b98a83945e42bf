package se.folja.rest.internal.followup;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT /responses/{id}}: the answers that replace the response's. */
@Schema(description = "A response's corrected answers; the earlier revision is kept")
public record ResponseCorrectionJson(
        @Schema(description = "The day the respondent answered; absent to keep it", example = "2026-12-07")
                String answeredOn,
        @Schema(description = "The whole corrected FHIR R4 QuestionnaireResponse (status completed)",
                requiredMode = Schema.RequiredMode.REQUIRED, implementation = Object.class)
                JsonNode questionnaireResponse) {

    /** Never gives the answers. */
    @Override
    public String toString() {
        return "ResponseCorrectionJson";
    }
}
