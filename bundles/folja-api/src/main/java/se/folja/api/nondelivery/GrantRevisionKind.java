package se.folja.api.nondelivery;

/**
 * What a revision of a grant did.
 *
 * @since 1.1.0
 */
public enum GrantRevisionKind {
    /** The first revision: the grant was entered. */
    CREATED,
    /** Its last day was set. */
    ENDED,
    /** It was annulled: entered by mistake. */
    ANNULLED
}
