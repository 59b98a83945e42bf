package se.folja.rest.internal.nondelivery;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /week-view/clients/search}: the filters of {@code GET /week-view/clients}, and a client. */
public record ClientWeekSearchJson(
        @Schema(description = "First ISO week", example = "2026-W36", requiredMode = Schema.RequiredMode.REQUIRED)
                String from,
        @Schema(description = "Last ISO week, inclusive; at most 106 weeks", example = "2026-W44",
                requiredMode = Schema.RequiredMode.REQUIRED) String to,
        @Schema(description = "Unit codes; without, every unit you belong to", example = "[\"BOSTOD_NORR\"]")
                List<String> unit,
        @Schema(description = "One client's personnummer or samordningsnummer", example = "199001012384")
                String client,
        @Schema(description = "An intervention type's code", example = "BOENDESTOD") String interventionType) {

    /** No filter at all (from and to are then named as missing). */
    static final ClientWeekSearchJson NONE = new ClientWeekSearchJson(null, null, null, null, null);
}
