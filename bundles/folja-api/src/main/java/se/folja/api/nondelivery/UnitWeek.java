package se.folja.api.nondelivery;

import java.util.Objects;

import se.folja.api.IsoWeek;

/**
 * One unit's week: the sums of its clients' weeks.
 *
 * @param unit the unit's code
 * @param week the ISO week
 * @param clients clients with a grant or a cancellation in the week
 * @param grantedSessions sessions granted for the week
 * @param cancelledSessions active registrations with a planned start in the week
 * @param wholeWeekCancelledClients clients whose every granted session of the week was cancelled
 * @since 1.0.0
 */
public record UnitWeek(
        String unit, IsoWeek week, int clients, int grantedSessions, int cancelledSessions,
        int wholeWeekCancelledClients) {

    public UnitWeek {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(week, "week");
    }
}
