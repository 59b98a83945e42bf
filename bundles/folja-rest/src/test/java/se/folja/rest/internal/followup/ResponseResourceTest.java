package se.folja.rest.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.rest.internal.followup.EnrolmentResourceTest.CHANGED;
import static se.folja.rest.internal.followup.EnrolmentResourceTest.CLIENT;
import static se.folja.rest.internal.followup.EnrolmentResourceTest.RESPONSE;
import static se.folja.rest.internal.followup.EnrolmentResourceTest.STAFF;
import static se.folja.rest.internal.followup.EnrolmentResourceTest.fields;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import se.folja.api.ValidationException;
import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseQuery;
import se.folja.api.followup.ResponseRevision;
import se.folja.api.followup.ResponseStatus;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.problem.ProblemException;

/** Reading, correcting and marking responses entered in error: what the service is asked, and what comes back. */
class ResponseResourceTest {

    private final Doubles.ResponsesDouble responses = new Doubles.ResponsesDouble();
    private final ResponseResource resource = new ResponseResource(responses);

    ResponseResourceTest() {
        responses.answer = RESPONSE;
    }

    @Test
    void theSearchTakesItsFiltersAndLeavesResponsesEnteredInErrorOutUnlessAsked() {
        resource.search(List.of("BOSTOD_NORR"), "12", "ORS", "baseline", "client", "2026-12-01", "2026-12-31", "true",
                "10", "5", STAFF);
        resource.search(null, null, null, null, null, null, null, null, null, null, STAFF);

        assertEquals(List.of(new ResponseQuery(Set.of("BOSTOD_NORR"), 12L, "ORS", "baseline", RespondentRole.CLIENT,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), true, 10, 5),
                new ResponseQuery(Set.of(), null, null, null, null, null, null, false, 0, 50)), responses.calls);
        responses.calls.clear();

