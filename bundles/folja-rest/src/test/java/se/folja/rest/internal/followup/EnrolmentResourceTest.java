package se.folja.rest.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.rest.internal.followup.Doubles.BASE;
import static se.folja.rest.internal.followup.Doubles.caller;
import static se.folja.rest.internal.followup.Doubles.uri;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.DueOccasion;
import se.folja.api.followup.DueQuery;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentChangeKind;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentProposal;
import se.folja.api.followup.EnrolmentQuery;
import se.folja.api.followup.EnrolmentRequest;
import se.folja.api.followup.EnrolmentRevision;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseRequest;
import se.folja.api.followup.ResponseStatus;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.problem.ProblemException;
import se.folja.rest.internal.problem.ProblemJson;
import se.folja.rest.internal.problem.ProblemMapper;
import se.folja.rest.internal.security.Roles;

/**
 * Enrolments, their proposals and due occasions, and the submission of responses: what the services are asked, how
 * the requests' fields are read and refused, and what a client gets back.
 */
class EnrolmentResourceTest {

    static final SecurityContext STAFF = caller("anna", Roles.STAFF, "folja-unit-BOSTOD_NORR");
    static final PersonalIdentityNumber CLIENT = PersonalIdentityNumber.parse("19960115-9826",
            LocalDate.of(2026, 12, 7));
    static final Instant CHANGED = Instant.parse("2026-12-07T09:30:00Z");
    static final Enrolment ENROLLED = new Enrolment(12, 7, "ORS", 1, "BOSTOD_NORR", CLIENT, 40L, "anna",
            LocalDate.of(2026, 12, 1), null, null, EnrolmentStatus.ONGOING, null, 2, "anna", CHANGED);
    static final FollowUpResponse RESPONSE = new FollowUpResponse(31, 12, "BOSTOD_NORR", CLIENT, "ORS", 1,
            "baseline", 1, RespondentRole.CLIENT, LocalDate.of(2026, 12, 7), List.of(
                    new Answer("ors-individual", List.of(new AnswerValue.OfDecimal(new BigDecimal("6.5")))),
                    new Answer("ors-relations", List.of(new AnswerValue.OfDecimal(new BigDecimal("10"))))),
            ResponseStatus.COMPLETED, null, 1, "anna", CHANGED);

    private final Doubles.EnrolmentsDouble enrolments = new Doubles.EnrolmentsDouble();
    private final Doubles.ResponsesDouble responses = new Doubles.ResponsesDouble();
    private final EnrolmentResource resource = new EnrolmentResource(enrolments, responses);

    EnrolmentResourceTest() {
        enrolments.answer = ENROLLED;
        responses.answer = RESPONSE;
    }

    @Test
    void anEnrolmentIs201WithLocationAndItsRevisionAsETagAndTheClientsNumber() throws Exception {
        Response response = resource.enrol(JsonProvider.MAPPER.readValue("{\"template\":\"ORS\",\"unit\":"
                + "\"BOSTOD_NORR\",\"client\":\"19960115-9826\",\"grant\":40,\"start\":\"2026-12-01\","
                + "\"responsible\":\"anna\"}", EnrolmentRequestJson.class), STAFF, uri());

        assertEquals(201, response.getStatus());
        assertEquals(BASE + "enrolments/12", response.getLocation().toString());
        assertEquals("2", response.getEntityTag().getValue());
        EnrolmentJson body = (EnrolmentJson) response.getEntity();
        assertEquals("199601159826", body.client());
        assertEquals(40L, body.grant());
        assertEquals(List.of(List.of(new EnrolmentRequest("ORS", "BOSTOD_NORR", "19960115-9826", 40L,
                LocalDate.of(2026, 12, 1), "anna"), "anna")), enrolments.calls);
    }

    @Test
    void anAbsentStartReachesTheServiceAsNullForTodayAndABadOneIsNamedBeforeItIsAsked() throws Exception {
        resource.enrol(JsonProvider.MAPPER.readValue("{\"template\":\"ORS\",\"unit\":\"BOSTOD_NORR\",\"client\":"
                + "\"19960115-9826\"}", EnrolmentRequestJson.class), STAFF, uri());
        assertEquals(List.of(List.of(new EnrolmentRequest("ORS", "BOSTOD_NORR", "19960115-9826", null, null, null),
                "anna")), enrolments.calls);
        enrolments.calls.clear();

        assertEquals(List.of("start"), fields(assertThrows(ValidationException.class, () -> resource.enrol(
                new EnrolmentRequestJson("ORS", "BOSTOD_NORR", "19960115-9826", null, "2026-02-30", null), STAFF,
                uri()))));
        assertEquals(List.of("body"), fields(assertThrows(ValidationException.class,
                () -> resource.enrol(null, STAFF, uri()))));
        assertEquals("grant", problemField("{\"template\":\"ORS\",\"grant\":\"40\"}", EnrolmentRequestJson.class));
        assertEquals("clientId", problemField("{\"clientId\":\"19960115-9826\"}", EnrolmentRequestJson.class));
        assertEquals(List.of(), enrolments.calls);
    }

