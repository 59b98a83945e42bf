package se.folja.store.spi;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.nondelivery.PendingEntry;

/**
 * Persistence of the journal entries awaiting a reason.
 *
 * @since 1.0.0
 */
@ProviderType
public interface PendingEntryStore {

    /**
     * Records an entry as awaiting a reason, unless it is known already or registered.
     *
     * @return true if it was recorded now
     */
    boolean record(PendingEntry entry);

    /**
     * The entry as the host announced it, whether it still awaits a reason or has been registered: its unit,
     * client and planned start are the host's, and a registration must agree with them.
     *
     * @param journalEntryId the host's entry id
     * @return the entry, empty if the host has not announced it (or its event has not arrived yet)
     * @since 1.1.0
     */
    Optional<PendingEntry> find(String journalEntryId);

    /**
     * @param scope the units whose entries are read; never {@link UnitScope#NONE}
     * @return the entries not registered yet, oldest planned start first (entries without one last)
     * @since 1.2.0
     */
    Page<PendingEntry> awaiting(UnitScope scope, int offset, int limit);
}
