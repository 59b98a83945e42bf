package se.folja.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of calendar days that a query or an export asks for, both ends included, checked once by one rule:
 * both days are given, within {@link Dates}' range, {@code to} is not before {@code from}, and the period spans
 * at most the reader's maximum (an export reads ten years at most, a life-area query five).
 *
 * @param from the first day, never null
 * @param to the last day, never before {@code from}
 * @since 2.0.0
 */
public record Period(LocalDate from, LocalDate to) {

    /**
     * @throws NullPointerException if a day is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    /**
     * The period a client asked for, checked.
     *
     * @param from the first day asked for, null if the client sent none
     * @param to the last day asked for, null if the client sent none
     * @param mostYears the longest period the reader accepts, in years: {@code to} is at most {@code from} plus
     *     that many years
     * @return the period
     * @throws ValidationException naming {@code from} and {@code to}, every problem at once
     */
    public static Period of(LocalDate from, LocalDate to, int mostYears) {
        ValidationException.Builder errors = ValidationException.builder();
        check(from, to, mostYears, errors);
        errors.throwIfAny();
        return new Period(from, to);
    }

    /**
     * Adds the errors of a period to a request's other errors.
     *
     * @return the period, or null if it is invalid (and the errors were added)
     */
    public static Period check(LocalDate from, LocalDate to, int mostYears, ValidationException.Builder errors) {
        boolean fromValid = errors.check(from != null, "from", "is required, e.g. 2026-09-01")
                && Dates.check("from", from, errors);
        boolean toValid = errors.check(to != null, "to", "is required, e.g. 2026-10-31")
                && Dates.check("to", to, errors);
        if (!fromValid || !toValid) {
            return null;
        }
        if (to.isBefore(from)) {
            errors.add("to", "must not be before from");
            return null;
        }
        if (to.isAfter(from.plusYears(mostYears))) {
            errors.add("to", "must be at most " + mostYears + " years after from");
            return null;
        }
        return new Period(from, to);
    }

    /** @return whether {@code day} is in this period, both ends included */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
