package se.folja.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 week, e.g. {@code 2026-W05}: Monday to Sunday, the first week of a year being the one with the
 * year's first Thursday. Swedish week numbers (<em>vecka 5</em>) are ISO weeks.
 *
 * @param year the week-based year, which differs from the calendar year around New Year
 * @param week 1 to 52 or 53
 * @since 1.0.0
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-?W(\\d{2})");

    /**
     * @throws IllegalArgumentException if the year has no such week
     */
    public IsoWeek {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be 1-9999");
        }
        long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("week must be 1-" + weeks + " in " + year);
        }
    }

    /** @return the week the date falls in */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * @param text {@code 2026-W05} or {@code 2026W05}
     * @throws IllegalArgumentException if it is not an existing week in that form
     */
    public static IsoWeek parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be an ISO week such as 2026-W05");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** @return the week's Monday */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** @return the week's Sunday */
    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** @return the week after this one */
    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    /** @return {@code year * 100 + week}, e.g. 202605: ordered as the weeks are, for compact storage */
    public int yearWeek() {
        return year * 100 + week;
    }

    /** @return the week of a {@link #yearWeek()} value */
    public static IsoWeek ofYearWeek(int yearWeek) {
        return new IsoWeek(yearWeek / 100, yearWeek % 100);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return Integer.compare(yearWeek(), other.yearWeek());
    }

    /** @return {@code 2026-W05} */
    @Override
    public String toString() {
        // by hand: exports write one per row, and String.format parses its pattern every time
        char[] text = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
            (char) ('0' + year % 10), '-', 'W', (char) ('0' + week / 10), (char) ('0' + week % 10)};
        return new String(text);
    }
}
