package se.folja.rest.internal.followup;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.followup.EnrolmentRequest;

/** The body of {@code POST /enrolments}. */
@Schema(description = "A client to enrol in a follow-up enabled for the unit: by hand, or confirming a proposal")
public record EnrolmentRequestJson(
        @Schema(description = "The template's code; the version is the one enabled for the unit on the first day",
                example = "ORS", requiredMode = Schema.RequiredMode.REQUIRED) String template,
        @Schema(description = "One of your units", example = "BOSTOD_NORR",
                requiredMode = Schema.RequiredMode.REQUIRED) String unit,
        @Schema(description = "Personnummer or samordningsnummer", example = "19960115-9826",
                requiredMode = Schema.RequiredMode.REQUIRED) String client,
        @Schema(description = "The grant of a proposal being confirmed: the client's, at the unit, valid on the"
                + " first day") Long grant,
        @Schema(description = "The first day; absent for today", example = "2026-12-01") String start,
        @Schema(description = "Login name of the member of staff who follows it", example = "staff")
                String responsible) {

    /** @param startDay the first day as read from {@code start}, or null for today */
    EnrolmentRequest toRequest(LocalDate startDay) {
        return new EnrolmentRequest(template, unit, client, grant, startDay, responsible);
    }

    /** Never gives the client. */
    @Override
    public String toString() {
        return "EnrolmentRequestJson[unit=" + unit + ", template=" + template + "]";
    }
}
