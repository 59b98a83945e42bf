package se.folja.journal.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host journal's side of the write-back: a service the host registers so that Följa can put the chosen
 * reason on the journal entry as a searchable keyword. Följa calls it from one thread at a time, after the
 * registration is stored; both calls must be idempotent (a call may be repeated after a restart).
 *
 * @since 1.0.0
 */
@ConsumerType
public interface JournalGateway {

    /**
     * Puts the reason on the entry as its keyword, replacing any reason keyword it had.
     *
     * @param entryId the host's entry id, as sent in the event or registration
     * @param reasonCode the reason's stable code, e.g. {@code BORTREST}
     * @param reasonLabel the reason's Swedish label, e.g. "Bortrest"
     * @throws JournalUnavailableException if the host cannot take it now; Följa tries again later
     * @throws UnknownEntryException if the host has no such entry; Följa does not try again
     */
    void setReason(String entryId, String reasonCode, String reasonLabel)
            throws JournalUnavailableException, UnknownEntryException;

    /**
     * Takes the reason keyword off the entry (the registration was annulled). Nothing happens if it has none.
     *
     * @throws JournalUnavailableException if the host cannot take it now; Följa tries again later
     * @throws UnknownEntryException if the host has no such entry; Följa does not try again
     */
    void clearReason(String entryId) throws JournalUnavailableException, UnknownEntryException;
}
