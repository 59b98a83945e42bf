package se.folja.api.nondelivery;

import java.time.LocalDate;
import java.util.Set;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A search for grants. Null or empty filters match everything.
 *
 * @param units unit codes; empty means every unit the user may see
 * @param client one client
 * @param interventionType one intervention type's code
 * @param from with {@code to}: grants valid on at least one day of this period
 * @param to last day of the period, inclusive
 * @param offset how many matches to skip
 * @param limit the most matches to return, 1 to {@link NonDeliveryQuery#MAX_LIMIT}
 * @since 1.0.0
 */
public record GrantQuery(
        Set<String> units, PersonalIdentityNumber client, String interventionType, LocalDate from, LocalDate to,
        int offset, int limit) {

    public GrantQuery {
        units = units == null ? Set.of() : Set.copyOf(units);
    }

    /** @return a copy restricted to the given units */
    public GrantQuery withUnits(Set<String> newUnits) {
        return new GrantQuery(newUnits, client, interventionType, from, to, offset, limit);
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "GrantQuery[units=" + units + ", type=" + interventionType + ", " + from + ".." + to + "]";
    }
}
