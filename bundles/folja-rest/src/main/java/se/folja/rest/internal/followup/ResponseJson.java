package se.folja.rest.internal.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseStatus;

/**
 * A stored response with its answers, as the unit's staff read it. The client is the enrolment's, and not repeated
 * here.
 *
 * @param questionnaire the canonical url and version of the questionnaire answered ({@code <url>|<version>}), as
 *     {@code GET /fhir/Questionnaire} serves it
 * @param errorReason why it was marked entered in error (free text), null unless it was
 */
@Schema(description = "One respondent role's answers at one occasion of an enrolment; its revision is its ETag."
        + " As FHIR: GET /fhir/QuestionnaireResponse/{id}")
public record ResponseJson(
        long id,
        long enrolment,
        String unit,
        @Schema(example = "ORS") String template,
        @Schema(description = "The template version answered", example = "1") int version,
        @Schema(description = "The questionnaire answered, <canonical url>|<version>",
                example = "https://folja.se/fhir/Questionnaire/ORS-client|1") String questionnaire,
        @Schema(example = "baseline") String occasion,
        @Schema(description = "Which time the occasion fell due, from 1") int sequence,
        RespondentRole role,
        @Schema(description = "The day the respondent answered") LocalDate answeredOn,
        @Schema(description = "The answers in the questionnaire's order; questions left unanswered are absent")
                List<AnswerJson> answers,
        @Schema(description = "COMPLETED, or ENTERED_IN_ERROR (kept, counted nowhere)") ResponseStatus status,
        @Schema(description = "Why it was marked entered in error (free text)") String errorReason,
        @Schema(description = "1 when submitted, one more with every change; the ETag") long revision,
        @Schema(description = "Who submitted or changed it last") String changedBy,
        Instant changedAt) {

    static ResponseJson of(FollowUpResponse r) {
        return new ResponseJson(r.id(), r.enrolmentId(), r.unit(), r.templateCode(), r.templateVersion(),
                FollowUpValueSets.questionnaireUrl(r.templateCode(), r.role()) + "|" + r.templateVersion(),
                r.occasion(), r.sequence(), r.role(), r.answeredOn(), r.answers().stream().map(AnswerJson::of).toList(),
                r.status(), r.errorReason(), r.revision(), r.changedBy(), r.changedAt());
    }

    /** Gives the id, never an answer. */
    @Override
    public String toString() {
        return "ResponseJson[id=" + id + "]";
    }
}
