package se.folja.ibic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.ValidationException;
import se.folja.api.ibic.CancellationLifeArea;
import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeAreaCount;
import se.folja.api.ibic.LifeAreaNeeds;
import se.folja.api.ibic.NeedGrouping;

class LifeAreaQueryServiceTest {

    static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);

    private final Fakes.AssessmentMemory store = new Fakes.AssessmentMemory();
    private final LifeAreaQueryService queries = new LifeAreaQueryService(store, new TableLifeAreaMapper(
            ShippedLifeAreas.load(), new CodeListService(new MemoryIcfCodeStore(), TestFiles.config(0, 10),
                    Clock.fixed(Fakes.T0, ZoneOffset.UTC))));

    @Test
    void rowsComeByGroupThenInIbicsOrderOfTheAreas() {
        store.needRows = List.of(new LifeAreaCount("SODER", "D2", 1, 1), new LifeAreaCount("NORR", "TRYGGHET", 1, 1),
                new LifeAreaCount("NORR", "D9", 2, 3), new LifeAreaCount("NORR", "D10_UNKNOWN", 1, 1),
                new LifeAreaCount("NORR", "D2", 4, 4));
        LifeAreaNeeds needs = queries.needs(NeedGrouping.UNIT, Set.of(), FROM, TO, new Actor("admin", Set.of(), true));
        assertEquals(List.of("NORR/D2", "NORR/D9", "NORR/TRYGGHET", "NORR/D10_UNKNOWN", "SODER/D2"),
                needs.rows().stream().map(r -> r.group() + "/" + r.lifeArea()).toList());
        assertEquals(7, needs.clients());
        assertEquals(Set.of(), store.lastUnits, "every unit for an administrator");
    }

    @Test
    void cancellingClientsComeMostFirst() {
        store.cancellations = new CancellationLifeAreas(Set.of("NORR"), FROM, TO, 10, 30, 2, List.of(
                new CancellationLifeArea("D9", 4, 12), new CancellationLifeArea("D2", 6, 20),
                new CancellationLifeArea("D6", 4, 9)));
        CancellationLifeAreas result = queries.cancellations(Set.of(), FROM, TO, new Actor("a", Set.of("NORR"),
                false));
        assertEquals(List.of("D2", "D6", "D9"), result.areas().stream().map(CancellationLifeArea::lifeArea).toList());
        assertEquals(Set.of("NORR"), store.lastUnits);
        assertEquals(10, result.cancellingClients());
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
        assertEquals(0, queries.cancellations(Set.of(), FROM, TO, new Actor("ingen", Set.of(), false))
                .cancellingClients());
    }

    static List<String> fields(Runnable query) {
        return assertThrows(ValidationException.class, query::run).errors().stream().map(FieldError::field)
                .toList();
    }
}
