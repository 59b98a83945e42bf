package se.folja.api.followup;

/**
 * What a revision of a response did.
 *
 * @since 1.1.0
 */
public enum ResponseChangeKind {
    /** The response was submitted. */
    SUBMITTED,
    /** Its answers were corrected. */
    CORRECTED,
    /** It was marked entered in error. */
    ENTERED_IN_ERROR
}
