package se.folja.export.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The follow-up exports' one rule for a mean and a median (rounded half up to two decimals), and for a day (its
 * month: no date finer than the month leaves Följa).
 */
final class Figures {

    /** The decimals of a mean or median. */
    static final int DECIMALS = 2;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Figures() {
    }

    /** @return {@code sum} ÷ {@code count} rounded half up to two decimals, or null if {@code count} is 0 */
    static BigDecimal mean(BigDecimal sum, long count) {
        if (count == 0) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(count), DECIMALS, RoundingMode.HALF_UP);
    }

    /**
     * @param lower the lower of the two middle values of an even count, the middle one of an odd count
     * @param upper the upper of the two, the middle one of an odd count
     * @return their mean rounded half up to two decimals, exactly (3.1 and 3.2 give 3.15, never 3.14)
     */
    static BigDecimal median(BigDecimal lower, BigDecimal upper) {
        return lower.add(upper).divide(TWO, DECIMALS, RoundingMode.HALF_UP);
    }

    /** @return the day's month, e.g. {@code 2026-09} */
    static String month(LocalDate day) {
        return day.toString().substring(0, 7);
    }
}
