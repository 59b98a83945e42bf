package se.folja.api.followup;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search for responses. Null or empty filters match everything.
 *
 * @param units unit codes; empty for every unit the caller belongs to
 * @param enrolment one enrolment's id
 * @param template a template code
 * @param occasion an occasion code
 * @param role a respondent role
 * @param from with {@code to}: answered on a day of this period
 * @param to the period's last day
 * @param includeEnteredInError whether responses entered in error match too
 * @param offset how many matches to skip
 * @param limit the most matches to return, 1 to {@link se.folja.api.nondelivery.NonDeliveryQuery#MAX_LIMIT}
 * @since 1.1.0
 */
public record ResponseQuery(Set<String> units, Long enrolment, String template, String occasion,
        RespondentRole role, LocalDate from, LocalDate to, boolean includeEnteredInError, int offset, int limit) {

    public ResponseQuery {
        units = units == null ? Set.of() : Set.copyOf(units);
    }
}
