package se.folja.rest.internal.followup;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.followup.EnrolmentProposal;

/** A client the follow-up is meant for and who is not enrolled in it: confirmed by {@code POST /enrolments}. */
@Schema(description = "A client of the unit whom the template's population takes today, not enrolled in it: a grant"
        + " of the right intervention type, age and running time")
public record ProposalJson(
        @Schema(description = "The grant: send it as grant when enrolling") long grant,
        @Schema(description = "Personnummer or samordningsnummer, 12 digits") String client,
        String unit,
        String interventionType,
        @Schema(description = "The intervention's first day, traced through earlier grants without a gap")
                LocalDate runningSince,
        @Schema(description = "The client's age today") int age,
        @Schema(description = "The enablement in force today") long enablement,
        String template,
        @Schema(description = "The template version enabled") int version) {

    static ProposalJson of(EnrolmentProposal p) {
        return new ProposalJson(p.grantId(), p.client().digits(), p.unit(), p.interventionType(), p.runningSince(),
                p.ageYears(), p.enablementId(), p.templateCode(), p.templateVersion());
    }

    /** Gives the grant, never the client. */
    @Override
    public String toString() {
        return "ProposalJson[grant=" + grant + "]";
    }
}
