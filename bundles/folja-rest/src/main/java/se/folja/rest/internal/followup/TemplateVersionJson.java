package se.folja.rest.internal.followup;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateVersionInfo;

/**
 * One stored version of a follow-up template, without its document.
 *
 * @param storedBy the login name of the administrator who uploaded it ({@code system} for a built-in); given to
 *     administrators only, as the catalogue shows who changed it to administrators only
 */
@Schema(description = "A stored version of a follow-up template; its document is GET"
        + " /followup-templates/{code}/versions/{version}")
public record TemplateVersionJson(
        @Schema(example = "ORS") String code,
        @Schema(description = "1 for a code's first document, one more for every different document", example = "1")
                int version,
        LocalizedTextJson title,
        @Schema(description = "BUILT_IN (shipped in a bundle) or UPLOADED") TemplateOrigin origin,
        @Schema(description = "SHA-256 of the stored document's bytes, also its ETag") String sha256,
        @Schema(description = "The document's size in bytes") int size,
        @Schema(description = "Who stored it; for administrators only") String storedBy,
        Instant storedAt) {

    /**
     * @param showWho whether the caller may read who stored it (an administrator)
     */
    static TemplateVersionJson of(TemplateVersionInfo info, boolean showWho) {
        return new TemplateVersionJson(info.code(), info.version(), LocalizedTextJson.of(info.title()), info.origin(),
                info.sha256(), info.size(), showWho ? info.storedBy() : null, info.storedAt());
    }
}
