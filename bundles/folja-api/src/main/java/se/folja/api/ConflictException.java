package se.folja.api;

/**
 * The request conflicts with the current state: someone else changed the item since the caller read
 * it, or the item already exists. Nothing was stored; the caller should read the item again.
 *
 * @since 1.0.0
 */
public class ConflictException extends FoljaException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
