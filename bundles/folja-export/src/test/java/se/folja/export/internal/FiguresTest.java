package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.folja.api.export.FollowUpTable;

class FiguresTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void umeasMeansComeOutAsItsTableHasThem() {
        assertEquals(d("28.31"), Figures.mean(d("2350"), 83), "83 ongoing: 2350 months");
        assertEquals(d("41.14"), Figures.mean(d("288"), 7), "7 ended: 288 months");
        assertNull(Figures.mean(BigDecimal.ZERO, 0));
    }

    @Test
    void aMeanIsRoundedHalfUpToTwoDecimals() {
        assertEquals(d("0.13"), Figures.mean(d("1"), 8), "0.125");
        assertEquals(d("0.67"), Figures.mean(d("2"), 3));
        assertEquals(d("-0.13"), Figures.mean(d("-1"), 8), "half away from zero");
        assertEquals(d("7.00"), Figures.mean(d("21"), 3));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValuesExactly() {
        assertEquals(d("3.15"), Figures.median(d("3.1"), d("3.2")), "in binary floating point 3.15 is 3.1499…");
        assertEquals(d("2.50"), Figures.median(d("2"), d("3")));
        assertEquals(d("2.34"), Figures.median(d("2.33"), d("2.34")), "2.335 rounded half up");
        assertEquals(d("12.00"), Figures.median(d("12"), d("12")), "an odd count: the middle value twice");
    }

    @Test
    void aPercentageIsRoundedHalfUpToOneDecimal() {
        assertEquals(d("75.0"), FollowUpTable.percent(15, 20));
        assertEquals(d("70.0"), FollowUpTable.percent(35, 50));
        assertEquals(d("25.0"), FollowUpTable.percent(5, 20));
        assertEquals(d("36.0"), FollowUpTable.percent(18, 50));
        assertEquals(d("33.3"), FollowUpTable.percent(1, 3));
        assertEquals(d("66.7"), FollowUpTable.percent(2, 3));
        assertEquals(d("0.1"), FollowUpTable.percent(1, 2000), "0.05 rounded half up");
        assertNull(FollowUpTable.percent(0, 0));
    }

    @Test
    void aDayLeavesAsItsMonth() {
        assertEquals("2026-02", Figures.month(LocalDate.of(2026, 2, 28)));
        assertEquals("0999-12", Figures.month(LocalDate.of(999, 12, 31)));
    }
}
