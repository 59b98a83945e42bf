package se.folja.rest.internal.ibic;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /assessments/search}: the filters of {@code GET /assessments}, and one client. */
public record AssessmentSearchJson(
        @Schema(description = "Unit codes; without, every unit you belong to", example = "[\"BOSTOD_NORR\"]")
                List<String> unit,
        @Schema(description = "One client's personnummer or samordningsnummer", example = "199001012384")
                String client,
        @Schema(description = "First day assessed", example = "2026-09-01") String from,
        @Schema(description = "Last day assessed", example = "2026-10-31") String to,
        @Schema(description = "Matches to skip (default 0)", example = "0") Integer offset,
        @Schema(description = "Page size, 1-1000 (default 50)", example = "50") Integer limit) {

    /** No filter: every assessment of your units. */
    static final AssessmentSearchJson NONE = new AssessmentSearchJson(null, null, null, null, null, null);
}
