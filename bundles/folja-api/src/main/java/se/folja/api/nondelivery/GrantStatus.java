package se.folja.api.nondelivery;

/**
 * Whether a grant counts.
 *
 * @since 1.1.0
 */
public enum GrantStatus {
    /** It counts: the week view, the exports' granted sessions and rates, the summary. */
    ACTIVE,
    /** It was entered by mistake: kept with its history, counted nowhere (<em>makulerad</em>). */
    ANNULLED
}
