package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.DueQuery;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentRequest;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseQuery;
import se.folja.api.followup.ResponseRequest;
import se.folja.api.followup.ResponseRevision;
import se.folja.api.followup.ResponseStatus;

/**
 * Responses: checked against the questionnaire of the enrolment's own template version and the occasion's
 * schedule, stored all or nothing, one per occasion and role, corrected or entered in error with history, read
 * only by members of the unit.
 */
class DefaultResponsesTest {

    private static final String BOSTOD = DefaultEnrolmentsTest.BOSTOD;

    private final List<Enablement> enablements = new ArrayList<>(List.of(
            EnrolmentTestDoubles.enablement(2, "ORS", 1, BOSTOD, LocalDate.of(2026, 1, 1), null),
            EnrolmentTestDoubles.enablement(4, "KALMAR_BOENDESTOD", 1, BOSTOD, LocalDate.of(2026, 1, 1), null)));
    private final EnrolmentTestDoubles.Enrolments enrolmentStore = new EnrolmentTestDoubles.Enrolments();
    private final EnrolmentTestDoubles.Responses store = new EnrolmentTestDoubles.Responses(
            id -> enrolmentStore.rows.containsKey(id));
    private final EnrolmentTestDoubles.Templates templates = new EnrolmentTestDoubles.Templates();
    private final DefaultEnrolments enrolments = new DefaultEnrolments(enrolmentStore, store,
            EnrolmentTestDoubles.enablements(enablements), EnrolmentTestDoubles.grants(List.of()),
            templates.service(), DefaultEnrolmentsTest.CLOCK);
    private final DefaultResponses service = new DefaultResponses(store, enrolmentStore, templates.service(),
            EnrolmentTestDoubles.reasons("SJUK", "BORTREST"), EnrolmentTestDoubles.lifeAreas(),
            DefaultEnrolmentsTest.CLOCK);

    private Enrolment enrol(String template, LocalDate start) {
        return enrolments.enrol(new EnrolmentRequest(template, BOSTOD,
                DefaultEnrolmentsTest.person(LocalDate.of(1990, 5, 5), 12).digits(), null, start, null),
                DefaultEnrolmentsTest.STAFF);
    }

