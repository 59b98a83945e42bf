package se.folja.rest.internal.nondelivery;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /grants/search}: the filters of {@code GET /grants}, and one client. */
public record GrantSearchJson(
        @Schema(description = "Unit codes; without, every unit you belong to", example = "[\"BOSTOD_NORR\"]")
                List<String> unit,
        @Schema(description = "One client's personnummer or samordningsnummer", example = "199001012384")
                String client,
        @Schema(description = "An intervention type's code", example = "BOENDESTOD") String interventionType,
        @Schema(description = "With to: grants valid on a day of this period", example = "2026-09-01") String from,
        @Schema(description = "Last day of the period", example = "2026-10-31") String to,
        @Schema(description = "Matches to skip (default 0)", example = "0") Integer offset,
        @Schema(description = "Page size, 1-1000 (default 50)", example = "50") Integer limit,
        @Schema(description = "true to include annulled grants", example = "false") Boolean includeAnnulled) {

    /** No filter: every grant of your units. */
    static final GrantSearchJson NONE = new GrantSearchJson(null, null, null, null, null, null, null, null);
}