        assertEquals(List.of("role", "from", "includeEnteredInError"), fields(assertThrows(ValidationException.class,
                () -> resource.search(null, null, null, null, "PATIENT", "2026-13-01", null, "ja", null, null,
                        STAFF))));
        assertEquals(List.of("enrolment"), fields(assertThrows(ValidationException.class,
                () -> resource.search(null, "tolv", null, null, null, null, null, null, null, null, STAFF))));
        assertEquals(List.of(), responses.calls);
    }

    @Test
    void aResponseIsReadWithItsAnswersTypedAndItsRevisionAsETag() throws Exception {
        FollowUpResponse kalmar = new FollowUpResponse(32, 13, "BOSTOD_NORR", CLIENT, "KALMAR_BOENDESTOD", 2,
                "every-week", 3, RespondentRole.PROVIDER, LocalDate.of(2026, 12, 4), List.of(
                        new Answer("avbokat", List.of(new AnswerValue.OfBoolean(true))),
                        new Answer("avbokning-datum", List.of(2), List.of(new AnswerValue.OfDate(
                                LocalDate.of(2026, 12, 2)))),
                        new Answer("avbokning-orsak", List.of(2), List.of(new AnswerValue.OfCoding(new Coding(
                                "https://folja.se/fhir/CodeSystem/reason-codes", "BORTREST", null)))),
                        new Answer("antal", List.of(new AnswerValue.OfInteger(3))),
                        new Answer("kommentar", List.of(new AnswerValue.OfString("Åkt bort")))),
                ResponseStatus.COMPLETED, null, 4, "anna", CHANGED);
        responses.answer = kalmar;

        Response read = resource.read("32", STAFF);

        assertEquals("4", read.getEntityTag().getValue());
        String json = JsonProvider.MAPPER.writeValueAsString(read.getEntity());
        assertEquals(JsonProvider.MAPPER.readTree("""
                [{"linkId":"avbokat","groupInstances":[],"values":[{"valueBoolean":true}]},
                 {"linkId":"avbokning-datum","groupInstances":[2],"values":[{"valueDate":"2026-12-02"}]},
                 {"linkId":"avbokning-orsak","groupInstances":[2],"values":[{"valueCoding":
                   {"system":"https://folja.se/fhir/CodeSystem/reason-codes","code":"BORTREST"}}]},
                 {"linkId":"antal","groupInstances":[],"values":[{"valueInteger":3}]},
                 {"linkId":"kommentar","groupInstances":[],"values":[{"valueString":"Åkt bort"}]}]
                """), JsonProvider.MAPPER.readTree(json).get("answers"));
        assertEquals("https://folja.se/fhir/Questionnaire/KALMAR.BOENDESTOD-provider|2",
                JsonProvider.MAPPER.readTree(json).path("questionnaire").asText());
        assertFalse(json.contains(CLIENT.digits()), "the client is the enrolment's: " + json);
        assertEquals(List.of(List.of("get", 32L)), responses.calls);
        assertEquals("id", fields(assertThrows(ValidationException.class, () -> resource.read("0", STAFF))).get(0));
    }

    @Test
    void aCorrectionNeedsIfMatchAndPassesTheWholeQuestionnaireResponse() throws Exception {
        String qr = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":"
                + "\"ors-individual\",\"answer\":[{\"valueDecimal\":7.0}]}]}";
        assertEquals(428, assertThrows(ProblemException.class, () -> resource.correct("31", null,
                body("{\"questionnaireResponse\":" + qr + "}"), STAFF)).response().getStatus());
        assertEquals(List.of("answeredOn"), fields(assertThrows(ValidationException.class, () -> resource.correct(
                "31", "\"1\"", body("{\"answeredOn\":\"2026-12-32\",\"questionnaireResponse\":" + qr + "}"), STAFF))));
        assertEquals(List.of(), responses.calls);

        Response corrected = resource.correct("31", "\"1\"", body("{\"answeredOn\":\"2026-12-06\","
                + "\"questionnaireResponse\":" + qr + "}"), STAFF);
        resource.correct("31", "\"2\"", body("{\"questionnaireResponse\":" + qr + "}"), STAFF);
        resource.correct("31", "\"3\"", body("{}"), STAFF);

        assertEquals(200, corrected.getStatus());
        assertEquals(List.of(List.of("correct", 31L, 1L, qr, "2026-12-06", "anna"),
                List.of("correct", 31L, 2L, qr, "null", "anna"), List.of("correct", 31L, 3L, "null", "null", "anna")),
                responses.calls);
        assertTrue(qr.contains("7.0"), "the correction's digits are passed as sent");
    }

    @Test
    void markingEnteredInErrorNeedsIfMatchAndCarriesTheReason() {
        assertEquals(428, assertThrows(ProblemException.class, () -> resource.enteredInError("31", null,
                new ReasonJson("Fel brukare"), STAFF)).response().getStatus());

        resource.enteredInError("31", "\"2\"", new ReasonJson("Fel brukare"), STAFF);
        resource.enteredInError("31", "\"2\"", null, STAFF);

        assertEquals(List.of(List.of("enteredInError", 31L, 2L, "Fel brukare", "anna"),
                List.of("enteredInError", 31L, 2L, "null", "anna")), responses.calls);
    }

    @Test
    void theHistoryIsEveryRevisionWithItsAnswers() {
        FollowUpResponse corrected = new FollowUpResponse(31, 12, "BOSTOD_NORR", CLIENT, "ORS", 1, "baseline", 1,
                RespondentRole.CLIENT, LocalDate.of(2026, 12, 7), List.of(new Answer("ors-individual",
                        List.of(new AnswerValue.OfDecimal(new BigDecimal("7"))))), ResponseStatus.COMPLETED, null, 2,
                "bertil", CHANGED.plusSeconds(30));
        responses.revisions = List.of(new ResponseRevision(ResponseChangeKind.SUBMITTED, RESPONSE),
                new ResponseRevision(ResponseChangeKind.CORRECTED, corrected));

        List<ResponseRevisionJson> history = resource.history("31", STAFF);

        assertEquals(List.of(1L, 2L), history.stream().map(ResponseRevisionJson::revision).toList());
        assertEquals(List.of(ResponseChangeKind.SUBMITTED, ResponseChangeKind.CORRECTED),
                history.stream().map(ResponseRevisionJson::kind).toList());
        assertEquals(List.of("anna", "bertil"), history.stream().map(ResponseRevisionJson::changedBy).toList());
        assertEquals(2, history.get(0).state().answers().size());
        assertEquals(new BigDecimal("7"), history.get(1).state().answers().get(0).values().get(0).valueDecimal());
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
