package se.folja.api.nondelivery;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ValidationException;

/**
 * Registration of non-deliveries at the source. Each registration, correction and annulment is stored in one
 * transaction with its history revision and the write-back of the reason to the host journal; a pending
 * journal entry with the same id stops awaiting a reason.
 *
 * @since 1.0.0
 */
@ProviderType
public interface NonDeliveries {

    /**
     * Registers a non-delivery, once per journal entry: the same request again stores nothing and answers
     * as the first did ({@code created == false}). The entry must have been announced by the host (see
     * {@link PendingEntries}); its unit, and its client and planned start when the host sent them, are the
     * registration's: the request may leave them out, and is refused if it names others.
     *
     * @throws ValidationException naming every invalid field (unknown or retired unit, intervention type or
     *     reason; invalid personnummer; bad date; a unit, client or planned start other than the entry's…)
     * @throws ForbiddenException if the user does not belong to the entry's unit (or, for an entry the host has
     *     not announced, to the unit the request names)
     * @throws ConflictException if the journal entry has a different registration already, or the host has not
     *     announced it (yet)
     */
    Registration register(NonDeliveryRequest request, Actor actor);

    /**
     * @throws NotFoundException if there is no such registration
     * @throws ForbiddenException if it belongs to a unit the user does not belong to
     */
    NonDelivery get(long id, Actor actor);

    /**
     * @return every revision, oldest first
     * @throws NotFoundException if there is no such registration
     * @throws ForbiddenException if it belongs to a unit the user does not belong to
     */
    List<NonDeliveryRevision> history(long id, Actor actor);

    /**
     * Corrects fields; the earlier values stay in the history. A correction that changes nothing stores
     * nothing (the version is checked either way).
     *
     * @throws ValidationException naming every invalid field, and a unit, client or planned start that would
     *     differ from the journal entry's
     * @throws NotFoundException if there is no such registration
     * @throws ForbiddenException if the user does not belong to its unit or its journal entry's, or to the unit
     *     it is moved to
     * @throws ConflictException if it changed since {@code expectedVersion}, or is annulled
     */
    NonDelivery correct(long id, long expectedVersion, NonDeliveryCorrection correction, Actor actor);

    /**
     * Annuls a registration made by mistake: it is kept with its history and counted nowhere; the reason is
     * taken off the journal entry.
     *
     * @param reason why (free text, 1-2,000 characters); never logged or exported
     * @throws ValidationException naming {@code reason} if it is missing
     * @throws NotFoundException if there is no such registration
     * @throws ForbiddenException if the user does not belong to its unit or its journal entry's
     * @throws ConflictException if it changed since {@code expectedVersion}, or is annulled already
     */
    NonDelivery annul(long id, long expectedVersion, String reason, Actor actor);

    /**
     * @return the matches in the units the user may see, with their total
     * @throws ValidationException naming a bad offset, limit or period, or an unknown unit
     * @throws ForbiddenException if the query names a unit the user does not belong to
     */
    Page<NonDelivery> search(NonDeliveryQuery query, Actor actor);
}
