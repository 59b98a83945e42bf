package se.folja.demo.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.followup.RunningTime;
import se.folja.api.nondelivery.Grant;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.followup.internal.ServiceRules;

class SocialSamvaroShapeTest {

    /** The template's population: the intervention has run 3 months to 2 years, as Följa reads it. */
    private static final RunningTime RUNNING = ServiceRules.template(SocialSamvaroShape.TEMPLATE).population()
            .interventionRunning();

    @Test
    void fourteenOfThirtySevenOnEveryLoadDayAndTheWeekAfter() {
        for (LocalDate day : LoadDays.all()) {
            SocialSamvaroShape shape = new SocialSamvaroShape(day);
            List<Grant> grants = grants(shape);
            for (int after = 0; after <= 7; after++) {
                LocalDate on = day.plusDays(after);
                List<Grant> inForce = grants.stream().filter(g -> !g.validFrom().isAfter(on)
                        && (g.validTo() == null || !g.validTo().isBefore(on))).toList();
                assertEquals(37, inForce.size(), "load day " + day + ", on " + on);
                assertEquals(37, inForce.stream().map(g -> g.client().digits()).distinct().count());
                int proposed = 0;
                for (Grant grant : inForce) {
                    LocalDate since = ServiceRules.runningSince(grant, grants);
                    boolean in = RUNNING.contains(since, on);
                    SocialSamvaroShape.Client client = shape.clients.stream()
                            .filter(c -> c.number().equals(grant.client().digits())).findFirst().orElseThrow();
                    assertEquals(client.running() == SocialSamvaroShape.Running.IN_POPULATION, in,
                            client + " on " + on);
                    if (!in) {
                        assertEquals(client.running() == SocialSamvaroShape.Running.TOO_NEW,
                                since.plus(RUNNING.min()).isAfter(on), client.toString());
                    }
                    proposed += in ? 1 : 0;
                }
                assertEquals(14, proposed, "load day " + day + ", on " + on);
            }
        }
    }

    @Test
    void someCurrentGrantsContinueAnEarlierOneAndSomeFollowAGap() {
        SocialSamvaroShape shape = new SocialSamvaroShape(LocalDate.of(2028, 2, 29));
        List<Grant> grants = grants(shape);
        int traced = 0;
        int afterGap = 0;
        for (SocialSamvaroShape.Client client : shape.clients) {
            List<SocialSamvaroShape.Grant> own = client.grants();
            SocialSamvaroShape.Grant current = own.get(own.size() - 1);
            LocalDate since = ServiceRules.runningSince(grants.stream().filter(g -> g.client().digits()
                    .equals(client.number()) && g.validFrom().equals(current.from())).findFirst().orElseThrow(), grants);
            if (own.size() > 1 && since.equals(own.get(0).from())) {
                traced++;
            } else if (own.size() > 1) {
                assertEquals(current.from(), since);
                afterGap++;
            }
        }
        assertEquals(7, traced, "chains traced to their first grant");
        assertEquals(2, afterGap, "new interventions after a gap");
    }

    @Test
    void threeEnrolledWhileInThePopulationAndAnsweredByTheThreeRoles() {
        for (LocalDate day : LoadDays.all()) {
            SocialSamvaroShape shape = new SocialSamvaroShape(day);
            List<Grant> grants = grants(shape);
            assertEquals(3, shape.plan.enrolments().size());
            for (FollowUpPlan.Enrolment e : shape.plan.enrolments()) {
                Grant grant = grants.stream().filter(g -> g.client().digits().equals(e.client())
                        && g.validFrom().equals(e.grantFrom())).findFirst().orElseThrow();
                assertTrue(!grant.validFrom().isAfter(e.start()) && grant.validTo() == null, "valid on the start");
                LocalDate since = ServiceRules.runningSince(grant, grants);
                assertTrue(RUNNING.contains(since, e.start()), "in the population when enrolled");
                assertFalse(RUNNING.contains(since, day), "no longer on the load day");
                assertFalse(e.start().isBefore(shape.plan.enabledFrom()));
                assertTrue(e.responses().stream().allMatch(r -> !r.answeredOn().isAfter(day)));
            }
            assertEquals(8, shape.plan.responses().size(), "one client's answers still missing");
        }
    }

    @Test
    void elderlyClientsEachWithTheirOwnNumber() {
        SocialSamvaroShape shape = new SocialSamvaroShape(LocalDate.of(2026, 12, 7));
        Set<String> numbers = new HashSet<>();
        for (SocialSamvaroShape.Client client : shape.clients) {
            assertTrue(numbers.add(client.number()));
            int age = PersonalIdentityNumber.ofDigits(client.number()).ageAt(shape.anchor);
            assertTrue(age >= 72 && age <= 96, Integer.toString(age));
        }
    }

    /** The unit's grants as Följa stores them. */
    static List<Grant> grants(SocialSamvaroShape shape) {
        List<Grant> grants = new ArrayList<>();
        for (SocialSamvaroShape.Client client : shape.clients) {
            for (SocialSamvaroShape.Grant g : client.grants()) {
                grants.add(new Grant(grants.size() + 1, PersonalIdentityNumber.ofDigits(client.number()),
                        SocialSamvaroShape.UNIT.code(), SocialSamvaroShape.INTERVENTION_TYPE, g.sessionsPerWeek(),
                        g.from(), g.to(), "system", Instant.EPOCH, 0));
            }
        }
        return grants;
    }
}
