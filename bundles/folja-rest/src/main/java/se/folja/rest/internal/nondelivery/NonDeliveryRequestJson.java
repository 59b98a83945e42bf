package se.folja.rest.internal.nondelivery;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.nondelivery.NonDeliveryRequest;

/** The body of {@code POST /non-deliveries}. */
@Schema(description = "A non-delivery to register (ej genomförd insats)")
public record NonDeliveryRequestJson(
        @Schema(description = "The host journal's entry id; the same id again is answered as the first time",
                example = "J-2026-000123", requiredMode = Schema.RequiredMode.REQUIRED) String journalEntryId,
        @Schema(description = "Personnummer or samordningsnummer, 10 or 12 digits with or without - or +; if the"
                + " journal entry has one, it decides: leave it out or give the same", example = "19900101-2385")
                String client,
        @Schema(description = "The unit's code; the journal entry's unit decides (you must belong to it): leave it"
                + " out or give the same", example = "BOSTOD_NORR") String unit,
        @Schema(description = "An active intervention type's code", example = "BOENDESTOD",
                requiredMode = Schema.RequiredMode.REQUIRED) String interventionType,
        @Schema(description = "Planned start in Swedish time, or with its offset; if the journal entry has one, it"
                + " decides: leave it out or give the same instant", example = "2026-01-12T09:00") String plannedStart,
        @Schema(description = "An active reason's code", example = "BORTREST",
                requiredMode = Schema.RequiredMode.REQUIRED) String reasonCode,
        @Schema(description = "Optional free text, at most 2,000 characters; never exported") String comment) {

    NonDeliveryRequest toRequest() {
        return new NonDeliveryRequest(journalEntryId, client, unit, interventionType, plannedStart, reasonCode, comment);
    }

    /** Masked: the client and comment never reach a log line. */
    @Override
    public String toString() {
        return "NonDeliveryRequestJson[unit=" + unit + "]";
    }
}
