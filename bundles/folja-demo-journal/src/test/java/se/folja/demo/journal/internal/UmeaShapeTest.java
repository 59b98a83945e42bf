package se.folja.demo.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.followup.AnswerValue;
import se.folja.api.person.LegalGender;
import se.folja.api.person.PersonalIdentityNumber;

class UmeaShapeTest {

    @Test
    void umeasTableOfEnrolmentTimesOnEveryLoadDay() {
        for (LocalDate day : LoadDays.all()) {
            FollowUpPlan plan = new UmeaShape(day).plan;
            List<Long> ongoing = plan.enrolments().stream().filter(e -> e.end() == null)
                    .map(e -> ChronoUnit.MONTHS.between(e.start(), day)).toList();
            List<Long> ended = plan.enrolments().stream().filter(e -> e.end() != null)
                    .map(e -> ChronoUnit.MONTHS.between(e.start(), e.end())).toList();
            String on = "load day " + day;
            assertEquals(83, ongoing.size(), on);
            assertEquals(1L, ongoing.stream().mapToLong(Long::longValue).min().orElseThrow(), on);
            assertEquals(173L, ongoing.stream().mapToLong(Long::longValue).max().orElseThrow(), on);
            assertEquals(2350L, ongoing.stream().mapToLong(Long::longValue).sum(), on);
            assertEquals(new BigDecimal("28.31"), LoadDays.mean(2350, 83), on);
            assertEquals(7, ended.size(), on);
            assertEquals(14L, ended.stream().mapToLong(Long::longValue).min().orElseThrow(), on);
            assertEquals(168L, ended.stream().mapToLong(Long::longValue).max().orElseThrow(), on);
            assertEquals(288L, ended.stream().mapToLong(Long::longValue).sum(), on);
            assertEquals(new BigDecimal("41.14"), LoadDays.mean(288, 7), on);
            for (FollowUpPlan.Enrolment e : plan.enrolments()) {
                assertFalse(e.start().isBefore(plan.enabledFrom()), on);
                // a load finished a day later still starts every enrolment within the enablement made the day before
                assertFalse(e.start().isBefore(UmeaShape.enabledFrom(day.minusDays(1))), on);
                assertTrue(e.end() == null || !e.end().isAfter(day) && !e.end().isBefore(e.start()), on);
            }
        }
    }

    @Test
    void everyClassOfOrsChangeWellClearOfTheThresholds() {
        for (LocalDate day : LoadDays.all()) {
            UmeaShape shape = new UmeaShape(day);
            Map<UmeaShape.Change, Integer> classes = new EnumMap<>(UmeaShape.Change.class);
            for (int i = 0; i < shape.plan.enrolments().size(); i++) {
                List<FollowUpPlan.Response> responses = shape.plan.enrolments().get(i).responses();
                assertTrue(responses.size() >= 2, "a first and a latest rating");
                int first = total(responses.get(0));
                int latest = total(responses.get(responses.size() - 1));
                int change = latest - first;
                // adults: a reliable change is 5 points, the cutoff 25; none within 2 points of either
                assertTrue(Math.abs(change) >= UmeaShape.RELIABLE_CHANGE + 20
                        || Math.abs(change) <= UmeaShape.RELIABLE_CHANGE - 20, "change " + change);
                UmeaShape.Change seen = change >= UmeaShape.RELIABLE_CHANGE
                        ? first < UmeaShape.CUTOFF && latest >= UmeaShape.CUTOFF ? UmeaShape.Change.RECOVERED
                        : UmeaShape.Change.IMPROVED
                        : change <= -UmeaShape.RELIABLE_CHANGE ? UmeaShape.Change.DETERIORATED
                        : UmeaShape.Change.NO_CHANGE;
                if (seen == UmeaShape.Change.RECOVERED || seen == UmeaShape.Change.IMPROVED) {
                    assertTrue(Math.abs(first - UmeaShape.CUTOFF) >= 20 && Math.abs(latest - UmeaShape.CUTOFF) >= 20,
                            first + " to " + latest);
                }
                assertEquals(shape.changes.get(i), seen);
                classes.merge(seen, 1, Integer::sum);
            }
            assertEquals(UmeaShape.CHANGES, classes, "load day " + day);
            assertTrue(classes.values().stream().allMatch(n -> n >= 5), "no class small enough to be suppressed");
        }
    }

