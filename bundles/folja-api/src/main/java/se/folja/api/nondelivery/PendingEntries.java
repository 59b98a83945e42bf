package se.folja.api.nondelivery;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ForbiddenException;
import se.folja.api.Page;
import se.folja.api.ValidationException;

/**
 * Journal entries that await a reason (<em>väntar på orsak</em>), recorded from the host's events.
 *
 * @since 1.0.0
 */
@ProviderType
public interface PendingEntries {

    /**
     * @param units unit codes; empty means every unit the user may see
     * @return the entries still awaiting a reason, oldest planned start first
     * @throws ValidationException naming a bad offset or limit
     * @throws ForbiddenException if {@code units} names a unit the user does not belong to
     */
    Page<PendingEntry> awaiting(Set<String> units, int offset, int limit, Actor actor);
}
