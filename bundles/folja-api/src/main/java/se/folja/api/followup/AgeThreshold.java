package se.folja.api.followup;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A scale's value for one age group: a clinical cutoff or a reliable-change threshold.
 *
 * @param ageYears the ages it applies to, never null ({@link AgeRange#ANY} for every age)
 * @param value the threshold, 0 or more, never null
 * @since 1.0.0
 */
public record AgeThreshold(AgeRange ageYears, BigDecimal value) {

    public AgeThreshold {
        Objects.requireNonNull(ageYears, "ageYears");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value must be 0 or more");
        }
    }
}
