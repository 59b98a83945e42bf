package se.folja.rest.internal.nondelivery;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /non-deliveries/search}: the filters of {@code GET /non-deliveries}, and one client. */
public record NonDeliverySearchJson(
        @Schema(description = "First day of planned start", example = "2026-09-01") String from,
        @Schema(description = "Last day of planned start, inclusive", example = "2026-10-31") String to,
        @Schema(description = "Unit codes; without, every unit you belong to", example = "[\"BOSTOD_NORR\"]")
                List<String> unit,
        @Schema(description = "Reason codes", example = "[\"BORTREST\"]") List<String> reason,
        @Schema(description = "CLIENT or ORGANISATION", example = "CLIENT") String initiator,
        @Schema(description = "Intervention type codes", example = "[\"BOENDESTOD\"]") List<String> interventionType,
        @Schema(description = "One client's personnummer or samordningsnummer", example = "199001012384")
                String client,
        @Schema(description = "true to include annulled registrations", example = "false") Boolean includeAnnulled,
        @Schema(description = "PLANNED_START (default), PLANNED_START_DESC, REGISTERED_AT, REGISTERED_AT_DESC",
                example = "PLANNED_START") String sort,
        @Schema(description = "Matches to skip (default 0)", example = "0") Integer offset,
        @Schema(description = "Page size, 1-1000 (default 50)", example = "50") Integer limit) {

    /** No filter: every registration of your units. */
    static final NonDeliverySearchJson NONE = new NonDeliverySearchJson(null, null, null, null, null, null, null,
            null, null, null, null);
}
