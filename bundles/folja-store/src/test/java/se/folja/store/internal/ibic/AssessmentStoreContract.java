package se.folja.store.internal.ibic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.store.internal.NonDeliveryBuilder.aNonDelivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentQuery;
import se.folja.api.ibic.AssessmentRevision;
import se.folja.api.ibic.CancellationLifeArea;
import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeAreaCount;
import se.folja.api.ibic.Need;
import se.folja.api.ibic.NeedGrouping;
import se.folja.api.nondelivery.Grant;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.NonDeliveryTestSupport;
import se.folja.store.internal.TestPins;
import se.folja.store.internal.TestScopes;

/**
 * What {@link JpaAssessmentStore} promises, whatever the database: assessments with their needs, corrections as
 * revisions, and the life-area counts over the assessments in force in a period.
 */
abstract class AssessmentStoreContract extends NonDeliveryTestSupport {

    static final Need HUSHALL = new Need("d640", "D6", null, 2, 1, "Klarar tvätten själv");
    static final Need RUTIN = new Need("d230", "D2", "Dagsrutiner", 3, null, null);
    static final Need SAMHALLE = new Need("d910", "D9", null, 2, null, null);
    static final Need INGET_PROBLEM = new Need("d510", "D5", null, 0, null, null);
    static final Need TRYGGHET = new Need(null, "TRYGGHET", null, 8, null, null);

    private JpaAssessmentStore assessments;

    @BeforeEach
    void createStoreAndClients() {
        assessments = new JpaAssessmentStore(jpa(), null);
        for (PersonalIdentityNumber client : List.of(ANNA, BO, CECILIA)) {
            grants.insert(new Grant(0, client, "NORR", "BOENDESTOD", 2, LocalDate.of(2026, 1, 1), null, "anna", T1,
                    0));
        }
    }

    private static Assessment assessment(PersonalIdentityNumber client, String unit, String day, String officer,
            Need... needs) {
        return new Assessment(0, client, unit, LocalDate.parse(day), officer, 0, "2021.1", List.of(needs), "anna", T1,
                0);
    }

    @Test
    void anAssessmentIsStoredWithItsNeedsInOrder() {
        Assessment stored = assessments.insert(assessment(ANNA, "NORR", "2026-08-15", "handl1", HUSHALL, RUTIN,
                TRYGGHET));
        assertEquals(1, stored.version());
        assertEquals(Optional.of(stored), assessments.find(stored.id()));
        assertEquals(List.of(HUSHALL, RUTIN, TRYGGHET), assessments.find(stored.id()).orElseThrow().needs());
        assertEquals(ANNA, stored.client());
        assertEquals(Optional.empty(), assessments.find(stored.id() + 1));
        assertTrue(assessments.clientExists(ANNA));
        assertThrows(NotFoundException.class, () -> assessments.insert(assessment(TestPins.pin("19900101", 123),
                "NORR", "2026-08-15", "h", HUSHALL)));
    }

    @Test
    void aCorrectionIsANewRevisionAndTheEarlierOneIsKept() {
        Assessment first = assessments.insert(assessment(ANNA, "NORR", "2026-08-15", "handl1", HUSHALL, RUTIN));
        Assessment content = new Assessment(0, ANNA, "SODER", LocalDate.of(2026, 8, 16), "handl2", 3, "2021.1",
                List.of(SAMHALLE), "bertil", T2, 0);
        Assessment corrected = assessments.correct(first.id(), 1, content);
        assertEquals(2, corrected.version());
        assertEquals(List.of(SAMHALLE), assessments.find(first.id()).orElseThrow().needs());
        assertEquals("SODER", assessments.find(first.id()).orElseThrow().unit());

        List<AssessmentRevision> history = assessments.history(first.id());
        assertEquals(List.of("RECORDED", "CORRECTED"), history.stream().map(AssessmentRevision::kind).toList());
        assertEquals(first, history.get(0).assessment());
        assertEquals(corrected, history.get(1).assessment());
        assertThrows(ConflictException.class, () -> assessments.correct(first.id(), 1, content));
        assertThrows(NotFoundException.class, () -> assessments.correct(first.id() + 1, 1, content));
        assertEquals(List.of(), assessments.history(first.id() + 1));
    }

