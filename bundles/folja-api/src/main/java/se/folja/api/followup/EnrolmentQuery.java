package se.folja.api.followup;

import java.util.Set;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A search for enrolments. Null or empty filters match everything.
 *
 * @param units unit codes; empty for every unit the caller belongs to
 * @param template a template code
 * @param status one status; null for ongoing and ended (not annulled)
 * @param responsible a login name
 * @param client one client
 * @param offset how many matches to skip
 * @param limit the most matches to return, 1 to {@link se.folja.api.nondelivery.NonDeliveryQuery#MAX_LIMIT}
 * @since 1.1.0
 */
public record EnrolmentQuery(Set<String> units, String template, EnrolmentStatus status, String responsible,
        PersonalIdentityNumber client, int offset, int limit) {

    public EnrolmentQuery {
        units = units == null ? Set.of() : Set.copyOf(units);
    }

    /** Never gives the client. */
    @Override
    public String toString() {
        return "EnrolmentQuery[units=" + units + ", " + template + ", " + status + ", " + offset + "+" + limit + "]";
    }
}
