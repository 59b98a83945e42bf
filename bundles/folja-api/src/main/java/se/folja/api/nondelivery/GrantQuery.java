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
 * @param includeAnnulled whether annulled grants match too (since 1.1.0)
 * @since 1.0.0
 */
public record GrantQuery(
        Set<String> units, PersonalIdentityNumber client, String interventionType, LocalDate from, LocalDate to,
        int offset, int limit, boolean includeAnnulled) {

    public GrantQuery {
        units = units == null ? Set.of() : Set.copyOf(units);
    }

    /**
     * A search for active grants only.
     *
     * @since 1.1.0
     */
    public GrantQuery(Set<String> units, PersonalIdentityNumber client, String interventionType, LocalDate from,
            LocalDate to, int offset, int limit) {
        this(units, client, interventionType, from, to, offset, limit, false);
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "GrantQuery[units=" + units + ", type=" + interventionType + ", " + from + ".." + to + "]";
    }
}
