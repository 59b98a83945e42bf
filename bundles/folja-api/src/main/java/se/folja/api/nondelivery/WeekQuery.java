package se.folja.api.nondelivery;

import java.util.Objects;
import java.util.Set;

import se.folja.api.IsoWeek;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * The weeks and filters of a week view.
 *
 * @param from first week, inclusive
 * @param to last week, inclusive; at most {@link #MAX_WEEKS} weeks after {@code from}
 * @param units unit codes; empty means every unit the user may see
 * @param client one client, or null for all
 * @param interventionType one intervention type's code, or null for all
 * @since 1.0.0
 */
public record WeekQuery(
        IsoWeek from, IsoWeek to, Set<String> units, PersonalIdentityNumber client, String interventionType) {

    /** The longest view, in weeks: two years. */
    public static final int MAX_WEEKS = 106;

    public WeekQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        units = units == null ? Set.of() : Set.copyOf(units);
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "WeekQuery[" + from + ".." + to + ", units=" + units + ", type=" + interventionType + ", client="
                + (client == null ? "any" : "one") + "]";
    }
}
