package se.folja.api;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one range of calendar days Följa accepts in any date a client sends (a grant's first or last day, an
 * assessment's day, a search's period): {@value #EARLIEST_TEXT} to {@value #LATEST_TEXT}. A day outside it is
 * a typo (1800, year 99999), not follow-up data; services may narrow it further (an assessment cannot be in
 * the future).
 *
 * @since 1.1.0
 */
public final class Dates {

    static final String EARLIEST_TEXT = "1990-01-01";
    static final String LATEST_TEXT = "2099-12-31";

    /** The first day accepted. @since 1.1.0 */
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    /** The last day accepted. @since 1.1.0 */
    public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

    /**
     * Swedish time ({@code Europe/Stockholm}): the zone of every local day and time Följa reads or writes — a
     * planned start without an offset, the day of a registration, "today" for an age or an assessment.
     *
     * @since 2.0.0
     */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Dates() {
    }

    /**
     * @param day a day, null accepted (absence is the caller's rule)
     * @return whether the day is within {@link #EARLIEST} and {@link #LATEST}, both included
     * @since 1.1.0
     */
    public static boolean inRange(LocalDate day) {
        return day == null || !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /**
     * Adds an error naming {@code field} unless the day is in range.
     *
     * @param field the field's or parameter's name
     * @param day the day, null accepted
     * @param errors where the error is added
     * @return true if the day is in range (or null)
     * @since 2.0.0
     */
    public static boolean check(String field, LocalDate day, ValidationException.Builder errors) {
        if (inRange(day)) {
            return true;
        }
        errors.add(field, OUT_OF_RANGE);
        return false;
    }

    private static final String OUT_OF_RANGE = "must be between " + EARLIEST_TEXT + " and " + LATEST_TEXT;
}
