package se.folja.api.followup;

import java.math.BigDecimal;

/**
 * The allowed range of an integer or decimal answer, both ends included (FHIR's {@code minValue} and
 * {@code maxValue} extensions).
 *
 * @param min the lowest answer, or null for none
 * @param max the highest answer, or null for none
 * @since 1.0.0
 */
public record NumberRange(BigDecimal min, BigDecimal max) {

    public NumberRange {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min must not be greater than max");
        }
    }
}