    @Test
    void theListTakesFiltersAndResponsibleMeIsTheCallersLoginWithoutAnyClient() {
        var page = resource.list(List.of("BOSTOD_NORR,BOSTOD_SODER"), " ORS ", "ended", "me", "50", "10", STAFF);

        assertEquals(List.of(new EnrolmentQuery(Set.of("BOSTOD_NORR", "BOSTOD_SODER"), "ORS", EnrolmentStatus.ENDED,
                "anna", null, 50, 10)), enrolments.calls);
        assertEquals(41, page.total());
        assertEquals("199601159826", page.items().get(0).client());
        enrolments.calls.clear();

        resource.list(null, null, null, "bertil", null, null, STAFF);
        assertEquals(List.of(new EnrolmentQuery(Set.of(), null, null, "bertil", null, 0, 50)), enrolments.calls);
        enrolments.calls.clear();

        ValidationException e = assertThrows(ValidationException.class, () -> resource.list(null, null, "OPEN",
                null, "-", "many", STAFF));
        assertEquals(List.of("status", "offset", "limit"), fields(e));
        assertEquals(List.of(), enrolments.calls);
    }

    @Test
    void endingNeedsIfMatchAndNamesABadDayOrReason() {
        assertEquals(428, assertThrows(ProblemException.class, () -> resource.end("12", null,
                new EnrolmentEndJson("2026-12-07", "COMPLETED"), STAFF)).response().getStatus());
        assertEquals(List.of("end", "reason"), fields(assertThrows(ValidationException.class,
                () -> resource.end("12", "\"2\"", new EnrolmentEndJson("7 december", "FINISHED"), STAFF))));
        assertEquals("id", fields(assertThrows(ValidationException.class,
                () -> resource.end("tolv", "\"2\"", new EnrolmentEndJson("2026-12-07", "DROPOUT"), STAFF))).get(0));
        assertEquals(List.of(), enrolments.calls);

        Response ended = resource.end("12", "\"2\"", new EnrolmentEndJson("2026-12-07", "dropout"), STAFF);

        assertEquals(List.of(List.of("end", 12L, 2L, LocalDate.of(2026, 12, 7), EnrolmentEndReason.DROPOUT, "anna")),
                enrolments.calls);
        assertEquals(200, ended.getStatus());
        assertEquals("2", ended.getEntityTag().getValue());
    }

    @Test
    void anEmptyEndReachesTheServiceWhichNamesWhatIsMissing() {
        resource.end("12", "\"2\"", null, STAFF);

        assertEquals(List.of("[end, 12, 2, null, null, anna]"), enrolments.calls.stream().map(String::valueOf)
                .toList());
    }

    @Test
    void assigningAndAnnullingNeedIfMatchAndCarryTheirValues() {
        assertEquals(428, assertThrows(ProblemException.class, () -> resource.assign("12", "",
                new AssignmentJson("bertil"), STAFF)).response().getStatus());
        assertEquals(428, assertThrows(ProblemException.class, () -> resource.annul("12", null,
                new ReasonJson("Fel brukare"), STAFF)).response().getStatus());
        assertEquals("body", fields(assertThrows(ValidationException.class,
                () -> resource.assign("12", "\"2\"", null, STAFF))).get(0));

        resource.assign("12", "\"2\"", new AssignmentJson("bertil"), STAFF);
        resource.assign("12", "W/\"3\"", new AssignmentJson(null), STAFF);
        resource.annul("12", "\"4\"", new ReasonJson("Fel brukare"), STAFF);
        resource.annul("12", "\"5\"", null, STAFF);

        assertEquals(List.of(List.of("assign", 12L, 2L, "bertil", "anna"), List.of("assign", 12L, 3L, "null", "anna"),
                List.of("annul", 12L, 4L, "Fel brukare", "anna"), List.of("annul", 12L, 5L, "null", "anna")),
                enrolments.calls);
    }

