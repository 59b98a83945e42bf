package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.export.AggregateRow;
import se.folja.api.export.Dimension;
import se.folja.api.nondelivery.Grant;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.store.ExportRecordSource.ClientWeek;
import se.folja.api.store.ExportRecordSource.GroupCount;

class AggregationTest {

    static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 9, 30);
    static final String ANNA = "199601159826";
    static final String BO = "199608159910";

    static Grant grant(String client, String unit, int sessions) {
        return new Grant(0, PersonalIdentityNumber.ofDigits(client), unit, "BOENDESTOD", sessions,
                LocalDate.of(2026, 1, 1), null, "anna", Instant.EPOCH, 1);
    }

    static GroupCount count(long nonDeliveries, long clients, String... keys) {
        return new GroupCount(List.of(keys), nonDeliveries, clients);
    }

    @Test
    void cellsComeRowByRowWithTotalsAndRatesToTheSessionsGrantedOnEachThursday() {
        Aggregation a = new Aggregation(List.of(Dimension.UNIT, Dimension.GENDER));
        List<Grant> grants = List.of(grant(ANNA, "NORR", 2), grant(BO, "NORR", 3));
        a.addGrants(grants, FROM, TO);
        a.indexGrants(grants);
        a.addClientWeek(new ClientWeek(ANNA, "NORR", "BOENDESTOD", 202637, 2));
        a.addClientWeek(new ClientWeek(BO, "NORR", "BOENDESTOD", 202637, 2));
        List<AggregateRow> rows = a.rows(
                List.of(count(6, 1, "NORR", "FEMALE"), count(5, 1, "NORR", "MALE")),
                List.of(count(11, 2, "NORR")),
                List.of(count(6, 1, "FEMALE"), count(5, 1, "MALE")),
                count(11, 2), 1);
        assertEquals(List.of("NORR/FEMALE", "NORR/MALE", "NORR/TOTAL", "TOTAL/FEMALE", "TOTAL/MALE", "TOTAL/TOTAL"),
                rows.stream().map(r -> String.join("/", r.keys())).toList());
        // Thursdays of September 2026: the 3rd, 10th, 17th and 24th: four weeks
        AggregateRow anna = rows.get(0);
        assertEquals(8L, anna.grantedSessions());
        assertEquals(0.75, anna.rate());
        assertEquals(1L, anna.wholeWeeks(), "two cancelled of two granted in week 37");
        assertEquals(0L, rows.get(1).wholeWeeks(), "two of three is not the whole week");
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
        a.addGrants(List.of(grant(ANNA, "NORR", 2), grant(BO, "SODER", 3)), FROM, TO);
        List<AggregateRow> rows = a.rows(List.of(count(6, 1, "NORR"), count(5, 1, "SODER")), List.of(),
                List.of(count(6, 1, "NORR"), count(5, 1, "SODER")), count(11, 2), 1);
        assertEquals(List.of("NORR", "SODER", "TOTAL"), rows.stream().map(r -> String.join("/", r.keys())).toList());
        assertEquals(8L, rows.get(0).grantedSessions());
        assertEquals(20L, rows.get(2).grantedSessions());
    }
}
