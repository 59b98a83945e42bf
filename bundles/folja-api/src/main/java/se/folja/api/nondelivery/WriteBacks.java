package se.folja.api.nondelivery;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ValidationException;

/**
 * The state of the write-backs to the host journal.
 *
 * @since 1.0.0
 */
@ProviderType
public interface WriteBacks {

    /**
     * @return the write-backs of one registration, oldest first
     * @throws NotFoundException if there is no such registration
     * @throws ForbiddenException if it belongs to a unit the user does not belong to
     */
    List<WriteBack> forNonDelivery(long nonDeliveryId, Actor actor);

    /**
     * @param state only those in this state, or null for all
     * @return newest first
     * @throws ValidationException naming a bad offset or limit
     */
    Page<WriteBack> list(WriteBackState state, int offset, int limit);
}
