package se.folja.rest.internal.nondelivery;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /non-deliveries/{id}/annul} and {@code POST /grants/{id}/annul}. */
public record AnnulmentJson(
        @Schema(description = "Why it was registered or entered by mistake (free text, never exported)",
                requiredMode = Schema.RequiredMode.REQUIRED) String reason) {

    @Override
    public String toString() {
        return "AnnulmentJson";
    }
}
