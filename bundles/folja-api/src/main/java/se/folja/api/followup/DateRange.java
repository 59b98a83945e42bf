package se.folja.api.followup;

import java.time.LocalDate;

/**
 * The allowed range of a date answer, both ends included (FHIR's {@code minValue} and {@code maxValue}
 * extensions with {@code valueDate}).
 *
 * @param min the earliest date, or null for none
 * @param max the latest date, or null for none
 * @since 1.0.0
 */
public record DateRange(LocalDate min, LocalDate max) {

    public DateRange {
        if (min != null && max != null && min.isAfter(max)) {
            throw new IllegalArgumentException("min must not be after max");
        }
    }
}
