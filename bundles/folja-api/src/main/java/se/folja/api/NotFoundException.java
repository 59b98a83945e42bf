package se.folja.api;

/**
 * The item the request names does not exist.
 *
 * @since 1.0.0
 */
public class NotFoundException extends FoljaException {
    private static final long serialVersionUID = 1L;

    /**
     * @param kind what was looked for, e.g. "reason code"
     * @param id its identifier; must not be personal data
     */
    public NotFoundException(String kind, String id) {
        super("No " + kind + " '" + id + "'");
    }
}
