package se.folja.rest.internal.nondelivery;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /grants/{id}/end}. */
public record GrantEndJson(
        @Schema(description = "The grant's last day, inclusive", example = "2026-06-30",
                requiredMode = Schema.RequiredMode.REQUIRED) String validTo) {
}
