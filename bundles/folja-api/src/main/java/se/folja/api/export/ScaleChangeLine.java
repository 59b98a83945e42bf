package se.folja.api.export;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One outcome of a scale-change export in one group: the enrolments with at least two completed responses by the
 * scale's respondent that answer every item of the scale (in the period), classified by the change of the total from
 * the first to the latest of them ({@link ScaleOutcome}), and those recovered.
 *
 * @param group a unit's code, an age group such as {@code 0-17}, or {@link Cell#TOTAL}
 * @param outcome a {@link ScaleOutcome}'s name, or {@link #RECOVERED} (reliably improved and crossed the cutoff)
 * @param enrolments the enrolments; null if suppressed
 * @param of the enrolments measured in the group; null if suppressed
 * @param percent 100 × enrolments ÷ of, rounded half up to 1 decimal; null if either is suppressed or none were
 *     measured
 * @param suppressed true if the count or its denominator is of 1 to k − 1 enrolments, or is hidden so that such a
 *     count cannot be recomputed
 * @since 1.2.0
 */
public record ScaleChangeLine(String group, String outcome, Long enrolments, Long of, BigDecimal percent,
        boolean suppressed) {

    /** The outcome of the reliably improved who crossed the clinical cutoff. */
    public static final String RECOVERED = "RECOVERED";

    public ScaleChangeLine {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(outcome, "outcome");
    }
}
