package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.export.AggregateRow;
import se.folja.api.export.Dimension;
import se.folja.store.spi.ExportRecordSource.GrantCount;
import se.folja.store.spi.ExportRecordSource.GroupCount;

class AggregationTest {

    static GroupCount count(long nonDeliveries, long clients, String... keys) {
        return new GroupCount(List.of(keys), nonDeliveries, clients);
    }

    static GrantCount granted(long sessions, long wholeWeeks, String... keys) {
        return new GrantCount(List.of(keys), sessions, wholeWeeks);
    }

    @Test
    void cellsComeRowByRowWithTotalsAndRatesToTheSessionsGranted() {
        Aggregation a = new Aggregation(List.of(Dimension.UNIT, Dimension.GENDER));
        a.addGrantCounts(List.of(List.of(Dimension.UNIT, Dimension.GENDER), List.of(Dimension.GENDER), List.of(),
                List.of(Dimension.UNIT)), List.of(
                        List.of(granted(8, 1, "NORR", "FEMALE"), granted(12, 0, "NORR", "MALE")),
                        List.of(granted(8, 1, "FEMALE"), granted(12, 0, "MALE")),
                        List.of(granted(20, 1)),
                        List.of(granted(20, 1, "NORR"))));
        List<AggregateRow> rows = a.rows(
                List.of(count(6, 1, "NORR", "FEMALE"), count(5, 1, "NORR", "MALE")),
                List.of(count(11, 2, "NORR")),
                List.of(count(6, 1, "FEMALE"), count(5, 1, "MALE")),
                count(11, 2), 1);
        assertEquals(List.of("NORR/FEMALE", "NORR/MALE", "NORR/TOTAL", "TOTAL/FEMALE", "TOTAL/MALE", "TOTAL/TOTAL"),
                rows.stream().map(r -> String.join("/", r.keys())).toList());
        AggregateRow anna = rows.get(0);
        assertEquals(8L, anna.grantedSessions());
        assertEquals(0.75, anna.rate());
        assertEquals(1L, anna.wholeWeeks());
        assertEquals(0L, rows.get(1).wholeWeeks());
        assertEquals(20L, rows.get(2).grantedSessions(), "the row total");
        assertEquals(12L, rows.get(4).grantedSessions(), "a column total");
        assertEquals(20L, rows.get(5).grantedSessions());
        assertEquals(1L, rows.get(5).wholeWeeks());
        assertEquals(0.55, rows.get(5).rate());
    }

    @Test
    void aSmallCellAndItsComplementsAreSuppressedAndReasonsHaveNoRate() {
        Aggregation a = new Aggregation(List.of(Dimension.REASON));
        List<AggregateRow> rows = a.rows(
                List.of(count(20, 9, "BORTREST"), count(3, 2, "MAENDE"), count(12, 7, "FEL_TID")),
                List.of(), List.of(count(20, 9, "BORTREST"), count(3, 2, "MAENDE"), count(12, 7, "FEL_TID")),
                count(35, 15), 5);
        assertEquals(List.of("BORTREST", "FEL_TID", "MAENDE", "TOTAL"), rows.stream()
                .map(r -> String.join("/", r.keys())).toList(), "one dimension: the cells, then the total");
        assertTrue(rows.get(2).suppressed());
        assertTrue(rows.get(1).suppressed(), "FEL_TID, the smallest other, complements it");
        assertNull(rows.get(0).rate());
        assertEquals(35L, rows.get(3).nonDeliveries());
    }

    @Test
    void withOneDimensionTheTotalIsCountedOnce() {
        Aggregation a = new Aggregation(List.of(Dimension.UNIT));
        a.addGrantCounts(List.of(List.of(Dimension.UNIT), List.of(Dimension.UNIT), List.of()), List.of(
                List.of(granted(8, 0, "NORR"), granted(12, 0, "SODER")),
                List.of(granted(8, 0, "NORR"), granted(12, 0, "SODER")), List.of(granted(20, 0))));
        List<AggregateRow> rows = a.rows(List.of(count(6, 1, "NORR"), count(5, 1, "SODER")), List.of(),
                List.of(count(6, 1, "NORR"), count(5, 1, "SODER")), count(11, 2), 1);
        assertEquals(List.of("NORR", "SODER", "TOTAL"), rows.stream().map(r -> String.join("/", r.keys())).toList());
        assertEquals(8L, rows.get(0).grantedSessions());
        assertEquals(20L, rows.get(2).grantedSessions());
    }
}
