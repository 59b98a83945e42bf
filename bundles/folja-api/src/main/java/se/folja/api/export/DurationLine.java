package se.folja.api.export;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Enrolment durations in whole calendar months, as Umeå's table has them: a line for the ongoing enrolments (months
 * from the start to the day asked about) and one for the ended (months from the start to the last day). Months are
 * counted as {@code ChronoUnit.MONTHS.between}: 2026-01-31 to 2026-02-28 is 0, to 2026-03-01 is 1.
 *
 * @param status {@code ONGOING} or {@code ENDED}
 * @param enrolments the enrolments; null if suppressed
 * @param min the shortest, in months; null if there is none or it is suppressed
 * @param max the longest; null if there is none or it is suppressed
 * @param mean the mean, rounded half up to 2 decimals; null if there is none or it is suppressed
 * @param median the median (of an even count, the mean of the two middle ones), rounded half up to 2 decimals;
 *     null if there is none or it is suppressed
 * @param suppressed true if the enrolments are of fewer than k clients
 * @since 1.2.0
 */
public record DurationLine(String status, Long enrolments, Integer min, Integer max, BigDecimal mean,
        BigDecimal median, boolean suppressed) {

    /** The status of enrolments not ended on the day asked about. */
    public static final String ONGOING = "ONGOING";
    /** The status of enrolments ended on or before the day asked about. */
    public static final String ENDED = "ENDED";

    public DurationLine {
        Objects.requireNonNull(status, "status");
    }
}
