package se.folja.api.nondelivery;

import java.util.Objects;

import se.folja.api.IsoWeek;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * One client's week at one unit.
 *
 * @param client the client
 * @param unit the unit's code
 * @param week the ISO week
 * @param grantedSessions sessions granted for the week: the sum over the grants valid on its Thursday
 * @param cancelledSessions active registrations with a planned start in the week
 * @param wholeWeekCancelled every granted session of the week was cancelled (<em>hela veckan avbokad</em>):
 *     at least one session was granted and no fewer were cancelled
 * @since 1.0.0
 */
public record ClientWeek(
        PersonalIdentityNumber client, String unit, IsoWeek week, int grantedSessions, int cancelledSessions,
        boolean wholeWeekCancelled) {

    public ClientWeek {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(week, "week");
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "ClientWeek[" + unit + ", " + week + ", granted=" + grantedSessions + ", cancelled="
                + cancelledSessions + "]";
    }
}
