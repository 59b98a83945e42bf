package se.folja.api;

/**
 * Base of the exceptions a Följa service throws for a caller's mistake. Its message is safe to show to
 * the client: it never contains personal data.
 *
 * @since 1.0.0
 */
public abstract class FoljaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected FoljaException(String message) {
        super(message);
    }

    protected FoljaException(String message, Throwable cause) {
        super(message, cause);
    }
}
