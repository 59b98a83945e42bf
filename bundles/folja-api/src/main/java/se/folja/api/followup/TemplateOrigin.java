package se.folja.api.followup;

/**
 * Where a stored template version came from.
 *
 * @since 1.1.0
 */
public enum TemplateOrigin {
    /** Shipped in a bundle and stored when the bundle started. */
    BUILT_IN,
    /** Uploaded by an administrator. */
    UPLOADED
}
