package se.folja.store.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.GrantRevision;
import se.folja.api.nondelivery.WeekQuery;

/**
 * Persistence of grants.
 *
 * @since 1.0.0
 */
@ProviderType
public interface GrantStore {

    /**
     * Stores a new grant at version 1 (the given id and version are ignored) with revision 1
     * ({@code CREATED}, since 1.1.0) in the same transaction.
     */
    Grant insert(Grant grant);

    /** @return the grant, if any */
    Optional<Grant> find(long id);

    /**
     * Sets the grant's last day, provided the stored version is still {@code expectedVersion}, and adds an
     * {@code ENDED} revision (since 1.1.0).
     *
     * @throws NotFoundException if there is no such grant
     * @throws ConflictException if the stored version differs or another transaction changed it first
     */
    Grant end(long id, long expectedVersion, LocalDate validTo, String changedBy, Instant changedAt);

    /**
     * Marks the grant annulled with its reason, provided the stored version is still {@code expectedVersion}, and
     * adds an {@code ANNULLED} revision in the same transaction.
     *
     * @throws NotFoundException if there is no such grant
     * @throws ConflictException if the stored version differs, another transaction changed it first, or it is
     *     annulled already
     * @since 1.1.0
     */
    Grant annul(long id, long expectedVersion, String reason, String changedBy, Instant changedAt);

    /**
     * @return every revision, oldest first; empty if there is no such grant
     * @since 1.1.0
     */
    List<GrantRevision> history(long id);

    /**
     * @param query the filters (annulled grants only if it includes them); its {@code units} are not read here
     * @param scope the units whose rows are read; never {@link UnitScope#NONE} (the service answers that itself)
     * @return by unit, client, then first day
     * @since 1.2.0
     */
    Page<Grant> search(GrantQuery query, UnitScope scope);

    /**
     * @param query the weeks and filters; its {@code units} are not read here
     * @param scope the units whose rows are read; never {@link UnitScope#NONE} (the service answers that itself)
     * @return every active grant valid on at least one day of the query's weeks that matches its filters
     * @since 1.2.0
     */
    List<Grant> validIn(WeekQuery query, UnitScope scope);
}