    static byte[] ors(String individual, String relations, String social, String general) {
        return ("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":["
                + "{\"linkId\":\"ors-individual\",\"answer\":[{\"valueDecimal\":" + individual + "}]},"
                + "{\"linkId\":\"ors-relations\",\"answer\":[{\"valueDecimal\":" + relations + "}]},"
                + "{\"linkId\":\"ors-social\",\"answer\":[{\"valueDecimal\":" + social + "}]},"
                + "{\"linkId\":\"ors-general\",\"answer\":[{\"valueDecimal\":" + general + "}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private FollowUpResponse submitBaseline(Enrolment e, byte[] json) {
        return service.submit(new ResponseRequest(e.id(), "baseline", null, RespondentRole.CLIENT, null, json),
                DefaultEnrolmentsTest.STAFF);
    }

    @Test
    void anOrsBaselineIsStoredWithItsFourScoresForTheEnrolmentsVersion() {
        Enrolment e = enrol("ORS", LocalDate.of(2026, 6, 1));

        FollowUpResponse stored = submitBaseline(e, ors("4.5", "6", "3.2", "5"));

        assertEquals(1, stored.revision());
        assertEquals(ResponseStatus.COMPLETED, stored.status());
        assertEquals(DefaultEnrolmentsTest.TODAY, stored.answeredOn());
        assertEquals("ORS", stored.templateCode());
        assertEquals(1, stored.templateVersion());
        assertEquals(List.of("ors-individual", "ors-relations", "ors-social", "ors-general"),
                stored.answers().stream().map(a -> a.linkId()).toList());
        assertEquals(0, new BigDecimal("3.2").compareTo(((AnswerValue.OfDecimal) stored.answers().get(2).values()
                .get(0)).value()));
        assertEquals("anna", stored.changedBy());
    }

    @Test
    void aNewerTemplateVersionDoesNotChangeWhatAnEarlierEnrolmentAnswers() throws Exception {
        Enrolment e = enrol("ORS", LocalDate.of(2026, 6, 1));
        ObjectNode v2 = (ObjectNode) Fixtures.JSON.readTree(EnrolmentTestDoubles.Templates.builtIn("ORS"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) v2.at("/respondents/0/questionnaire/item")).addObject()
                .put("linkId", "ors-extra").put("type", "boolean").put("text", "Ny fråga").put("required", true);
        templates.add("ORS", 2, Fixtures.bytes(v2));
        enablements.set(0, EnrolmentTestDoubles.enablement(2, "ORS", 2, BOSTOD, LocalDate.of(2026, 1, 1), null));

        assertEquals(1, submitBaseline(e, ors("4.5", "6", "3.2", "5")).templateVersion(),
                "version 1's questionnaire, without version 2's new required question");
    }

    @Test
    void everyWrongAnswerIsNamedByItsLinkIdAndNothingIsStored() {
        Enrolment e = enrol("ORS", LocalDate.of(2026, 6, 1));

        List<FieldError> errors = assertThrows(ValidationException.class,
                () -> submitBaseline(e, ors("10.5", "6.25", "\"3\"", "5"))).errors();

        assertEquals(List.of("item[ors-individual]", "item[ors-relations]", "item[ors-social]"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(store.rows.isEmpty());
    }

    @Test
    void theOccasionRoleAndDayAreChecked() {
        Enrolment e = enrol("ORS", LocalDate.of(2026, 6, 1));
        byte[] json = ors("4.5", "6", "3.2", "5");

        List<FieldError> errors = assertThrows(ValidationException.class, () -> service.submit(new ResponseRequest(
                e.id(), "weekly", null, RespondentRole.PROVIDER, DefaultEnrolmentsTest.TODAY.plusDays(1), null),
                DefaultEnrolmentsTest.STAFF)).errors();
        assertEquals(List.of(
                new FieldError("occasion", "is not an occasion of the template: one of [baseline, every-4-weeks, end]"),
                new FieldError("role", "does not answer this template: one of [CLIENT]"),
                new FieldError("answeredOn", "must not be in the future"),
                new FieldError("questionnaireResponse", "is required")), errors);
        assertEquals(List.of(new FieldError("sequence", "must be 1: the occasion falls due once")),
                assertThrows(ValidationException.class, () -> service.submit(new ResponseRequest(e.id(), "baseline",
                        2, RespondentRole.CLIENT, null, json), DefaultEnrolmentsTest.STAFF)).errors());
        assertEquals(List.of(new FieldError("occasion", "does not fall due for this enrolment while it is ongoing")),
                assertThrows(ValidationException.class, () -> service.submit(new ResponseRequest(e.id(), "end",
                        null, RespondentRole.CLIENT, null, json), DefaultEnrolmentsTest.STAFF)).errors());
        assertEquals(List.of(new FieldError("sequence", "is not open yet: it falls due on 2026-07-27")),
                assertThrows(ValidationException.class, () -> service.submit(new ResponseRequest(e.id(),
                        "every-4-weeks", 2, RespondentRole.CLIENT, null, json), DefaultEnrolmentsTest.STAFF))
                        .errors());
        assertTrue(store.rows.isEmpty());
    }

    @Test
    void aRoleAnswersAnOccasionOnceAndCorrectsItAfterwards() {
        Enrolment e = enrol("ORS", LocalDate.of(2026, 6, 1));
        FollowUpResponse first = submitBaseline(e, ors("4.5", "6", "3.2", "5"));

        assertThrows(ConflictException.class, () -> submitBaseline(e, ors("5", "6", "3.2", "5")));
        FollowUpResponse corrected = service.correct(first.id(), 1, ors("5", "6", "3.2", "5"),
                LocalDate.of(2026, 6, 14), DefaultEnrolmentsTest.STAFF);
        assertThrows(ConflictException.class, () -> service.correct(first.id(), 1, ors("6", "6", "3.2", "5"), null,
                DefaultEnrolmentsTest.STAFF), "a stale revision");

        assertEquals(2, corrected.revision());
        assertEquals(LocalDate.of(2026, 6, 14), corrected.answeredOn());
        List<ResponseRevision> history = service.history(first.id(), DefaultEnrolmentsTest.STAFF);
        assertEquals(List.of(ResponseChangeKind.SUBMITTED, ResponseChangeKind.CORRECTED),
                history.stream().map(ResponseRevision::kind).toList());
        assertEquals(new AnswerValue.OfDecimal(new BigDecimal("4.5")),
                history.get(0).state().answers().get(0).values().get(0), "the first answers are kept");
    }

    @Test
    void aResponseEnteredInErrorStaysAndTheOccasionOpensAgain() {
        Enrolment e = enrol("ORS", LocalDate.of(2026, 6, 1));
        FollowUpResponse first = submitBaseline(e, ors("4.5", "6", "3.2", "5"));
        assertEquals(List.of(), enrolments.due(new DueQuery(Set.of(), null, null, false),
                DefaultEnrolmentsTest.STAFF));

        assertEquals("reason", assertThrows(ValidationException.class, () -> service.enteredInError(first.id(), 1,
                null, DefaultEnrolmentsTest.STAFF)).errors().get(0).field());
        FollowUpResponse wrong = service.enteredInError(first.id(), 1, "Fel klient", DefaultEnrolmentsTest.STAFF);

        assertEquals(ResponseStatus.ENTERED_IN_ERROR, wrong.status());
        assertEquals("Fel klient", wrong.errorReason());
        assertThrows(ConflictException.class, () -> service.correct(first.id(), 2, ors("5", "6", "3.2", "5"), null,
                DefaultEnrolmentsTest.STAFF));
        assertEquals(List.of("baseline"), enrolments.due(new DueQuery(Set.of(), null, null, false),
                DefaultEnrolmentsTest.STAFF).stream().map(d -> d.occasion()).toList());
        assertEquals(2, submitBaseline(e, ors("5", "6", "3.2", "5")).id());
        assertEquals(1, service.search(new ResponseQuery(Set.of(), e.id(), null, null, null, null, null, false, 0,
                50), DefaultEnrolmentsTest.STAFF).total());
        assertEquals(2, service.search(new ResponseQuery(Set.of(), e.id(), null, null, null, null, null, true, 0,
                50), DefaultEnrolmentsTest.STAFF).total());
    }

    @Test
    void onlyMembersOfTheUnitSubmitAndReadAndAnAnnulledEnrolmentTakesNone() {
        Enrolment e = enrol("ORS", LocalDate.of(2026, 6, 1));
        FollowUpResponse first = submitBaseline(e, ors("4.5", "6", "3.2", "5"));

        assertThrows(ForbiddenException.class, () -> service.get(first.id(), DefaultEnrolmentsTest.OTHER_UNIT));
        assertThrows(ForbiddenException.class, () -> service.get(first.id(), DefaultEnrolmentsTest.ADMIN));
        assertThrows(ForbiddenException.class, () -> service.submit(new ResponseRequest(e.id(), "baseline", null,
                RespondentRole.CLIENT, null, ors("4", "4", "4", "4")), DefaultEnrolmentsTest.OTHER_UNIT));
        assertThrows(NotFoundException.class, () -> service.submit(new ResponseRequest(999, "baseline", null,
                RespondentRole.CLIENT, null, ors("4", "4", "4", "4")), DefaultEnrolmentsTest.STAFF));
        assertEquals(0, service.search(new ResponseQuery(Set.of(), null, null, null, null, null, null, false, 0, 50),
                DefaultEnrolmentsTest.OTHER_UNIT).total());

        Enrolment other = enrolments.enrol(new EnrolmentRequest("ORS", BOSTOD,
                DefaultEnrolmentsTest.person(LocalDate.of(1990, 5, 5), 22).digits(), null, null, null),
                DefaultEnrolmentsTest.STAFF);
        enrolments.annul(other.id(), 1, "Fel", DefaultEnrolmentsTest.STAFF);
        assertThrows(ConflictException.class, () -> service.submit(new ResponseRequest(other.id(), "baseline", null,
                RespondentRole.CLIENT, null, ors("4", "4", "4", "4")), DefaultEnrolmentsTest.STAFF));
    }

    @Test
    void theEndOccasionIsAnsweredOnceTheEnrolmentHasEnded() {
        Enrolment e = enrol("ORS", LocalDate.of(2026, 3, 2));
        enrolments.end(e.id(), 1, LocalDate.of(2026, 6, 10), EnrolmentEndReason.COMPLETED,
                DefaultEnrolmentsTest.STAFF);

        assertEquals("end", service.submit(new ResponseRequest(e.id(), "end", null, RespondentRole.CLIENT, null,
                ors("7", "7", "7", "7")), DefaultEnrolmentsTest.STAFF).occasion());
    }

    @Test
    void aReasonCodeAnswerMustBeAnActiveReasonAndACancellationWeekHasItsEntries() {
        Enrolment e = enrol("KALMAR_BOENDESTOD", LocalDate.of(2026, 6, 1));
        String week = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":["
                + "{\"linkId\":\"veckan\",\"item\":[{\"linkId\":\"avbokat\",\"answer\":[{\"valueBoolean\":true}]},"
                + "{\"linkId\":\"avbokning\",\"item\":[{\"linkId\":\"avbokning-datum\",\"answer\":"
                + "[{\"valueDate\":\"2026-06-09\"}]},{\"linkId\":\"avbokning-orsak\",\"answer\":[{\"valueCoding\":"
                + "{\"code\":\"%s\"}}]}]},{\"linkId\":\"hela-veckan-avbokad\",\"answer\":[{\"valueBoolean\":false}]}]}]}";

        ResponseRequest retired = new ResponseRequest(e.id(), "every-week", 1, RespondentRole.PROVIDER, null,
                String.format(week, "PERSONALBRIST").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new FieldError("item[avbokning-orsak]", "must be an active code of the reason catalogue")),
                assertThrows(ValidationException.class, () -> service.submit(retired, DefaultEnrolmentsTest.STAFF))
                        .errors());

        FollowUpResponse stored = service.submit(new ResponseRequest(e.id(), "every-week", 1, RespondentRole.PROVIDER,
                null, String.format(week, "SJUK").getBytes(StandardCharsets.UTF_8)), DefaultEnrolmentsTest.STAFF);
        assertEquals(List.of(List.of(), List.of(1), List.of(1), List.of()),
                stored.answers().stream().map(a -> a.groupInstances()).toList());
    }
}
