package se.folja.api.nondelivery;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;

/**
 * A search for registrations. Null or empty filters match everything.
 *
 * @param from first local date of planned start (Europe/Stockholm), inclusive
 * @param to last local date of planned start, inclusive
 * @param units unit codes; empty means every unit the user may see
 * @param reasonCodes reason codes
 * @param initiator who caused the cancellations
 * @param interventionTypes intervention type codes
 * @param client one client
 * @param includeAnnulled whether annulled registrations are returned too
 * @param sort the order
 * @param offset how many matches to skip, at least 0
 * @param limit the most matches to return, 1 to {@link #MAX_LIMIT}
 * @since 1.0.0
 */
public record NonDeliveryQuery(
        LocalDate from,
        LocalDate to,
        Set<String> units,
        Set<String> reasonCodes,
        Initiator initiator,
        Set<String> interventionTypes,
        PersonalIdentityNumber client,
        boolean includeAnnulled,
        NonDeliverySort sort,
        int offset,
        int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    public NonDeliveryQuery {
        units = units == null ? Set.of() : Set.copyOf(units);
        reasonCodes = reasonCodes == null ? Set.of() : Set.copyOf(reasonCodes);
        interventionTypes = interventionTypes == null ? Set.of() : Set.copyOf(interventionTypes);
        Objects.requireNonNull(sort, "sort");
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "NonDeliveryQuery[from=" + from + ", to=" + to + ", units=" + units + ", reasons=" + reasonCodes
                + ", client=" + (client == null ? "any" : "one") + "]";
    }
}
