package se.folja.api.nondelivery;

/**
 * What a write-back does to the host journal's entry.
 *
 * @since 1.0.0
 */
public enum WriteBackAction {
    /** Sets the reason keyword (after a registration, or a correction of the reason). */
    SET_REASON,
    /** Takes the reason keyword off (after an annulment). */
    CLEAR_REASON
}
