package se.folja.journal.spi;

/**
 * The host journal has no entry with that id; Följa marks the write-back rejected and does not retry. The
 * message must not contain personal data.
 *
 * @since 1.0.0
 */
public class UnknownEntryException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnknownEntryException(String message) {
        super(message);
    }
}
