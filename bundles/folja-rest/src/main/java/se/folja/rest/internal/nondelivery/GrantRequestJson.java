package se.folja.rest.internal.nondelivery;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.nondelivery.GrantRequest;

/** The body of {@code POST /grants}. */
@Schema(description = "A granted intervention (beviljad insats)")
public record GrantRequestJson(
        @Schema(description = "Personnummer or samordningsnummer", example = "19900101-2385",
                requiredMode = Schema.RequiredMode.REQUIRED) String client,
        @Schema(description = "The unit's code", example = "BOSTOD_NORR",
                requiredMode = Schema.RequiredMode.REQUIRED) String unit,
        @Schema(description = "An active intervention type's code", example = "BOENDESTOD",
                requiredMode = Schema.RequiredMode.REQUIRED) String interventionType,
        @Schema(description = "Granted sessions per week, 1-50", example = "2",
                requiredMode = Schema.RequiredMode.REQUIRED) Integer sessionsPerWeek,
        @Schema(description = "First day", example = "2026-01-01", requiredMode = Schema.RequiredMode.REQUIRED)
                String validFrom,
        @Schema(description = "Last day, inclusive; absent while open-ended") String validTo) {

    GrantRequest toRequest() {
        return new GrantRequest(client, unit, interventionType, sessionsPerWeek, validFrom, validTo);
    }

    @Override
    public String toString() {
        return "GrantRequestJson[unit=" + unit + "]";
    }
}
