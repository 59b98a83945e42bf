package se.folja.api.ibic;

import java.time.LocalDate;
import java.util.Set;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A search among assessments.
 *
 * @param units unit codes; empty for every unit the user belongs to
 * @param client one client, or null
 * @param from first day assessed, or null
 * @param to last day assessed, or null
 * @param offset matches to skip
 * @param limit page size, 1–1000
 * @since 1.0.0
 */
public record AssessmentQuery(Set<String> units, PersonalIdentityNumber client, LocalDate from, LocalDate to,
        int offset, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    public AssessmentQuery {
        units = units == null ? Set.of() : Set.copyOf(units);
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "AssessmentQuery[units=" + units + ", " + from + ".." + to + "]";
    }
}