    @Test
    void searchFindsByUnitClientAndPeriodNewestFirst() {
        Assessment a = assessments.insert(assessment(ANNA, "NORR", "2026-08-15", "h", HUSHALL));
        Assessment b = assessments.insert(assessment(BO, "NORR", "2026-09-15", "h", RUTIN, SAMHALLE));
        Assessment c = assessments.insert(assessment(CECILIA, "SODER", "2026-09-01", "h", TRYGGHET));
        assessments.correct(a.id(), 1, assessment(ANNA, "NORR", "2026-08-15", "h", SAMHALLE));

        Page<Assessment> norr = TestScopes.searchScoped(assessments, new AssessmentQuery(Set.of("NORR"), null, null, null, 0, 10));
        assertEquals(2, norr.total());
        assertEquals(List.of(b.id(), a.id()), norr.items().stream().map(Assessment::id).toList());
        assertEquals(List.of(SAMHALLE), norr.items().get(1).needs(), "the needs of the latest revision");
        assertEquals(List.of(c.id()), TestScopes.searchScoped(assessments, new AssessmentQuery(Set.of(), null, LocalDate.of(2026, 8, 20),
                LocalDate.of(2026, 9, 10), 0, 10)).items().stream().map(Assessment::id).toList());
        assertEquals(1, TestScopes.searchScoped(assessments, new AssessmentQuery(Set.of(), BO, null, null, 0, 10)).total());
        assertEquals(0, TestScopes.searchScoped(assessments, new AssessmentQuery(Set.of(), TestPins.pin("19900101", 123), null, null,
                0, 10)).total());
    }

    @Test
    void lifeAreasCountTheAssessmentsInForceInThePeriodAndOnlyTheirCountedNeeds() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        // Anna: an old assessment superseded before the period, and the one in force when it starts
        assessments.insert(assessment(ANNA, "NORR", "2025-01-10", "h1", TRYGGHET));
        assessments.insert(assessment(ANNA, "NORR", "2026-06-01", "h1", HUSHALL, RUTIN, INGET_PROBLEM));
        // Bo: assessed in the period, and again after it (not counted)
        assessments.insert(assessment(BO, "SODER", "2026-09-20", "h2", HUSHALL, SAMHALLE));
        assessments.insert(assessment(BO, "SODER", "2026-11-05", "h2", TRYGGHET));
        // Cecilia: corrected; only the latest revision counts
        Assessment c = assessments.insert(assessment(CECILIA, "NORR", "2026-10-01", "h2", TRYGGHET));
        assessments.correct(c.id(), 1, assessment(CECILIA, "NORR", "2026-10-01", "h2", SAMHALLE));

