package se.folja.api;

/**
 * The user may not do this, typically because the item belongs to a unit the user is not a member of. The
 * message never says whether the item exists.
 *
 * @since 1.0.0
 */
public class ForbiddenException extends FoljaException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what the user may not do; must not reveal the item or personal data
     */
    public ForbiddenException(String message) {
        super(message);
    }
}
