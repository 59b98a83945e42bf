package se.folja.demo.journal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The load days the demo's tests try, and the figures they compute as the export's rules have them. */
final class LoadDays {

    private LoadDays() {
    }

    /**
     * @return every day from December 2026 to March 2029 (every month's end, two New Years, the leap day 2028-02-29
     *     and the days around it), and a few further off
     */
    static List<LocalDate> all() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 12, 1); !day.isAfter(LocalDate.of(2029, 3, 31)); day = day.plusDays(1)) {
            days.add(day);
        }
        days.addAll(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 1), LocalDate.of(2031, 8, 31),
                LocalDate.of(2032, 2, 29), LocalDate.of(2040, 12, 31)));
        return days;
    }

    /** @return a few of {@link #all()}: today's kind of day, month ends, a leap day, a New Year */
    static List<LocalDate> some() {
        return List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31),
                LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31),
                LocalDate.of(2028, 12, 31), LocalDate.of(2029, 7, 15));
    }

    /** @return {@code sum / count} to two decimals, half up, as the export gives a mean */
    static BigDecimal mean(long sum, long count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** @return {@code part / whole} in percent to one decimal, half up, as the export gives a share */
    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
