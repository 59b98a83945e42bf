package se.folja.api.nondelivery;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ForbiddenException;
import se.folja.api.ValidationException;

/**
 * Granted and cancelled sessions per ISO week (<em>veckovy</em>). A grant counts in full for every week
 * whose Thursday it is valid on (ISO 8601 assigns a week to the year of its Thursday, so a week is counted
 * once however a grant's first and last days fall); a cancellation counts in the week of its planned start.
 *
 * @since 1.0.0
 */
@ProviderType
public interface WeekView {

    /**
     * @return per client, unit and week with a grant or a cancellation: by unit, week, then client
     * @throws ValidationException naming {@code from} or {@code to} for a reversed or too long period, or an
     *     unknown unit
     * @throws ForbiddenException if the query names a unit the user does not belong to
     */
    List<ClientWeek> clientWeeks(WeekQuery query, Actor actor);

    /**
     * @return per unit and week, every week of the period included: by unit, then week
     * @throws ValidationException as {@link #clientWeeks}
     * @throws ForbiddenException as {@link #clientWeeks}
     */
    List<UnitWeek> unitWeeks(WeekQuery query, Actor actor);
}
