package se.folja.api.followup;

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
}
