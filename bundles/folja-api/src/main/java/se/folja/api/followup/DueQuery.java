package se.folja.api.followup;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which open occasions to list.
 *
 * @param units unit codes; empty for every unit the caller belongs to
 * @param responsible only the enrolments this login name follows, or null for all
 * @param on the day to judge by, or null for today
 * @param overdueOnly only the overdue ones
 * @since 1.1.0
 */
public record DueQuery(Set<String> units, String responsible, LocalDate on, boolean overdueOnly) {

    public DueQuery {
        units = units == null ? Set.of() : Set.copyOf(units);
    }
}