        assertEquals(List.of(new LifeAreaCount(null, "D2", 1, 1), new LifeAreaCount(null, "D6", 2, 2),
                new LifeAreaCount(null, "D9", 2, 2)), sorted(assessments.needs(NeedGrouping.TOTAL, TestScopes.of(Set.of()), from, to)));
        assertEquals(List.of(new LifeAreaCount("NORR", "D2", 1, 1), new LifeAreaCount("NORR", "D6", 1, 1),
                new LifeAreaCount("NORR", "D9", 1, 1), new LifeAreaCount("SODER", "D6", 1, 1),
                new LifeAreaCount("SODER", "D9", 1, 1)), sorted(assessments.needs(NeedGrouping.UNIT, TestScopes.of(Set.of()), from,
                to)));
        assertEquals(List.of(new LifeAreaCount("h1", "D2", 1, 1), new LifeAreaCount("h1", "D6", 1, 1)),
                sorted(assessments.needs(NeedGrouping.CASE_OFFICER, TestScopes.of(Set.of()), from, to)).subList(0, 2));
        assertEquals(List.of(new LifeAreaCount(BO.digits(), "D6", 1, 1), new LifeAreaCount(BO.digits(), "D9", 1, 1)),
                sorted(assessments.needs(NeedGrouping.CLIENT, TestScopes.of(Set.of("SODER")), from, to)));
        assertEquals(3, assessments.assessedClients(TestScopes.of(Set.of()), from, to));
        assertEquals(2, assessments.assessedClients(TestScopes.of(Set.of("NORR")), from, to));
        assertEquals(List.of(new LifeAreaCount(null, "TRYGGHET", 1, 1)),
                assessments.needs(NeedGrouping.TOTAL, TestScopes.of(Set.of()), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)));
    }

    @Test
    void theCancellingClientsAreCountedInEachLifeAreaOfTheirNeeds() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 9, 30);
        assessments.insert(assessment(ANNA, "NORR", "2026-06-01", "h1", HUSHALL, RUTIN));
        assessments.insert(assessment(BO, "SODER", "2026-09-20", "h2", HUSHALL, INGET_PROBLEM));
        nonDeliveries.insert(aNonDelivery("J-1").client(ANNA).unit("NORR").plannedAt("2026-09-02T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-2").client(ANNA).unit("NORR").plannedAt("2026-09-09T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-3").client(BO).unit("SODER").plannedAt("2026-09-03T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-4").client(CECILIA).unit("NORR").plannedAt("2026-09-04T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-5").client(CECILIA).unit("NORR").plannedAt("2026-10-04T10:00").build());

        CancellationLifeAreas all = assessments.cancellations(TestScopes.of(Set.of()), from, to);
        assertEquals(3, all.cancellingClients());
        assertEquals(4, all.cancellations());
        assertEquals(1, all.clientsWithoutAssessment(), "Cecilia");
        assertEquals(List.of(new CancellationLifeArea("D2", 1, 2), new CancellationLifeArea("D6", 2, 3)),
                all.areas().stream().sorted(Comparator.comparing(CancellationLifeArea::lifeArea)).toList());

        CancellationLifeAreas norr = assessments.cancellations(TestScopes.of(Set.of("NORR")), from, to);
        assertEquals(2, norr.cancellingClients());
        assertEquals(3, norr.cancellations());
        assertEquals(List.of(new CancellationLifeArea("D2", 1, 2), new CancellationLifeArea("D6", 1, 2)),
                norr.areas().stream().sorted(Comparator.comparing(CancellationLifeArea::lifeArea)).toList());
        assertEquals(0, assessments.cancellations(TestScopes.of(Set.of("VASTER")), from, to).cancellingClients());
    }

    @Test
    void perUnitTheCancellingClientsAreCountedInEachLifeAreaWithEveryTotal() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 9, 30);
        assessments.insert(assessment(ANNA, "NORR", "2026-06-01", "h1", HUSHALL, RUTIN));
        assessments.insert(assessment(BO, "SODER", "2026-09-20", "h2", HUSHALL, INGET_PROBLEM));
        nonDeliveries.insert(aNonDelivery("J-1").client(ANNA).unit("NORR").plannedAt("2026-09-02T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-2").client(ANNA).unit("SODER").plannedAt("2026-09-09T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-3").client(BO).unit("SODER").plannedAt("2026-09-03T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-4").client(CECILIA).unit("NORR").plannedAt("2026-09-04T10:00").build());

        List<String> rows = assessments.cancellationsByUnit(TestScopes.of(Set.of()), from, to).stream()
                .map(r -> r.unit() + "/" + r.lifeArea() + "=" + r.clients() + "/" + r.cancellations()).sorted()
                .toList();
        assertEquals(List.of("NORR/D2=1/1", "NORR/D6=1/1", "NORR/null=2/2", "SODER/D2=1/1", "SODER/D6=2/2",
                "SODER/null=2/2", "null/D2=1/2", "null/D6=2/3", "null/null=3/4"), rows);
        assertEquals(List.of("NORR/D2=1/1", "NORR/D6=1/1", "NORR/null=2/2", "null/D2=1/1", "null/D6=1/1",
                "null/null=2/2"), assessments.cancellationsByUnit(TestScopes.of(Set.of("NORR")), from, to).stream()
                .map(r -> r.unit() + "/" + r.lifeArea() + "=" + r.clients() + "/" + r.cancellations()).sorted()
                .toList());
    }

    private static List<LifeAreaCount> sorted(List<LifeAreaCount> rows) {
        return rows.stream().sorted(Comparator.comparing((LifeAreaCount r) -> String.valueOf(r.group()))
                .thenComparing(LifeAreaCount::lifeArea)).toList();
    }
}
