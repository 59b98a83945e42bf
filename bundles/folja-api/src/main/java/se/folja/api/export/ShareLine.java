package se.folja.api.export;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A share of one age group, as Trosa reports them (positive change in 75 % of the youth, 70 % of the adults; dropout
 * 25 % and 36 %). The population: enrolments not annulled that started in the period, in the age group by the
 * client's age on the first day.
 * <ul>
 * <li>{@code positiveChange}: of the enrolments with a completed response answering the question named, those whose
 * latest such response (by the day answered, then its number) gives one of the codes named;</li>
 * <li>{@code dropout}: of all enrolments, those ended with reason {@code DROPOUT} on or before the day asked about.</li>
 * </ul>
 * A suppressed count suppresses its percentage.
 *
 * @param ageGroup e.g. {@code 0-20}, or {@link Cell#TOTAL} for every group
 * @param measure {@code positiveChange} or {@code dropout}
 * @param count the enrolments counted; null if suppressed
 * @param of the enrolments it is a share of; null if suppressed
 * @param percent 100 × count ÷ of, rounded half up to 1 decimal ({@link FollowUpTable#percent}); null if either is
 *     suppressed or {@code of} is 0
 * @param suppressed true if the count or its denominator is suppressed: counts of 1 to k − 1 enrolments (also of
 *     those not counted, which the two give away), and their complements
 * @since 1.2.0
 */
public record ShareLine(String ageGroup, String measure, Long count, Long of, BigDecimal percent,
        boolean suppressed) {

    /** The measure of positive change. */
    public static final String POSITIVE_CHANGE = "positiveChange";
    /** The measure of dropout. */
    public static final String DROPOUT = "dropout";

    public ShareLine {
        Objects.requireNonNull(ageGroup, "ageGroup");
        Objects.requireNonNull(measure, "measure");
    }
}
