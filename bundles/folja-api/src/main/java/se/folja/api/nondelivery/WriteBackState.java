package se.folja.api.nondelivery;

/**
 * Where a write-back is.
 *
 * @since 1.0.0
 */
public enum WriteBackState {
    /** Not delivered yet; retried with growing pauses while the host journal is unavailable. */
    PENDING,
    /** The host journal took it. */
    DELIVERED,
    /** The host journal refused it for good (e.g. it has no such entry); it is not retried. */
    REJECTED
}
