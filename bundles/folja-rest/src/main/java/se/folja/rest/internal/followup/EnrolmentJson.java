package se.folja.rest.internal.followup;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentStatus;

/**
 * A client enrolled in a follow-up, as the unit's staff read it.
 *
 * @param client the client's personnummer or samordningsnummer, twelve digits (staff of the unit only)
 * @param annulmentReason why it was annulled (free text), null unless annulled
 */
@Schema(description = "A client enrolled in a follow-up at a unit; its revision is its ETag")
public record EnrolmentJson(
        long id,
        @Schema(description = "The template's code", example = "ORS") String template,
        @Schema(description = "The template version its responses answer", example = "1") int version,
        @Schema(description = "The enablement it was made under") long enablement,
        @Schema(example = "BOSTOD_NORR") String unit,
        @Schema(description = "Personnummer or samordningsnummer, 12 digits", example = "199601159826") String client,
        @Schema(description = "The grant it was proposed from; absent if enrolled by hand") Long grant,
        @Schema(description = "Login name of the member of staff who follows it; absent for nobody") String responsible,
        @Schema(description = "The first day") LocalDate start,
        @Schema(description = "The last day; absent while ongoing") LocalDate end,
        @Schema(description = "Why it ended; absent while ongoing") EnrolmentEndReason endReason,
        EnrolmentStatus status,
        @Schema(description = "Why it was annulled (free text); absent unless annulled") String annulmentReason,
        @Schema(description = "1 when enrolled, one more with every change; the ETag") long revision,
        @Schema(description = "Who changed it last") String changedBy,
        Instant changedAt) {

    static EnrolmentJson of(Enrolment e) {
        return new EnrolmentJson(e.id(), e.templateCode(), e.templateVersion(), e.enablementId(), e.unit(),
                e.client().digits(), e.grantId(), e.responsible(), e.start(), e.end(), e.endReason(), e.status(),
                e.annulmentReason(), e.revision(), e.changedBy(), e.changedAt());
    }

    /** Gives the id, never the client. */
    @Override
    public String toString() {
        return "EnrolmentJson[id=" + id + "]";
    }
}