    @Test
    void theHistoryIsEveryRevisionWithWhoAndWhen() {
        Enrolment ended = new Enrolment(12, 7, "ORS", 1, "BOSTOD_NORR", CLIENT, 40L, "anna",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), EnrolmentEndReason.COMPLETED,
                EnrolmentStatus.ENDED, null, 3, "bertil", CHANGED.plusSeconds(60));
        enrolments.revisions = List.of(new EnrolmentRevision(EnrolmentChangeKind.ENROLLED, ENROLLED),
                new EnrolmentRevision(EnrolmentChangeKind.ENDED, ended));

        List<EnrolmentRevisionJson> history = resource.history("12", STAFF);

        assertEquals(List.of(2L, 3L), history.stream().map(EnrolmentRevisionJson::revision).toList());
        assertEquals(List.of(EnrolmentChangeKind.ENROLLED, EnrolmentChangeKind.ENDED),
                history.stream().map(EnrolmentRevisionJson::kind).toList());
        assertEquals(List.of("anna", "bertil"), history.stream().map(EnrolmentRevisionJson::changedBy).toList());
        assertEquals(EnrolmentEndReason.COMPLETED, history.get(1).state().endReason());
        assertEquals(List.of(List.of("history", 12L)), enrolments.calls);
    }

    @Test
    void aResponseIs201WithLocationBelowResponsesAndTheQuestionnaireResponseReachesTheServiceWithItsDigits()
            throws Exception {
        String questionnaireResponse = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                + "\"item\":[{\"linkId\":\"ors-individual\",\"answer\":[{\"valueDecimal\":6.50}]},"
                + "{\"linkId\":\"ors-relations\",\"answer\":[{\"valueDecimal\":0.30000000000000001}]}]}";
        Response response = resource.submit("12", body("{\"occasion\":\"baseline\",\"role\":\"CLIENT\","
                + "\"answeredOn\":\"2026-12-07\",\"questionnaireResponse\":" + questionnaireResponse + "}"), STAFF,
                uri());

        assertEquals(201, response.getStatus());
        assertEquals(BASE + "responses/31", response.getLocation().toString());
        assertEquals("1", response.getEntityTag().getValue());
        ResponseJson json = (ResponseJson) response.getEntity();
        assertEquals("https://folja.se/fhir/Questionnaire/ORS-client|1", json.questionnaire());
        assertEquals(new BigDecimal("6.5"), json.answers().get(0).values().get(0).valueDecimal());

        assertEquals(List.of(), enrolments.calls);
        ResponseRequest request = (ResponseRequest) ((List<?>) responses.calls.get(0)).get(0);
        assertEquals(new ResponseRequest(12, "baseline", null, RespondentRole.CLIENT, LocalDate.of(2026, 12, 7),
                request.questionnaireResponse()), request);
        String sent = new String(request.questionnaireResponse(), StandardCharsets.UTF_8);
        assertTrue(sent.contains("6.50") && sent.contains("0.30000000000000001"), "the digits as written: " + sent);
        assertEquals(JsonProvider.MAPPER.readTree(questionnaireResponse), JsonProvider.MAPPER.readTree(sent));
    }

    @Test
    void aResponsesFieldsAreNamedAndTheServiceIsNotAskedWhenTheyCannotBeRead() {
        assertEquals(List.of("role", "answeredOn"), fields(assertThrows(ValidationException.class,
                () -> resource.submit("12", body("{\"occasion\":\"baseline\",\"role\":\"PATIENT\",\"answeredOn\":"
                        + "\"igår\",\"questionnaireResponse\":{}}"), STAFF, uri()))));
        assertEquals(List.of("body"), fields(assertThrows(ValidationException.class,
                () -> resource.submit("12", body(" "), STAFF, uri()))));
        assertEquals(List.of("body"), fields(assertThrows(ValidationException.class,
                () -> resource.submit("12", body("null"), STAFF, uri()))));
        assertEquals("sequence", problem(() -> resource.submit("12", body("{\"occasion\":\"baseline\","
                + "\"sequence\":\"2\"}"), STAFF, uri())).errors().get(0).field());
        assertEquals("answers", problem(() -> resource.submit("12", body("{\"occasion\":\"baseline\","
                + "\"answers\":[]}"), STAFF, uri())).errors().get(0).field());
        assertEquals(400, problem(() -> resource.submit("12", body("{\"occasion\":"), STAFF, uri())).status());
        assertEquals(List.of(), responses.calls);
    }

    @Test
    void aResponseWithoutItsQuestionnaireResponseReachesTheServiceAsNull() throws Exception {
        resource.submit("12", body("{\"occasion\":\"baseline\",\"role\":\"client\",\"questionnaireResponse\":null}"),
                STAFF, uri());

        ResponseRequest request = (ResponseRequest) ((List<?>) responses.calls.get(0)).get(0);
        assertEquals(new ResponseRequest(12, "baseline", null, RespondentRole.CLIENT, null, null), request);
    }

    @Test
    void aBodyPastOneMegabyteIs413BeforeTheRestIsRead() {
        byte[] large = ("{\"occasion\":\"" + "x".repeat(ResponseBodies.MAX_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        CountingStream stream = new CountingStream(large);

        ProblemException e = assertThrows(ProblemException.class, () -> resource.submit("12", stream, STAFF, uri()));

        assertEquals(413, e.response().getStatus());
        assertTrue(stream.read <= ResponseBodies.MAX_BYTES + 64 * 1024, "read " + stream.read);
        assertEquals(List.of(), responses.calls);
    }

    @Test
    void theServicesRefusalsNameTheQuestionByItsLinkIdAndAConflictIs409() {
        responses.refusal = new ValidationException(List.of(new FieldError("item[ors-individual]",
                "must be between 0 and 10"), new FieldError("item[ors-general]", "is required")));
        ProblemJson refused = problem(() -> resource.submit("12", body("{\"occasion\":\"baseline\",\"role\":"
                + "\"CLIENT\",\"questionnaireResponse\":{\"resourceType\":\"QuestionnaireResponse\"}}"), STAFF, uri()));
        assertEquals(400, refused.status());
        assertEquals(List.of("item[ors-individual]", "item[ors-general]"), refused.errors().stream()
                .map(FieldError::field).toList());

        responses.refusal = new ConflictException("The role answered the occasion already");
        assertEquals(409, problem(() -> resource.submit("12", body("{\"occasion\":\"baseline\",\"role\":\"CLIENT\","
                + "\"questionnaireResponse\":{}}"), STAFF, uri())).status());
    }

    @Test
    void proposalsAndDueOccasionsCarryTheClientsNumberAndTheirFilters() {
        enrolments.proposals = List.of(new EnrolmentProposal(40, CLIENT, "BOSTOD_NORR", "HEMTJANST_SOCIAL_SAMVARO",
                LocalDate.of(2026, 3, 1), 30, 7, "ALDREOMSORG_SOCIAL_SAMVARO", 1));
        List<ProposalJson> proposals = new ProposalResource(enrolments).proposals("BOSTOD_NORR",
                "ALDREOMSORG_SOCIAL_SAMVARO", STAFF);
        assertEquals(List.of(new ProposalJson(40, "199601159826", "BOSTOD_NORR", "HEMTJANST_SOCIAL_SAMVARO",
                LocalDate.of(2026, 3, 1), 30, 7, "ALDREOMSORG_SOCIAL_SAMVARO", 1)), proposals);

        enrolments.due = List.of(new DueOccasion(12, CLIENT, "BOSTOD_NORR", "anna", "ORS", 1, "baseline", 1,
                LocalDate.of(2026, 12, 1), List.of(RespondentRole.CLIENT), false));
        DueOccasionResource due = new DueOccasionResource(enrolments);
        List<DueOccasionJson> found = due.due(List.of("BOSTOD_NORR"), "me", "2026-12-07", "true", STAFF);
        assertEquals("199601159826", found.get(0).client());
        assertEquals(List.of(RespondentRole.CLIENT), found.get(0).unanswered());
        due.due(null, null, null, null, STAFF);
        assertEquals(List.of("on", "overdueOnly"), fields(assertThrows(ValidationException.class,
                () -> due.due(null, null, "2026-13-01", "ja", STAFF))));

        assertEquals(List.of(List.of("proposals", "BOSTOD_NORR", "ALDREOMSORG_SOCIAL_SAMVARO", "anna"),
                new DueQuery(Set.of("BOSTOD_NORR"), "anna", LocalDate.of(2026, 12, 7), true),
                new DueQuery(Set.of(), null, null, false)), enrolments.calls);
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    /** @return the problem a client gets for what {@code call} throws */
    static ProblemJson problem(org.junit.jupiter.api.function.Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        return assertInstanceOf(ProblemJson.class, new ProblemMapper().toResponse(thrown).getEntity());
    }

    /** @return the field the problem for reading {@code json} names, as a client would get it */
    private static String problemField(String json, Class<?> type) {
        return problem(() -> JsonProvider.MAPPER.readValue(json, type)).errors().get(0).field();
    }

    /** A body that counts what is read of it. */
    private static final class CountingStream extends ByteArrayInputStream {
        long read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }
    }
}
