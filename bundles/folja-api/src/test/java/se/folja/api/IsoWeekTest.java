package se.folja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoWeekTest {

    @ParameterizedTest
    @CsvSource({"2026-01-01, 2026-W01", "2026-09-02, 2026-W36", "2027-01-01, 2026-W53", "2024-12-30, 2025-W01",
            "2021-01-03, 2020-W53", "0999-06-01, 0999-W22"})
    void aDayBelongsToTheWeekOfItsThursday(LocalDate day, String week) {
        assertEquals(week, IsoWeek.of(day).toString());
        assertEquals(IsoWeek.of(day), IsoWeek.ofYearWeek(IsoWeek.of(day).yearWeek()));
    }

    @Test
    void aYearHasTheWeeksItHas() {
        assertEquals("2026-W53", new IsoWeek(2026, 53).toString());
        assertThrows(IllegalArgumentException.class, () -> new IsoWeek(2025, 53));
        assertThrows(IllegalArgumentException.class, () -> new IsoWeek(2026, 0));
    }
}
