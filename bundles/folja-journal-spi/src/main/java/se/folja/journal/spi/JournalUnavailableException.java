package se.folja.journal.spi;

/**
 * The host journal cannot take a write-back now (down, overloaded, locked entry); Följa retries with growing
 * pauses. The message must not contain personal data: Följa keeps only the exception's type.
 *
 * @since 1.0.0
 */
public class JournalUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public JournalUnavailableException(String message) {
        super(message);
    }

    public JournalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
