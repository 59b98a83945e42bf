package se.folja.api.nondelivery;

/**
 * What a revision of a registration did.
 *
 * @since 1.0.0
 */
public enum RevisionKind {
    /** The first revision. */
    REGISTERED,
    /** Fields were corrected; the earlier values are in the revision before. */
    CORRECTED,
    /** It was annulled: registered by mistake. */
    ANNULLED,
    /**
     * The first revision of a registration imported from history (never written back to the journal).
     *
     * @since 1.1.0
     */
    IMPORTED
}
