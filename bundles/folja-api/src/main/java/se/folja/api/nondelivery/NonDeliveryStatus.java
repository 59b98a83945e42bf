package se.folja.api.nondelivery;

/**
 * Whether a registration counts.
 *
 * @since 1.0.0
 */
public enum NonDeliveryStatus {
    /** It counts in searches, the week view and rates. */
    ACTIVE,
    /** It was registered by mistake: kept with its history, counted nowhere (<em>makulerad</em>). */
    ANNULLED
}
