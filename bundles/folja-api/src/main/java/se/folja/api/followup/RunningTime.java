package se.folja.api.followup;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long an intervention must have run for a client to be in a template's population, e.g. at least three
 * months and at most two years ({@code P3M} to {@code P2Y}).
 *
 * @param min the shortest time, or null for no lower bound
 * @param max the longest time, or null for no upper bound
 * @since 1.0.0
 */
public record RunningTime(Period min, Period max) {

    /**
     * Whether an intervention that started on {@code since} has run long enough, and not too long, on {@code on}:
     * {@code since + min <= on <= since + max}, in calendar arithmetic (a month from 31 January is 28 or 29
     * February).
     *
     * @since 1.1.0
     */
    public boolean contains(LocalDate since, LocalDate on) {
        return (min == null || !since.plus(min).isAfter(on)) && (max == null || !on.isAfter(since.plus(max)));
    }
}
