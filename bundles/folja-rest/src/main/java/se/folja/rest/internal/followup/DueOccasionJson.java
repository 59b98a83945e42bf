package se.folja.rest.internal.followup;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.followup.DueOccasion;
import se.folja.api.followup.RespondentRole;

/** A measurement occasion of an enrolment that is open and not answered by every respondent role. */
@Schema(description = "An open occasion of an enrolment: submit a response for each unanswered role with POST"
        + " /enrolments/{enrolment}/responses")
public record DueOccasionJson(
        long enrolment,
        @Schema(description = "Personnummer or samordningsnummer, 12 digits") String client,
        String unit,
        @Schema(description = "Who follows the enrolment; absent for nobody") String responsible,
        String template,
        int version,
        @Schema(description = "The occasion's code in the template", example = "baseline") String occasion,
        @Schema(description = "1 the first time the occasion falls due, 2 the second (every N weeks)…")
                int sequence,
        @Schema(description = "The day it falls due; open from 7 days before") LocalDate due,
        @Schema(description = "The roles without a response, in the template's order") List<RespondentRole> unanswered,
        @Schema(description = "More than 14 days past due") boolean overdue) {

    static DueOccasionJson of(DueOccasion d) {
        return new DueOccasionJson(d.enrolmentId(), d.client().digits(), d.unit(), d.responsible(), d.templateCode(),
                d.templateVersion(), d.occasion(), d.sequence(), d.due(), d.unanswered(), d.overdue());
    }

    /** Never gives the client. */
    @Override
    public String toString() {
        return "DueOccasionJson[enrolment=" + enrolment + ", " + occasion + "#" + sequence + "]";
    }
}
