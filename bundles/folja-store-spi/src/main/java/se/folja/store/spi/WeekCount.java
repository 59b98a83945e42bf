package se.folja.store.spi;

import se.folja.api.IsoWeek;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * How many active registrations one client has at one unit in one ISO week.
 *
 * @since 1.0.0
 */
public record WeekCount(PersonalIdentityNumber client, String unit, IsoWeek week, int count) {

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "WeekCount[" + unit + ", " + week + ", " + count + "]";
    }
}
