package se.folja.api.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.WeekQuery;

/**
 * Persistence of grants.
 *
 * @since 1.0.0
 */
@ProviderType
public interface GrantStore {

    /** Stores a new grant at version 1; the given id and version are ignored. */
    Grant insert(Grant grant);

    /** @return the grant, if any */
    Optional<Grant> find(long id);

    /**
     * Sets the grant's last day, provided the stored version is still {@code expectedVersion}.
     *
     * @throws NotFoundException if there is no such grant
     * @throws ConflictException if the stored version differs or another transaction changed it first
     */
    Grant end(long id, long expectedVersion, LocalDate validTo, String changedBy, Instant changedAt);

    /**
     * @param query its units are the complete unit filter: empty means every unit
     * @return by unit, client, then first day
     */
    Page<Grant> search(GrantQuery query);

    /**
     * @param query its units are the complete unit filter: empty means every unit
     * @return every grant valid on at least one day of the query's weeks that matches its filters
     */
    List<Grant> validIn(WeekQuery query);
}
