package se.folja.api.followup;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored version of a template, without its document: what a list of templates shows.
 *
 * @param code the template's code
 * @param version the version, 1 for a code's first upload, growing by one with every different document
 * @param title the template's title in this version
 * @param origin built in or uploaded
 * @param sha256 the SHA-256 of the stored document's bytes, 64 lower-case hexadecimal digits
 * @param size the document's size in bytes
 * @param storedBy login name of who stored it ({@code system} for a built-in)
 * @param storedAt when it was stored
 * @since 1.1.0
 */
public record TemplateVersionInfo(String code, int version, LocalizedText title, TemplateOrigin origin,
        String sha256, int size, String storedBy, Instant storedAt) {

    public TemplateVersionInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(storedBy, "storedBy");
        Objects.requireNonNull(storedAt, "storedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }
}
