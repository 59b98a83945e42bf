package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.folja.api.Period;
import se.folja.api.export.FlowInterval;
import se.folja.api.export.FlowLine;
import se.folja.store.spi.FollowUpExportSource.FlowCount;
import se.folja.store.spi.FollowUpExportSource.Slice;

class FlowExportTest {

    private static List<String> slices(String from, String to, FlowInterval interval) {
        return FlowExport.slices(new Period(LocalDate.parse(from), LocalDate.parse(to)), interval).stream()
                .map(s -> s.index() + " " + interval.label(s.first()) + " " + s.first() + ".." + s.last()).toList();
    }

    @Test
    void thePeriodsAreClippedToTheExportsPeriod() {
        assertEquals(List.of("1 2026-01 2026-01-15..2026-01-31", "2 2026-02 2026-02-01..2026-02-28",
                "3 2026-03 2026-03-01..2026-03-10"), slices("2026-01-15", "2026-03-10", FlowInterval.MONTH));
        assertEquals(List.of("1 2024-02 2024-02-29..2024-02-29"), slices("2024-02-29", "2024-02-29",
                FlowInterval.MONTH));
        assertEquals(List.of("1 2025-Q4 2025-11-20..2025-12-31", "2 2026-Q1 2026-01-01..2026-03-31",
                "3 2026-Q2 2026-04-01..2026-05-01"), slices("2025-11-20", "2026-05-01", FlowInterval.QUARTER));
        assertEquals(List.of("1 2009 2009-01-01..2009-05-31"), slices("2009-01-01", "2009-05-31",
                FlowInterval.YEAR));
        assertEquals(120, FlowExport.slices(new Period(LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12, 31)),
                FlowInterval.MONTH).size(), "ten years of months");
    }

    private static FlowCount count(int slice, String gender, long active, long started, long ended) {
        return new FlowCount(slice, gender, active, started, ended);
    }

    private static Map<Integer, Map<String, FlowCount>> counts(FlowCount... counts) {
        Map<Integer, Map<String, FlowCount>> map = new HashMap<>();
        for (FlowCount c : counts) {
            map.computeIfAbsent(c.slice(), s -> new HashMap<>()).put(c.legalGender(), c);
        }
        return map;
    }

    private static List<String> show(List<FlowLine> lines, String measure) {
        return lines.stream().filter(l -> l.measure().equals(measure)).map(l -> l.period() + " " + l.gender() + " "
                + (l.suppressed() ? "-" : l.enrolments())).toList();
    }

    @Test
    void umeasCasesComeOutWithEveryTotal() {
        // January-May 2009 as one year's period: 98 active (67 men, 31 women), 21 new, 7 ended
        List<FlowLine> lines = FlowExport.lines(List.of("2009"), counts(count(1, "MALE", 67, 14, 5),
                count(1, "FEMALE", 31, 7, 2), count(0, "MALE", 67, 14, 5), count(0, "FEMALE", 31, 7, 2)), 1);
        assertEquals(List.of("2009 FEMALE 31", "2009 MALE 67", "2009 TOTAL 98", "TOTAL FEMALE 31", "TOTAL MALE 67",
                "TOTAL TOTAL 98"), show(lines, "active"));
        assertEquals(List.of("2009 FEMALE 7", "2009 MALE 14", "2009 TOTAL 21", "TOTAL FEMALE 7", "TOTAL MALE 14",
                "TOTAL TOTAL 21"), show(lines, "started"));
        assertEquals(List.of("2009", "2009", "2009", "2009", "2009", "2009", "2009", "2009", "2009", "TOTAL"),
                lines.stream().limit(10).map(FlowLine::period).toList(), "each period's measures, then the total");
    }

    @Test
    void aSmallCountIsSuppressedWithItsComplementsInTheRowAndTheColumn() {
        Map<Integer, Map<String, FlowCount>> counts = counts(
                count(1, "FEMALE", 20, 3, 0), count(1, "MALE", 20, 10, 0),
                count(2, "FEMALE", 20, 6, 0), count(2, "MALE", 20, 7, 0),
                count(0, "FEMALE", 30, 9, 0), count(0, "MALE", 30, 17, 0));
        List<FlowLine> lines = FlowExport.lines(List.of("2026-01", "2026-02"), counts, 5);
        // 3 women hidden; its row's other count (10 men), then each column's other count: every cell, no total
        assertEquals(List.of("2026-01 FEMALE -", "2026-01 MALE -", "2026-01 TOTAL 13", "2026-02 FEMALE -",
                "2026-02 MALE -", "2026-02 TOTAL 13", "TOTAL FEMALE 9", "TOTAL MALE 17", "TOTAL TOTAL 26"),
                show(lines, "started"));
        assertEquals(List.of("2026-01 FEMALE 20", "2026-01 MALE 20", "2026-01 TOTAL 40", "2026-02 FEMALE 20",
                "2026-02 MALE 20", "2026-02 TOTAL 40", "TOTAL FEMALE 30", "TOTAL MALE 30", "TOTAL TOTAL 60"),
                show(lines, "active"), "each measure is its own table");
        assertEquals(List.of("2026-01 FEMALE 0", "2026-01 MALE 0", "2026-01 TOTAL 0", "2026-02 FEMALE 0",
                "2026-02 MALE 0", "2026-02 TOTAL 0", "TOTAL FEMALE 0", "TOTAL MALE 0", "TOTAL TOTAL 0"),
                show(lines, "ended"), "zero describes nobody");
        assertEquals(27, lines.size());
    }

    @Test
    void sliceNumbersMatchTheStoresCountsAndZeroIsTheWholePeriod() {
        Period period = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28));
        List<Slice> slices = FlowExport.slices(period, FlowInterval.MONTH);
        assertEquals(List.of(1, 2), slices.stream().map(Slice::index).toList());
    }
}
