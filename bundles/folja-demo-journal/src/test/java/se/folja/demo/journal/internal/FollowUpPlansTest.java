package se.folja.demo.journal.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.Dates;
import se.folja.api.followup.Answer;
import se.folja.api.followup.Enrolments;
import se.folja.followup.internal.ServiceRules;

/**
 * Every enrolment and response the demo loads is one the follow-up services accept, by their own rules: the
 * enrolment starts within the enablement and not in the future, an end is not before the start nor after the load
 * day, each response answers an occasion that falls due for its enrolment and is open on the load day, on a day not
 * in the future, once per occasion and role, and every answer is valid for the built-in template's questionnaire.
 */
class FollowUpPlansTest {

    @Test
    void theServicesRulesAcceptEveryEnrolmentAndResponse() {
        for (LocalDate day : LoadDays.some()) {
            TrosaShape trosa = new TrosaShape(day);
            int responses = 0;
            for (FollowUpPlan plan : List.of(new UmeaShape(day).plan, trosa.youth, trosa.adults,
                    new SocialSamvaroShape(day).plan)) {
                for (FollowUpPlan.Enrolment e : plan.enrolments()) {
                    assertFalse(e.start().isBefore(plan.enabledFrom()), "within the enablement");
                    assertFalse(e.start().isAfter(day));
                    assertTrue(Dates.inRange(e.start()) && Dates.inRange(plan.enabledFrom()));
                    assertTrue(e.end() == null || !e.end().isBefore(e.start()) && !e.end().isAfter(day));
                    Set<String> answered = new HashSet<>();
                    for (FollowUpPlan.Response r : e.responses()) {
                        String what = plan.template() + " " + r + " of " + e + ", load day " + day;
                        assertTrue(answered.add(r.occasion() + "#" + r.sequence() + " " + r.role()), what);
                        Optional<LocalDate> due = ServiceRules.due(plan.template(), r.occasion(), r.sequence(),
                                e.client(), e.start(), e.end(), e.endReason());
                        assertTrue(due.isPresent(), "falls due: " + what);
                        assertFalse(due.get().minusDays(Enrolments.OPENS_DAYS_BEFORE).isAfter(day), "open: " + what);
                        assertFalse(r.answeredOn().isAfter(day), "not in the future: " + what);
                        assertFalse(r.answeredOn().isBefore(due.get()), "answered once due: " + what);
                        List<Answer> answers = assertDoesNotThrow(() -> ServiceRules.read(plan.template(), r.role(),
                                r.json()), () -> what + " " + new String(r.json(), StandardCharsets.UTF_8));
                        assertEquals(count(r.items()), answers.size(), what);
                        responses++;
                    }
                }
            }
            assertTrue(responses > 400, responses + " responses");
        }
    }

    private static int count(List<FollowUpPlan.Item> items) {
        int n = 0;
        for (FollowUpPlan.Item item : items) {
            n += (item.answers().isEmpty() ? 0 : 1) + count(item.items());
        }
        return n;
    }

    @Test
    void aFreeTextIsWrittenAsJsonWithItsQuotesAndLineBreaksEscaped() {
        FollowUpPlan.Response response = new FollowUpPlan.Response("follow-up", 1,
                se.folja.api.followup.RespondentRole.CASE_OFFICER, LocalDate.of(2026, 5, 4),
                List.of(FollowUpPlan.Item.text("ha-ansokan", "Ett \"citat\"\noch en rad \\ till")));
        assertEquals("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"authored\":\"2026-05-04\","
                + "\"item\":[{\"linkId\":\"ha-ansokan\",\"answer\":[{\"valueString\":"
                + "\"Ett \\\"citat\\\"\\noch en rad \\\\ till\"}]}]}",
                new String(response.json(), StandardCharsets.UTF_8));
    }
}
