package se.folja.store.internal.entity;

import java.time.LocalDate;

/**
 * Local dates as {@code yyyymmdd} integers: ordered like the dates, readable in SQL, and free of the time-zone
 * conversions JDBC drivers apply to {@code DATE} parameters.
 */
public final class Days {

    private Days() {
    }

    public static int of(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    public static LocalDate toDate(int day) {
        return LocalDate.of(day / 10_000, day / 100 % 100, day % 100);
    }

    public static Integer ofNullable(LocalDate date) {
        return date == null ? null : of(date);
    }

    public static LocalDate toDateOrNull(Integer day) {
        return day == null ? null : toDate(day);
    }
}
