package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandsTest {

    @ParameterizedTest
    @CsvSource({"2010-06-01, 0-17", "2008-09-02, 18-24", "2008-09-03, 0-17", "2001-09-02, 25-34", "2001-09-03, 18-24",
            "1992-01-01, 25-34", "1991-09-02, 35-44", "1961-09-02, 65-79", "1946-09-02, 80+", "1930-01-01, 80+"})
    void theAgeOnTheDayDecidesTheBand(LocalDate born, String band) {
        assertEquals(band, AgeBands.of(born, LocalDate.of(2026, 9, 2)));
    }

    @Test
    void theDigitsOfTwoDaysGiveTheSameBandAsTheirPeriod() {
        // every birth day of 1940-2026, leap days included, on days around each band's birthday
        for (LocalDate born = LocalDate.of(1940, 1, 1); born.getYear() < 2027; born = born.plusDays(1)) {
            for (int years : new int[] {17, 18, 24, 25, 79, 80}) {
                LocalDate birthday = born.plusYears(years);
                for (LocalDate day = birthday.minusDays(1); !day.isAfter(birthday.plusDays(1)); day = day.plusDays(1)) {
                    assertEquals(AgeBands.of(born, day), AgeBands.of(digits(born), digits(day)), born + " on " + day);
                }
            }
        }
    }

    private static int digits(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}
