package se.folja.api.followup;

import java.util.Objects;

/**
 * What an upload did.
 *
 * @param info the version the document is stored as
 * @param created true if the upload stored a new version; false if a version of the code already held exactly
 *     these bytes, which is then returned and nothing is stored
 * @since 1.1.0
 */
public record TemplateUpload(TemplateVersionInfo info, boolean created) {

    public TemplateUpload {
        Objects.requireNonNull(info, "info");
    }
}
