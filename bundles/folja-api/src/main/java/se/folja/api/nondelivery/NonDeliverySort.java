package se.folja.api.nondelivery;

/**
 * The orders a search can return; ties are broken by id in the same direction.
 *
 * @since 1.0.0
 */
public enum NonDeliverySort {
    /** Earliest planned start first. */
    PLANNED_START,
    /** Latest planned start first. */
    PLANNED_START_DESC,
    /** Earliest registration first. */
    REGISTERED_AT,
    /** Latest registration first. */
    REGISTERED_AT_DESC
}
