package se.folja.api.export;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One enrolment's change on a scale, as a statistician receives it: the client only as a keyed pseudonym, no date
 * finer than the month.
 *
 * @param client the client's pseudonym, letters only
 * @param unit the enrolment's unit
 * @param gender {@code FEMALE} or {@code MALE} (legal gender)
 * @param ageBand the client's age band at the first measurement, e.g. {@code 18-24}
 * @param measurements the completed measurements of the enrolment that answer every item (in the period)
 * @param firstMonth the month of the first, e.g. {@code 2026-01}
 * @param latestMonth the month of the latest
 * @param first the total at the first
 * @param latest the total at the latest
 * @param change latest − first
 * @param outcome the change's class
 * @param recovered whether reliably improved and crossed the clinical cutoff
 * @since 1.2.0
 */
public record ScaleChangeRow(String client, String unit, String gender, String ageBand, int measurements,
        String firstMonth, String latestMonth, BigDecimal first, BigDecimal latest, BigDecimal change,
        ScaleOutcome outcome, boolean recovered) {

    public ScaleChangeRow {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(outcome, "outcome");
    }
}
