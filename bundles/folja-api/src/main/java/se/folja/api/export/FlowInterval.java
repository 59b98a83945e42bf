package se.folja.api.export;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * The periods an export of enrolled and ended is counted by.
 *
 * @since 1.2.0
 */
public enum FlowInterval {
    /** Calendar months, e.g. {@code 2026-01}. */
    MONTH,
    /** Calendar quarters, e.g. {@code 2026-Q1}. */
    QUARTER,
    /** Calendar years, e.g. {@code 2026}. */
    YEAR;

    /** @return the first day of the period that holds {@code day} */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** @return the first day of the next period after the one that holds {@code day} */
    public LocalDate next(LocalDate day) {
        LocalDate start = start(day);
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** @return the name of the period that holds {@code day}: {@code 2026-01}, {@code 2026-Q1} or {@code 2026} */
    public String label(LocalDate day) {
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    /** @return the interval of that request name ({@code month}, {@code quarter}, {@code year}; either case) */
    public static Optional<FlowInterval> ofParameter(String name) {
        for (FlowInterval i : values()) {
            if (i.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
