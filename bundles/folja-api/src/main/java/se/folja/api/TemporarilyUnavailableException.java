package se.folja.api;

/**
 * The request could not be served now, but the same request may succeed shortly: the database is not reachable
 * at the moment (Följa or the host is starting, the database restarts, a lock was not granted in time). Nothing
 * of the request was stored. The message says so without any detail of the database. Unlike an
 * {@link UnavailableException}, no administrator needs to act.
 *
 * @since 1.1.0
 */
public class TemporarilyUnavailableException extends FoljaException {
    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    /**
     * @param retryAfterSeconds when the client may try again, at the earliest; at least 1
     * @param cause what failed, without messages that might quote stored values; may be null
     */
    public TemporarilyUnavailableException(String message, int retryAfterSeconds, Throwable cause) {
        super(message, cause);
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retryAfterSeconds must be at least 1");
        }
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return how many seconds the client should wait before it tries again; at least 1 */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
