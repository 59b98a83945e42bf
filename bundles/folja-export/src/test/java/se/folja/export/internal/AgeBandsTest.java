package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandsTest {

    @ParameterizedTest
    @CsvSource({"2010-06-01, 0-17", "2008-09-02, 18-24", "2008-09-03, 0-17", "2001-09-02, 25-34", "2001-09-03, 18-24",
            "1992-01-01, 25-34", "1991-09-02, 35-44", "1961-09-02, 65-79", "1946-09-02, 80+", "1930-01-01, 80+"})
    void theAgeOnTheDayDecidesTheBand(LocalDate born, String band) {
        assertEquals(band, AgeBands.of(born, LocalDate.of(2026, 9, 2)));
    }
}
