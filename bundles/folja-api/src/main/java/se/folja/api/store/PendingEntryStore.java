package se.folja.api.store;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Page;
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
     * @param units the complete unit filter: empty means every unit
     * @return the entries not registered yet, oldest planned start first (entries without one last)
     */
    Page<PendingEntry> awaiting(Set<String> units, int offset, int limit);
}