    @Test
    void ratingsAreFourItemsOfZeroToTenWithOneDecimalInTheOrderTheyWereGivenInTheLastNineYears() {
        for (LocalDate day : LoadDays.some()) {
            LocalDate kept = day.minusYears(9);
            int fromTheStart = 0;
            for (FollowUpPlan.Enrolment e : new UmeaShape(day).plan.enrolments()) {
                FollowUpPlan.Response first = e.responses().get(0);
                if (e.start().isBefore(kept)) {
                    // the first rating kept: the first time ORS fell due in the last nine years
                    assertEquals("every-4-weeks", first.occasion());
                    assertTrue(!first.answeredOn().isBefore(kept) && first.answeredOn().isBefore(kept.plusWeeks(4)));
                } else {
                    assertEquals("baseline", first.occasion());
                    assertEquals(e.start(), first.answeredOn());
                    fromTheStart++;
                }
                LocalDate before = null;
                for (FollowUpPlan.Response r : e.responses()) {
                    assertTrue(before == null || r.answeredOn().isAfter(before), "answered in order, a day each");
                    assertFalse(r.answeredOn().isAfter(day), "not in the future");
                    assertFalse(r.answeredOn().isBefore(kept), "within ten years, as one export reads them");
                    before = r.answeredOn();
                    assertEquals(UmeaShape.ITEMS.size(), r.items().size());
                    for (FollowUpPlan.Item item : r.items()) {
                        BigDecimal value = ((AnswerValue.OfDecimal) item.answers().get(0)).value();
                        assertTrue(value.signum() >= 0 && value.compareTo(BigDecimal.TEN) <= 0, value.toString());
                        assertTrue(value.scale() <= 1);
                    }
                }
                if (e.end() != null) {
                    assertEquals("end", e.responses().get(e.responses().size() - 1).occasion());
                    assertEquals(e.end(), e.responses().get(e.responses().size() - 1).answeredOn());
                }
            }
            assertTrue(fromTheStart > 80 && fromTheStart < 90, fromTheStart + " rated from the start");
        }
    }

    @Test
    void ninetyAdultsMostlyMen() {
        for (LocalDate day : LoadDays.some()) {
            Set<String> clients = new HashSet<>();
            int men = 0;
            for (FollowUpPlan.Enrolment e : new UmeaShape(day).plan.enrolments()) {
                PersonalIdentityNumber client = PersonalIdentityNumber.ofDigits(e.client());
                assertTrue(clients.add(e.client()));
                assertTrue(client.ageAt(e.start()) >= 18, "an adult at the first rating");
                assertEquals("95", e.client().substring(8, 10), "a serial no test uses");
                men += client.legalGender() == LegalGender.MALE ? 1 : 0;
            }
            assertEquals(90, clients.size());
            assertEquals(60, men);
        }
    }

    @Test
    void theSameLoadDayGivesTheSameUnit() {
        LocalDate day = LocalDate.of(2027, 3, 31);
        assertEquals(described(new UmeaShape(day)), described(new UmeaShape(day)));
    }

    private static List<String> described(UmeaShape shape) {
        return shape.plan.enrolments().stream().map(e -> e.client() + " " + e + " " + e.responses().stream()
                .map(r -> r + "=" + total(r)).toList()).toList();
    }

    /** @return the ORS total of a rating, in tenths */
    static int total(FollowUpPlan.Response response) {
        return response.items().stream()
                .mapToInt(i -> ((AnswerValue.OfDecimal) i.answers().get(0)).value().movePointRight(1).intValueExact())
                .sum();
    }
}
