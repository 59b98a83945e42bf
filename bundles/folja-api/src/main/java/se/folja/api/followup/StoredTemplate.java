package se.folja.api.followup;

import java.util.Objects;

/**
 * One stored version of a template with its document: the template as read and the exact bytes stored.
 *
 * @param info the version
 * @param document the template and its bytes, exactly as uploaded
 * @since 1.1.0
 */
public record StoredTemplate(TemplateVersionInfo info, TemplateDocument document) {

    public StoredTemplate {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(document, "document");
    }

    /** @return the template as read */
    public FollowUpTemplate template() {
        return document.template();
    }
}
