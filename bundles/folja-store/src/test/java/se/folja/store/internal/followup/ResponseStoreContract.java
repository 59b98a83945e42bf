package se.folja.store.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseRevision;
import se.folja.api.followup.ResponseStatus;
import se.folja.store.spi.ResponseStore.Answered;

/**
 * What {@link JpaResponseStore} promises, whatever the database: responses with every kind of answer given back
 * exactly (decimals by value), corrections and errors as revisions that keep each revision's answers, one completed
 * response per enrolment, occasion, sequence and role, the searches by scope and the answered occasions of many
 * enrolments at once.
 */
abstract class ResponseStoreContract extends FollowUpTestSupport {

    private static final String REASONS = FollowUpValueSets.REASON_CODE_SYSTEM;
    private static final String OPTIONS = "https://folja.se/fhir/CodeSystem/ors-test";
    private static final String LONG_TEXT = "Brukaren önskar fler besök – ”helst på förmiddagen”.\nRad två: "
            + "Åsa, Ödön & Ärla. 😀 Ĳ ß ﬁ";

    private Enrolment annaOrs;
    private Enrolment boTrosa;

    @BeforeEach
    void enrol() {
        annaOrs = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-01-01"));
        boTrosa = enrolments.insert(enrolment(BO, "SODER", TROSA, "2026-01-01"));
    }

    /** Every kind of value, multiple values, repeating groups, in an order that is not the linkIds'. */
    static List<Answer> everyKind() {
        return List.of(
                new Answer("reason", List.of(1), List.of(new AnswerValue.OfCoding(new Coding(REASONS, "BORTREST",
                        null)))),
                new Answer("reason", List.of(2), List.of(new AnswerValue.OfCoding(new Coding(REASONS, "MAENDE",
                        null)))),
                new Answer("areas", List.of(new AnswerValue.OfCoding(new Coding(OPTIONS, "d5", "Personlig vård")),
                        new AnswerValue.OfCoding(new Coding(OPTIONS, "d6", null)),
                        new AnswerValue.OfCoding(new Coding(null, "annat", null)))),
                new Answer("visits", List.of(new AnswerValue.OfInteger(-3))),
                new Answer("big", List.of(new AnswerValue.OfInteger(Long.MAX_VALUE))),
                new Answer("ors.1", List.of(new AnswerValue.OfDecimal(new BigDecimal("3.2")))),
                new Answer("ors.2", List.of(new AnswerValue.OfDecimal(new BigDecimal("0")))),
                new Answer("ors.3", List.of(new AnswerValue.OfDecimal(new BigDecimal("-1.25")))),
                new Answer("exact", List.of(new AnswerValue.OfDecimal(
                        new BigDecimal("1234567890123456789012345678.0123456789")))),
                new Answer("hundred", List.of(new AnswerValue.OfDecimal(new BigDecimal("100")))),
                new Answer("since", List.of(new AnswerValue.OfDate(LocalDate.of(2024, 2, 29)))),
                new Answer("born", List.of(new AnswerValue.OfDate(LocalDate.of(1901, 1, 1)))),
                new Answer("whole.week", List.of(1, 2), List.of(new AnswerValue.OfBoolean(true))),
                new Answer("whole.week", List.of(10, 3), List.of(new AnswerValue.OfBoolean(false))),
                new Answer("comment", List.of(new AnswerValue.OfString(LONG_TEXT))),
                new Answer("long", List.of(new AnswerValue.OfString("x".repeat(3_999) + "å"))));
    }

    private FollowUpResponse response(Enrolment e, String occasion, int sequence, RespondentRole role,
            String answeredOn, List<Answer> answers) {
        return new FollowUpResponse(0, e.id(), e.unit(), e.client(), e.templateCode(), e.templateVersion(), occasion,
                sequence, role, LocalDate.parse(answeredOn), answers, ResponseStatus.COMPLETED, null, 0, "anna", T1);
    }

