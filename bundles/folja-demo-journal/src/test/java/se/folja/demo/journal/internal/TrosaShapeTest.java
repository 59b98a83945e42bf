package se.folja.demo.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.person.PersonalIdentityNumber;

class TrosaShapeTest {

    @Test
    void trosasSharesOfPositiveChangeAndDropoutByAgeGroupOnEveryLoadDay() {
        for (LocalDate day : LoadDays.all()) {
            TrosaShape shape = new TrosaShape(day);
            String on = "load day " + day;
            assertEquals(day.getYear() - 1, shape.year);
            Shares youth = shares(shape.youth, shape.year, day);
            Shares adults = shares(shape.adults, shape.year, day);
            assertEquals(new Shares(20, 20, 15, 5), youth, on);
            assertEquals(new Shares(50, 50, 35, 18), adults, on);
            assertEquals(new BigDecimal("75.0"), LoadDays.percent(youth.positive(), youth.answered()));
            assertEquals(new BigDecimal("25.0"), LoadDays.percent(youth.dropout(), youth.population()));
            assertEquals(new BigDecimal("70.0"), LoadDays.percent(adults.positive(), adults.answered()));
            assertEquals(new BigDecimal("36.0"), LoadDays.percent(adults.dropout(), adults.population()));
            for (FollowUpPlan.Enrolment e : shape.youth.enrolments()) {
                int age = PersonalIdentityNumber.ofDigits(e.client()).ageAt(e.start());
                assertTrue(age >= 13 && age <= 20, "young at the start (0-20, and in the template's 13-), " + age);
            }
            for (FollowUpPlan.Enrolment e : shape.adults.enrolments()) {
                assertTrue(PersonalIdentityNumber.ofDigits(e.client()).ageAt(e.start()) >= 21, on);
            }
        }
    }

    /**
     * The shares as the export counts them: of the enrolments started in the year, those whose latest response
     * answering {@code situation} (by the day answered, then the order given) says POSITIV, of those with such a
     * response; and those ended DROPOUT, of all. Also counted with the responses and ends of the year only: the same.
     */
    private static Shares shares(FollowUpPlan plan, int year, LocalDate day) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        int population = 0;
        int answered = 0;
        int positive = 0;
        int dropout = 0;
        for (FollowUpPlan.Enrolment e : plan.enrolments()) {
            assertTrue(!e.start().isBefore(first) && !e.start().isAfter(last), "started in the year");
            assertFalse(e.start().isBefore(plan.enabledFrom()));
            population++;
            String latest = latestSituation(e.responses(), day);
            assertEquals(latest, latestSituation(e.responses(), last), "the same counted to the year's end");
            assertNotNull(latest, "every enrolment answers situation at least once");
            answered++;
            positive += latest.equals("POSITIV") ? 1 : 0;
            if (e.endReason() == EnrolmentEndReason.DROPOUT) {
                assertFalse(e.end().isAfter(last), "ended within the year");
                dropout++;
            }
            assertTrue(e.end() == null || !e.end().isAfter(last));
            for (FollowUpPlan.Response r : e.responses()) {
                assertFalse(r.answeredOn().isAfter(day), "not in the future");
            }
        }
        return new Shares(population, answered, positive, dropout);
    }

    private static String latestSituation(List<FollowUpPlan.Response> responses, LocalDate upTo) {
        FollowUpPlan.Response latest = null;
        for (FollowUpPlan.Response r : responses) {
            if (!r.answers("situation").isEmpty() && !r.answeredOn().isAfter(upTo)
                    && (latest == null || !r.answeredOn().isBefore(latest.answeredOn()))) {
                latest = r;
            }
        }
        return latest == null ? null : FollowUpPlan.code(latest.answers("situation"));
    }

    private record Shares(int population, int answered, int positive, int dropout) {
    }

    @Test
    void theCaseOfficerAnswersWhenTheCaseOpensClosesAndSixMonthsLater() {
        for (LocalDate day : LoadDays.some()) {
            TrosaShape shape = new TrosaShape(day);
            Set<String> clients = new HashSet<>();
            int sixMonths = 0;
            for (FollowUpPlan plan : List.of(shape.youth, shape.adults)) {
                for (FollowUpPlan.Enrolment e : plan.enrolments()) {
                    assertTrue(clients.add(e.client()));
                    assertEquals("opened", e.responses().get(0).occasion());
                    assertEquals(e.start(), e.responses().get(0).answeredOn());
                    assertTrue(e.responses().stream().map(FollowUpPlan.Response::answeredOn)
                            .sorted(Comparator.naturalOrder()).toList()
                            .equals(e.responses().stream().map(FollowUpPlan.Response::answeredOn).toList()));
                    for (FollowUpPlan.Response r : e.responses()) {
                        if (r.occasion().equals("6-months-after-end")) {
                            sixMonths++;
                            assertEquals(EnrolmentEndReason.COMPLETED, e.endReason());
                            assertEquals(e.end().plusMonths(6), r.answeredOn());
                        }
                        if (r.occasion().equals("end")) {
                            assertEquals(e.end(), r.answeredOn());
                        }
                    }
                }
            }
            assertEquals(70, clients.size());
            assertTrue(sixMonths > 0, "some cases closed six months before the load day");
        }
    }
}
