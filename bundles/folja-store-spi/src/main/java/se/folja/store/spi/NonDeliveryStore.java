package se.folja.store.spi;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.NonDeliveryRevision;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.api.nondelivery.WriteBackAction;

/**
 * Persistence of registrations, their history and their write-backs. Each write is one transaction: the
 * registration, its revision, its outbox row and, for a new registration, the pending entry it resolves.
 *
 * @since 1.0.0
 */
@ProviderType
public interface NonDeliveryStore {

    /** @return the registration of that journal entry, if any */
    Optional<NonDelivery> findByJournalEntry(String journalEntryId);

    /** @return the registration, if any */
    Optional<NonDelivery> find(long id);

    /**
     * Stores a new registration at version 1 (the given id and version are ignored) with revision 1
     * ({@link RevisionKind#REGISTERED}), a pending {@link WriteBackAction#SET_REASON} write-back due at once,
     * and marks the pending entry with the same journal entry id as resolved.
     *
     * @return the registration as stored, with its id
     * @throws ConflictException if the journal entry has a registration already (e.g. a concurrent one)
     */
    NonDelivery insert(NonDelivery nonDelivery);

    /**
     * Stores a registration imported from history at version 1, marked imported, with revision 1
     * ({@link RevisionKind#IMPORTED}) and no write-back, and marks the pending entry with the same journal entry id
     * as resolved.
     *
     * @return the registration as stored, with its id
     * @throws ConflictException if the journal entry has a registration already
     * @since 1.1.0
     */
    NonDelivery insertImported(NonDelivery nonDelivery);

    /**
     * Replaces the registration's fields with those of {@code changed}, provided the stored version is still
     * {@code expectedVersion}; the version grows by one and a revision of {@code kind} is added.
     *
     * @param changedFields the names of the fields the change made, for the history
     * @param writeBack the write-back the change needs, due at once; null if the journal needs none
     * @throws NotFoundException if there is no such registration
     * @throws ConflictException if the stored version differs or another transaction changed it first
     */
    NonDelivery update(NonDelivery changed, long expectedVersion, RevisionKind kind, List<String> changedFields,
            WriteBackAction writeBack);

    /** @return every revision, oldest first; empty if there is no such registration */
    List<NonDeliveryRevision> history(long id);

    /**
     * @param query the filters; its {@code units} are what the client asked and are not read here
     * @param scope the units whose rows are read; never {@link UnitScope#NONE} (the service answers that itself)
     * @return the page and the total of matches
     * @since 1.2.0
     */
    Page<NonDelivery> search(NonDeliveryQuery query, UnitScope scope);

    /**
     * Counts active registrations per client, unit and ISO week.
     *
     * @param query the weeks and filters; its {@code units} are not read here
     * @param scope the units whose rows are read; never {@link UnitScope#NONE} (the service answers that itself)
     * @since 1.2.0
     */
    List<WeekCount> cancellationsPerWeek(WeekQuery query, UnitScope scope);
}