    private static FollowUpResponse changed(FollowUpResponse r, String answeredOn, List<Answer> answers,
            ResponseStatus status, String errorReason, String by, Instant at) {
        return new FollowUpResponse(r.id(), r.enrolmentId(), r.unit(), r.client(), r.templateCode(),
                r.templateVersion(), r.occasion(), r.sequence(), r.role(), LocalDate.parse(answeredOn), answers,
                status, errorReason, r.revision(), by, at);
    }

    private static List<Answer> one(String linkId, long value) {
        return List.of(new Answer(linkId, List.of(new AnswerValue.OfInteger(value))));
    }

    @Test
    void aResponseIsStoredWithEveryKindOfAnswerAndReadBackAsGiven() throws Exception {
        FollowUpResponse given = new FollowUpResponse(4_711, annaOrs.id(), "NORR", ANNA, ORS, 1, "baseline", 1,
                RespondentRole.PROVIDER, LocalDate.of(2026, 1, 15), everyKind(), ResponseStatus.COMPLETED, null, 9,
                "anna", T1);

        FollowUpResponse stored = responses.insert(given);

        assertNotEquals(4_711, stored.id(), "the given id is ignored");
        assertEquals(new FollowUpResponse(stored.id(), annaOrs.id(), "NORR", ANNA, ORS, 1, "baseline", 1,
                RespondentRole.PROVIDER, LocalDate.of(2026, 1, 15), everyKind(), ResponseStatus.COMPLETED, null, 1,
                "anna", T1), stored);
        assertEquals(Optional.of(stored), responses.find(stored.id()));
        assertEquals(Optional.empty(), responses.find(stored.id() + 1));
        assertEquals(List.of(new ResponseRevision(ResponseChangeKind.SUBMITTED, stored)),
                responses.revisions(stored.id()));

        // plain rows for the export's SQL: a row per value, the number in its column
        assertEquals(18, count("SELECT COUNT(*) FROM followup_answer WHERE response_id = ?", stored.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM followup_answer WHERE link_id = 'ors.1' AND number_value = 3.2"));
        assertEquals(1, count("SELECT COUNT(*) FROM followup_answer WHERE link_id = 'whole.week'"
                + " AND group_instances = '10.3' AND bool_value = FALSE"));
        assertEquals(3, count("SELECT COUNT(*) FROM followup_answer WHERE link_id = 'areas' AND kind = 'CODING'"));
        assertEquals(1, count("SELECT COUNT(*) FROM followup_answer WHERE link_id = 'since' AND date_day = 20240229"));
        assertEquals(1, count("SELECT COUNT(*) FROM followup_response WHERE completed_key = ?",
                annaOrs.id() + "|baseline|1|PROVIDER"));
    }

    @Test
    void aDecimalComesBackByValueAndOneTheColumnCannotHoldIsRefused() throws Exception {
        FollowUpResponse stored = responses.insert(response(annaOrs, "baseline", 1, RespondentRole.CLIENT,
                "2026-01-15", List.of(new Answer("ors.1", List.of(new AnswerValue.OfDecimal(new BigDecimal("7.50")))),
                        new Answer("ors.2", List.of(new AnswerValue.OfDecimal(new BigDecimal("0.0000000001")))))));

        BigDecimal read = ((AnswerValue.OfDecimal) responses.find(stored.id()).orElseThrow().answers().get(0).values()
                .get(0)).value();
        assertEquals(0, read.compareTo(new BigDecimal("7.5")), read.toPlainString());
        assertEquals(new BigDecimal("0.0000000001"), ((AnswerValue.OfDecimal) responses.find(stored.id())
                .orElseThrow().answers().get(1).values().get(0)).value());

        for (String refused : List.of("0.00000000001", "12345678901234567890123456789", "1E+30")) {
            ValidationException e = assertThrows(ValidationException.class, () -> responses.insert(response(boTrosa,
                    "baseline", 1, RespondentRole.CLIENT, "2026-01-15", List.of(new Answer("score",
                            List.of(new AnswerValue.OfDecimal(new BigDecimal(refused))))))), refused);
            assertEquals("item[score]", e.errors().get(0).field());
        }
        assertEquals(1, rows("followup_response"), "nothing of the refused ones");
        assertEquals(1, rows("followup_response_revision"));
        assertEquals(2, rows("followup_answer"));
        assertEquals(2, rows("followup_answer_revision"));
    }

    @Test
    void aResponseToAnEnrolmentThatIsNotStoredIsRefusedAndLeavesNothing() throws Exception {
        Enrolment missing = new Enrolment(999_999, 7, ORS, 1, "NORR", ANNA, null, null, LocalDate.of(2026, 1, 1),
                null, null, annaOrs.status(), null, 1, "anna", T1);

        assertThrows(NotFoundException.class, () -> responses.insert(response(missing, "baseline", 1,
                RespondentRole.CLIENT, "2026-01-15", everyKind())));
        assertEquals(0, rows("followup_response"));
        assertEquals(0, rows("followup_answer"));
        assertEquals(0, rows("followup_response_revision"));
    }

    @Test
    void aResponseTakesItsEnrolmentsUnitClientAndTemplateVersion() {
        FollowUpResponse given = new FollowUpResponse(0, annaOrs.id(), "SODER", BO, TROSA, 4, "baseline", 1,
                RespondentRole.CLIENT, LocalDate.of(2026, 1, 15), one("q", 1), ResponseStatus.COMPLETED, null, 0,
                "anna", T1);

        FollowUpResponse stored = responses.insert(given);

        assertEquals(List.of("NORR", ANNA.digits(), ORS, "1"), List.of(stored.unit(), stored.client().digits(),
                stored.templateCode(), Integer.toString(stored.templateVersion())));
        assertEquals(Optional.of(stored), responses.find(stored.id()));
    }

    @Test
    void oneCompletedResponsePerOccasionSequenceAndRoleAgainOnceTheFirstIsEnteredInError() throws Exception {
        FollowUpResponse first = responses.insert(response(annaOrs, "every-4-weeks", 2, RespondentRole.CLIENT,
                "2026-02-01", one("q", 1)));

        ConflictException conflict = assertThrows(ConflictException.class, () -> responses.insert(response(annaOrs,
                "every-4-weeks", 2, RespondentRole.CLIENT, "2026-02-02", one("q", 2))));
        assertTrue(conflict.getMessage().contains("(response " + first.id() + ")"), conflict.getMessage());
        assertFalse(conflict.getMessage().contains(ANNA.digits().substring(2, 8)), "no personal data");
        assertEquals(1, rows("followup_response"));
        assertEquals(1, rows("followup_answer"));

        // another sequence, role, occasion or enrolment is another answer
        responses.insert(response(annaOrs, "every-4-weeks", 3, RespondentRole.CLIENT, "2026-03-01", one("q", 1)));
        responses.insert(response(annaOrs, "every-4-weeks", 2, RespondentRole.PROVIDER, "2026-02-01", one("q", 1)));
        responses.insert(response(annaOrs, "baseline", 2, RespondentRole.CLIENT, "2026-02-01", one("q", 1)));
        responses.insert(response(boTrosa, "every-4-weeks", 2, RespondentRole.CLIENT, "2026-02-01", one("q", 1)));

        FollowUpResponse inError = responses.update(changed(first, "2026-02-01", first.answers(),
                ResponseStatus.ENTERED_IN_ERROR, "Fel brukare – Åsa svarade", "bertil", T2), 1,
                ResponseChangeKind.ENTERED_IN_ERROR);
        assertEquals(0, count("SELECT COUNT(*) FROM followup_response WHERE id = ? AND completed_key IS NOT NULL",
                first.id()));
        FollowUpResponse again = responses.insert(response(annaOrs, "every-4-weeks", 2, RespondentRole.CLIENT,
                "2026-02-03", one("q", 3)));
        assertEquals(ResponseStatus.COMPLETED, again.status());

        // and the one in error cannot become the completed one again beside it
        ConflictException back = assertThrows(ConflictException.class, () -> responses.update(changed(inError,
                "2026-02-01", first.answers(), ResponseStatus.COMPLETED, null, "bertil", T3), 2,
                ResponseChangeKind.CORRECTED));
        assertTrue(back.getMessage().contains("(response " + again.id() + ")"), back.getMessage());
        assertEquals(Optional.of(inError), responses.find(first.id()));
    }

    @Test
    void aCorrectionReplacesTheAnswersAndEveryRevisionKeepsItsOwn() throws Exception {
        FollowUpResponse submitted = responses.insert(response(annaOrs, "baseline", 1, RespondentRole.CASE_OFFICER,
                "2026-01-15", everyKind()));
        List<Answer> fewer = List.of(new Answer("ors.1", List.of(new AnswerValue.OfDecimal(new BigDecimal("9.9")))),
                new Answer("comment", List.of(new AnswerValue.OfString("Rättat"))));

        FollowUpResponse corrected = responses.update(changed(submitted, "2026-01-16", fewer,
                ResponseStatus.COMPLETED, null, "bertil", T2), 1, ResponseChangeKind.CORRECTED);
        assertEquals(new FollowUpResponse(submitted.id(), annaOrs.id(), "NORR", ANNA, ORS, 1, "baseline", 1,
                RespondentRole.CASE_OFFICER, LocalDate.of(2026, 1, 16), fewer, ResponseStatus.COMPLETED, null, 2,
                "bertil", T2), corrected);
        assertEquals(Optional.of(corrected), responses.find(submitted.id()));
        assertEquals(2, count("SELECT COUNT(*) FROM followup_answer WHERE response_id = ?", submitted.id()),
                "the current answers only");

        FollowUpResponse inError = responses.update(changed(corrected, "2026-01-16", fewer,
                ResponseStatus.ENTERED_IN_ERROR, "Fel tillfälle", "cecilia", T3), 2,
                ResponseChangeKind.ENTERED_IN_ERROR);
        assertEquals(new FollowUpResponse(submitted.id(), annaOrs.id(), "NORR", ANNA, ORS, 1, "baseline", 1,
                RespondentRole.CASE_OFFICER, LocalDate.of(2026, 1, 16), fewer, ResponseStatus.ENTERED_IN_ERROR,
                "Fel tillfälle", 3, "cecilia", T3), inError);

        assertEquals(List.of(new ResponseRevision(ResponseChangeKind.SUBMITTED, submitted),
                new ResponseRevision(ResponseChangeKind.CORRECTED, corrected),
                new ResponseRevision(ResponseChangeKind.ENTERED_IN_ERROR, inError)),
                responses.revisions(submitted.id()));
        assertEquals(everyKind(), responses.revisions(submitted.id()).get(0).state().answers());
        assertEquals(List.of(), responses.revisions(submitted.id() + 1));
    }

    @Test
    void aStaleOrUnknownResponseIsNotChanged() {
        FollowUpResponse submitted = responses.insert(response(annaOrs, "baseline", 1, RespondentRole.CLIENT,
                "2026-01-15", one("q", 1)));
        FollowUpResponse corrected = responses.update(changed(submitted, "2026-01-15", one("q", 2),
                ResponseStatus.COMPLETED, null, "bertil", T2), 1, ResponseChangeKind.CORRECTED);

        ConflictException stale = assertThrows(ConflictException.class, () -> responses.update(changed(submitted,
                "2026-01-15", one("q", 3), ResponseStatus.COMPLETED, null, "cecilia", T3), 1,
                ResponseChangeKind.CORRECTED));
        assertTrue(stale.getMessage().contains("revision 2"), stale.getMessage());
        assertEquals(Optional.of(corrected), responses.find(submitted.id()));
        assertEquals(2, responses.revisions(submitted.id()).size());

        FollowUpResponse unknown = new FollowUpResponse(999_999, annaOrs.id(), "NORR", ANNA, ORS, 1, "baseline", 1,
                RespondentRole.CLIENT, LocalDate.of(2026, 1, 15), one("q", 1), ResponseStatus.COMPLETED, null, 1,
                "x", T3);
        assertThrows(NotFoundException.class, () -> responses.update(unknown, 1, ResponseChangeKind.CORRECTED));

        // the same answers again, at the same instant: still a correction, and a revision
        assertEquals(3, responses.update(corrected, 2, ResponseChangeKind.CORRECTED).revision());
        assertEquals(3, responses.revisions(submitted.id()).size());
    }

    @Test
    void findFiltersByScopeAndEveryFieldNewestAnswerFirstAndPages() {
        FollowUpResponse norrBaseline = responses.insert(response(annaOrs, "baseline", 1, RespondentRole.CLIENT,
                "2026-01-15", everyKind()));
        FollowUpResponse norrProvider = responses.insert(response(annaOrs, "baseline", 1, RespondentRole.PROVIDER,
                "2026-01-15", one("q", 1)));
        FollowUpResponse norrLater = responses.insert(response(annaOrs, "every-4-weeks", 1, RespondentRole.CLIENT,
                "2026-02-12", one("q", 2)));
        FollowUpResponse soder = responses.insert(response(boTrosa, "baseline", 1, RespondentRole.CASE_OFFICER,
                "2026-01-20", one("q", 3)));
        FollowUpResponse inError = responses.update(changed(responses.insert(response(boTrosa, "at-end", 1,
                RespondentRole.CLIENT, "2026-03-01", one("q", 4))), "2026-03-01", one("q", 4),
                ResponseStatus.ENTERED_IN_ERROR, "Fel", "bertil", T2), 1, ResponseChangeKind.ENTERED_IN_ERROR);

        assertFind(List.of(norrLater, soder, norrBaseline, norrProvider), UnitScope.EVERY, null, null, null, null,
                null, null, false);
        assertFind(List.of(inError, norrLater, soder, norrBaseline, norrProvider), UnitScope.EVERY, null, null, null,
                null, null, null, true);
        assertFind(List.of(norrLater, norrBaseline, norrProvider), UnitScope.of(Set.of("NORR")), null, null, null,
                null, null, null, false);
        assertFind(List.of(norrLater, soder, norrBaseline, norrProvider), UnitScope.of(Set.of("NORR", "SODER")),
                null, null, null, null, null, null, false);
        assertFind(List.of(), UnitScope.NONE, null, null, null, null, null, null, true);
        assertFind(List.of(inError, soder), UnitScope.EVERY, boTrosa.id(), null, null, null, null, null, true);
        assertFind(List.of(soder), UnitScope.EVERY, null, TROSA, null, null, null, null, false);
        assertFind(List.of(soder, norrBaseline, norrProvider), UnitScope.EVERY, null, null, "baseline", null, null,
                null, false);
        assertFind(List.of(norrLater, norrBaseline), UnitScope.EVERY, null, null, null, RespondentRole.CLIENT, null,
                null, false);
        assertFind(List.of(soder, norrBaseline, norrProvider), UnitScope.EVERY, null, null, null, null, "2026-01-15",
                "2026-01-20", false);
        assertFind(List.of(norrLater), UnitScope.EVERY, null, null, null, null, "2026-01-21", "2026-02-12", false);
        assertFind(List.of(norrBaseline), UnitScope.of(Set.of("NORR")), annaOrs.id(), ORS, "baseline",
                RespondentRole.CLIENT, "2026-01-01", "2026-01-31", false);

        Page<FollowUpResponse> middle = responses.find(UnitScope.EVERY, null, null, null, null, null, null, true, 1,
                3);
        assertEquals(List.of(norrLater, soder, norrBaseline), middle.items(), "with their answers");
        assertEquals(5, middle.total());
        Page<FollowUpResponse> beyond = responses.find(UnitScope.EVERY, null, null, null, null, null, null, true, 5,
                3);
        assertEquals(List.of(), beyond.items());
        assertEquals(5, beyond.total());
    }

    private void assertFind(List<FollowUpResponse> expected, UnitScope scope, Long enrolment, String template,
            String occasion, RespondentRole role, String from, String to, boolean includeEnteredInError) {
        Page<FollowUpResponse> page = responses.find(scope, enrolment, template, occasion, role,
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                includeEnteredInError, 0, 10);
        String query = scope + " " + enrolment + " " + template + " " + occasion + " " + role + " " + from + ".." + to;
        assertEquals(expected, page.items(), query);
        assertEquals(expected.size(), page.total(), query + ": total");
    }

    @Test
    void answeredGivesTheCompletedOccasionsOfManyEnrolmentsAtOnce() throws SQLException {
        Enrolment ceciliaOrs = enrolments.insert(enrolment(CECILIA, "VASTER", ORS, "2026-01-01"));
        responses.insert(response(annaOrs, "baseline", 1, RespondentRole.CLIENT, "2026-01-15", one("q", 1)));
        responses.insert(response(annaOrs, "every-4-weeks", 3, RespondentRole.PROVIDER, "2026-03-15", one("q", 1)));
        responses.insert(response(boTrosa, "at-end", 1, RespondentRole.CASE_OFFICER, "2026-03-15", one("q", 1)));
        FollowUpResponse inError = responses.insert(response(ceciliaOrs, "baseline", 1, RespondentRole.CLIENT,
                "2026-01-15", one("q", 1)));
        responses.update(changed(inError, "2026-01-15", one("q", 1), ResponseStatus.ENTERED_IN_ERROR, "Fel",
                "bertil", T2), 1, ResponseChangeKind.ENTERED_IN_ERROR);
        responses.insert(response(ceciliaOrs, "every-4-weeks", 1, RespondentRole.PROVIDER, "2026-01-29",
                one("q", 1)));

        // 70,000 ids, the enrolments' far apart: more than one statement binds (PostgreSQL's protocol takes at most
        // 65,535 parameters in one)
        List<Long> ids = new ArrayList<>();
        ids.add(annaOrs.id());
        for (long fake = 1; fake <= 35_000; fake++) {
            ids.add(-fake);
        }
        ids.add(boTrosa.id());
        for (long fake = 35_001; fake < 70_000; fake++) {
            ids.add(-fake);
        }
        ids.add(ceciliaOrs.id());
        ids.add(annaOrs.id());

        assertEquals(Set.of(new Answered(annaOrs.id(), "baseline", 1, RespondentRole.CLIENT),
                new Answered(annaOrs.id(), "every-4-weeks", 3, RespondentRole.PROVIDER),
                new Answered(boTrosa.id(), "at-end", 1, RespondentRole.CASE_OFFICER),
                new Answered(ceciliaOrs.id(), "every-4-weeks", 1, RespondentRole.PROVIDER)),
                responses.answered(ids));
        assertEquals(Set.of(new Answered(boTrosa.id(), "at-end", 1, RespondentRole.CASE_OFFICER)),
                responses.answered(List.of(boTrosa.id())));
        assertEquals(Set.of(), responses.answered(List.of()));
        assertEquals(Set.of(), responses.answered(List.of(-1L, -2L)));
    }

    @Test
    void ofTwoResponsesToOneOccasionAndRoleAtOnceExactlyOneIsStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 4; round++) {
                int sequence = round;
                FollowUpResponse winner = race(pool, "round " + round,
                        () -> responses.insert(response(annaOrs, "every-4-weeks", sequence, RespondentRole.CLIENT,
                                "2026-02-01", one("q", 1))),
                        () -> responses.insert(response(annaOrs, "every-4-weeks", sequence, RespondentRole.CLIENT,
                                "2026-02-02", one("q", 2))));
                assertEquals(List.of(winner), responses.find(UnitScope.EVERY, annaOrs.id(), null, "every-4-weeks",
                        null, null, null, true, 0, 10).items().stream().filter(r -> r.sequence() == sequence)
                        .toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
