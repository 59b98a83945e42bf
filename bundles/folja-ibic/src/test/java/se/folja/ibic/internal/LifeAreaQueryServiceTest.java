package se.folja.ibic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.ibic.CancellationLifeArea;
import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeAreaCount;
import se.folja.api.ibic.LifeAreaNeeds;
import se.folja.api.ibic.NeedGrouping;
import se.folja.api.ibic.UnitAreaCount;

class LifeAreaQueryServiceTest {

    static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);

    private final Fakes.AssessmentMemory store = new Fakes.AssessmentMemory();
    private final LifeAreaQueryService queries = new LifeAreaQueryService(store, new TableLifeAreaMapper(
            ShippedLifeAreas.load(), new CodeListService(new MemoryIcfCodeStore(), TestFiles.config(0, 10),
                    Clock.fixed(Fakes.T0, ZoneOffset.UTC))), () -> 5);

    @Test
    void rowsComeByGroupThenInIbicsOrderOfTheAreas() {
        store.needRows = List.of(new LifeAreaCount("SODER", "D2", 1, 1), new LifeAreaCount("NORR", "TRYGGHET", 1, 1),
                new LifeAreaCount("NORR", "D9", 2, 3), new LifeAreaCount("NORR", "D10_UNKNOWN", 1, 1),
                new LifeAreaCount("NORR", "D2", 4, 4));
        LifeAreaNeeds needs = queries.needs(NeedGrouping.UNIT, Set.of(), FROM, TO, new Actor("admin",
                Set.of("NORR", "SODER"), true));
        assertEquals(List.of("NORR/D2", "NORR/D9", "NORR/TRYGGHET", "NORR/D10_UNKNOWN", "SODER/D2"),
                needs.rows().stream().map(r -> r.group() + "/" + r.lifeArea()).toList());
        assertEquals(7, needs.clients());
        assertEquals(UnitScope.of(Set.of("NORR", "SODER")), store.lastScope, "an administrator's own units");
    }

    @Test
    void cancellingClientsComeMostFirst() {
        store.cancellations = new CancellationLifeAreas(Set.of("NORR"), FROM, TO, 10, 30, 2, List.of(
                new CancellationLifeArea("D9", 4, 12), new CancellationLifeArea("D2", 6, 20),
                new CancellationLifeArea("D6", 4, 9)));
        CancellationLifeAreas result = queries.cancellations(Set.of(), FROM, TO, new Actor("a", Set.of("NORR"),
                false));
        assertEquals(List.of("D2", "D6", "D9"), result.areas().stream().map(CancellationLifeArea::lifeArea).toList());
        assertEquals(UnitScope.of(Set.of("NORR")), store.lastScope);
        assertEquals((Long) 10L, result.cancellingClients());
    }

    @Test
    void thePeriodIsRequiredAndInOrderAndUnitsAreTheUsers() {
        Actor norr = new Actor("a", Set.of("NORR"), false);
        assertEquals(List.of("from", "to"), fields(() -> queries.needs(NeedGrouping.TOTAL, Set.of(), null, null,
                norr)));
        assertEquals(List.of("to"), fields(() -> queries.cancellations(Set.of(), TO, FROM, norr)));
        assertEquals(List.of("to"), fields(() -> queries.needs(NeedGrouping.TOTAL, Set.of(), FROM,
                FROM.plusYears(6), norr)));
        assertThrows(ForbiddenException.class, () -> queries.needs(NeedGrouping.TOTAL, Set.of("SODER"), FROM, TO,
                norr));
        assertEquals((Long) 0L, queries.cancellations(Set.of(), FROM, TO, new Actor("ingen", Set.of(), false))
                .cancellingClients());
    }

    static List<String> fields(Runnable query) {
        return assertThrows(ValidationException.class, query::run).errors().stream().map(FieldError::field)
                .toList();
    }

    @Test
    void aReaderOutsideTheUnitsReadsTheLifeAreasOfCancellationsAsTheExportsTotalColumn() {
        store.cancellations = new CancellationLifeAreas(Set.of(), FROM, TO, 14, 40, 3, List.of(
                new CancellationLifeArea("D2", 9, 25), new CancellationLifeArea("D6", 6, 17),
                new CancellationLifeArea("D9", 3, 8), new CancellationLifeArea("D1", 2, 2)));
        // D9: 3 in NORR (small), then complements; D1 and D5 small in total
        store.byUnit = List.of(
                new UnitAreaCount("NORR", "D2", 5, 14), new UnitAreaCount("SODER", "D2", 4, 11),
                new UnitAreaCount("NORR", "D6", 6, 17), new UnitAreaCount("NORR", "D9", 3, 8),
                new UnitAreaCount("SODER", "D1", 2, 2), new UnitAreaCount("SODER", "D5", 1, 1),
                new UnitAreaCount(null, "D2", 9, 25), new UnitAreaCount(null, "D6", 6, 17),
                new UnitAreaCount(null, "D9", 3, 8), new UnitAreaCount(null, "D1", 2, 2),
                new UnitAreaCount(null, "D5", 1, 1),
                new UnitAreaCount("NORR", null, 8, 28), new UnitAreaCount("SODER", null, 6, 12),
                new UnitAreaCount(null, null, 14, 40));
        Actor statistician = new Actor("stina", Set.of(), true);
        CancellationLifeAreas read = queries.cancellations(Set.of(), FROM, TO, statistician);
        assertEquals(5, read.suppressionK());
        assertEquals(List.of("D2:9", "D6:6", "D1:null", "D5:null", "D9:null"), read.areas().stream()
                .map(a -> a.lifeArea() + ":" + a.clients()).toList(), "shown by clients, suppressed by code");
        assertEquals((Long) 14L, read.cancellingClients());
        assertEquals((Long) 40L, read.cancellations());
        assertEquals(null, read.clientsWithoutAssessment(), "3 clients without an assessment: small");
        for (CancellationLifeArea area : read.areas()) {
            assertTrue(area.suppressed() == (area.cancellations() == null));
        }
        assertEquals(UnitScope.EVERY, store.lastScope);

        CancellationLifeAreas member = queries.cancellations(Set.of("NORR"), FROM, TO,
                new Actor("a", Set.of("NORR"), false));
        assertEquals(1, member.suppressionK());
        assertEquals(List.of("D2:9", "D6:6", "D9:3", "D1:2"), member.areas().stream()
                .map(a -> a.lifeArea() + ":" + a.clients()).toList(), "a member of the units reads them exactly");
        assertEquals((Long) 3L, member.clientsWithoutAssessment());

        CancellationLifeAreas adminOfNorr = queries.cancellations(Set.of("NORR", "SODER"), FROM, TO,
                new Actor("admin", Set.of("NORR"), true));
        assertEquals(5, adminOfNorr.suppressionK(), "SODER is not the administrator's unit");
    }

    @Test
    void needsAreForTheUnitsMembers() {
        Actor statistician = new Actor("stina", Set.of(), true);
        assertEquals(Actor.MEMBERS_ONLY, assertThrows(ForbiddenException.class, () -> queries.needs(NeedGrouping.TOTAL,
                Set.of(), FROM, TO, statistician)).getMessage());
        assertThrows(ForbiddenException.class, () -> queries.needs(NeedGrouping.UNIT, Set.of("NORR"), FROM, TO,
                statistician));
        assertThrows(ForbiddenException.class, () -> queries.needs(NeedGrouping.CASE_OFFICER, Set.of("SODER"), FROM,
                TO, new Actor("admin", Set.of("NORR"), true)));
    }
}
