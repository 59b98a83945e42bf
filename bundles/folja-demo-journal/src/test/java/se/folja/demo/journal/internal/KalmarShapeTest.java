package se.folja.demo.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.folja.api.IsoWeek;
import se.folja.api.person.LegalGender;
import se.folja.api.person.PersonalIdentityNumber;

class KalmarShapeTest {

    private final KalmarShape shape = new KalmarShape();

    @Test
    void fortyOneValidClientsAged18To30TwentyFiveWomenSixteenMen() {
        assertEquals(41, shape.clients.size());
        List<PersonalIdentityNumber> numbers = shape.clients.stream()
                .map(c -> PersonalIdentityNumber.parse(c.number(), LocalDate.of(2026, 11, 24))).toList();
        assertEquals(41, numbers.stream().distinct().count());
        assertEquals(25, numbers.stream().filter(n -> n.legalGender() == LegalGender.FEMALE).count());
        assertEquals(16, numbers.stream().filter(n -> n.legalGender() == LegalGender.MALE).count());
        for (PersonalIdentityNumber n : numbers) {
            assertTrue(n.ageAt(KalmarShape.FIRST_DAY) >= 18, n.birthDate().toString());
            assertTrue(n.ageAt(KalmarShape.LAST_DAY) <= 30, n.birthDate().toString());
        }
        assertEquals(5, shape.clients.stream().map(KalmarShape.Client::unit).distinct().count());
        assertEquals(88, shape.clients.stream().mapToInt(KalmarShape.Client::sessionsPerWeek).sum());
    }

    @Test
    void oneHundredFortyCancellationsOnWeekdaysRankedLikeKalmars() {
        assertEquals(140, shape.cancellations.size());
        for (KalmarShape.Cancellation c : shape.cancellations) {
            LocalDate day = c.plannedStart().toLocalDate();
            assertTrue(!day.isBefore(KalmarShape.FIRST_DAY) && !day.isAfter(KalmarShape.LAST_DAY), day.toString());
            assertTrue(day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(), day.toString());
            assertTrue(c.plannedStart().getHour() >= 8 && c.plannedStart().getHour() <= 17);
        }
        Map<String, Long> byReason = shape.cancellations.stream()
                .collect(Collectors.groupingBy(KalmarShape.Cancellation::reasonCode, Collectors.counting()));
        List<String> ranked = byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        assertEquals(List.of("BORTREST", "MAENDE", "ANNAN_FORMELL_AKTIVITET"), ranked.subList(0, 3));
        assertTrue(byReason.containsKey("PERSONALBRIST"));
    }

    @Test
    void someClientsCancelledAWholeWeek() {
        Map<List<Object>, Long> perClientWeek = shape.cancellations.stream().collect(Collectors.groupingBy(
                c -> List.of(c.client(), IsoWeek.of(c.plannedStart().toLocalDate())), Collectors.counting()));
        long whole = perClientWeek.entrySet().stream()
                .filter(e -> e.getValue() >= ((KalmarShape.Client) e.getKey().get(0)).sessionsPerWeek()).count();
        assertTrue(whole >= 3, "whole weeks: " + whole);
    }

    @Test
    void theSameMunicipalityEveryTimeWithSixEntriesAwaiting() {
        KalmarShape again = new KalmarShape();
        assertEquals(shape.clients, again.clients);
        assertEquals(shape.cancellations, again.cancellations);
        assertEquals(6, shape.pending.size());
        Map<String, Long> pendingUnits = shape.pending.stream()
                .collect(Collectors.groupingBy(p -> p.client().unit(), Collectors.counting()));
        assertTrue(pendingUnits.size() >= 3, pendingUnits.toString());
        assertEquals(6L, pendingUnits.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void everyClientIsAssessedAndMostNeedsAreInGeneralTasksDomesticLifeAndCommunity() {
        assertEquals(41, shape.assessments.size());
        java.util.Map<String, Long> clientsPerChapter = shape.assessments.stream()
                .flatMap(a -> a.needs().stream().filter(n -> n.qualifier() > 0)
                        .map(n -> n.icf() == null ? n.lifeArea() : n.icf().substring(0, 2)).distinct())
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        java.util.List<String> ranked = clientsPerChapter.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        assertEquals(Set.of("d6", "d2", "d9"), Set.copyOf(ranked.subList(0, 3)), ranked.toString());
        assertTrue(shape.assessments.stream().allMatch(a -> !a.needs().isEmpty()
                && a.assessedOn().isBefore(KalmarShape.FIRST_DAY)));
    }
}
