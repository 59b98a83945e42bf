package se.folja.export.internal;

import java.time.LocalDate;
import java.time.Period;

/** The age bands of the exports: 0-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65-79, 80+ (age at the day). */
final class AgeBands {

    private static final int[] LOWER = {0, 18, 25, 35, 45, 55, 65, 80};
    private static final String[] NAMES = {"0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65-79", "80+"};

    private AgeBands() {
    }

    static String of(LocalDate born, LocalDate day) {
        return band(Period.between(born, day).getYears());
    }

    /**
     * @param born the birth date as {@code yyyymmdd}
     * @param day the day as {@code yyyymmdd}
     * @return the band of the whole years between them, as {@link #of(LocalDate, LocalDate)} and the aggregates' SQL
     */
    static String of(int born, int day) {
        return band((day - born) / 10_000);
    }

    /** @return the whole years from a birth day ({@code yyyymmdd}) to a day, as the bands count them */
    static int age(int born, LocalDate day) {
        return (day(day) - born) / 10_000;
    }

    /** @return the day as {@code yyyymmdd} */
    static int day(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    private static String band(int age) {
        for (int i = LOWER.length - 1; i > 0; i--) {
            if (age >= LOWER[i]) {
                return NAMES[i];
            }
        }
        return NAMES[0];
    }
}
