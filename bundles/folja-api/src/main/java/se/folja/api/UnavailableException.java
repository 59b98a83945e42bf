package se.folja.api;

/**
 * The request cannot be served until an administrator configures something, e.g. the pseudonym key of the
 * exports. The message says what, without any secret.
 *
 * @since 1.0.0
 */
public class UnavailableException extends FoljaException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String message) {
        super(message);
    }
}
