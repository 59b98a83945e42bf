package se.folja.api.ibic;

import java.time.LocalDate;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ForbiddenException;
import se.folja.api.ValidationException;

/**
 * Life areas with assessed need, and the life areas of the clients who cancelled.
 *
 * @since 1.0.0
 */
@ProviderType
public interface LifeAreaQueries {

    /**
     * @param units the units to count; empty for every unit the user reaches
     * @throws ValidationException naming {@code from} or {@code to} if missing or out of order
     * @throws ForbiddenException if a named unit is not the user's
     */
    LifeAreaNeeds needs(NeedGrouping grouping, Set<String> units, LocalDate from, LocalDate to, Actor actor);

    /**
     * @param units the units whose non-deliveries count; empty for every unit the user reaches
     * @throws ValidationException naming {@code from} or {@code to} if missing or out of order
     * @throws ForbiddenException if a named unit is not the user's
     */
    CancellationLifeAreas cancellations(Set<String> units, LocalDate from, LocalDate to, Actor actor);
}
