package se.folja.api.nondelivery;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ValidationException;

/**
 * Granted interventions (<em>beviljade insatser</em>).
 *
 * @since 1.0.0
 */
@ProviderType
public interface Grants {

    /**
     * @throws ValidationException naming every invalid field
     * @throws ForbiddenException if the user does not belong to the unit
     */
    Grant create(GrantRequest request, Actor actor);

    /**
     * @throws NotFoundException if there is no such grant
     * @throws ForbiddenException if it belongs to a unit the user does not belong to
     */
    Grant get(long id, Actor actor);

    /**
     * Ends a grant on {@code validTo} (inclusive), e.g. when the decision changes and a new grant follows.
     *
     * @throws ValidationException naming {@code validTo} if it is before the grant's first day
     * @throws NotFoundException if there is no such grant
     * @throws ForbiddenException if it belongs to a unit the user does not belong to
     * @throws ConflictException if the grant changed since {@code expectedVersion} or is annulled (since 1.1.0)
     */
    Grant end(long id, long expectedVersion, LocalDate validTo, Actor actor);

    /**
     * Annuls a grant entered by mistake: it stays, readable with its history, and counts nowhere (week view,
     * exports' granted sessions and rates, summary). Whatever its first day.
     *
     * @param reason why it was entered by mistake (free text, personal data: never logged or exported)
     * @throws ValidationException naming {@code reason} if it is missing or invalid
     * @throws NotFoundException if there is no such grant
     * @throws ForbiddenException if it belongs to a unit the user does not belong to
     * @throws ConflictException if the grant changed since {@code expectedVersion} or is annulled already
     * @since 1.1.0
     */
    Grant annul(long id, long expectedVersion, String reason, Actor actor);

    /**
     * @return every revision of the grant, oldest first: created, ended, annulled
     * @throws NotFoundException if there is no such grant
     * @throws ForbiddenException if it belongs to a unit the user does not belong to
     * @since 1.1.0
     */
    List<GrantRevision> history(long id, Actor actor);

    /**
     * Active grants only, unless the query includes annulled ones.
     *
     * @throws ValidationException naming a bad offset, limit or period
     * @throws ForbiddenException if the query names a unit the user does not belong to
     */
    Page<Grant> search(GrantQuery query, Actor actor);
}
