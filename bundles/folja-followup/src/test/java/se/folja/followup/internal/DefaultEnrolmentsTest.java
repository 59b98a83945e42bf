package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.Page;
import se.folja.api.ValidationException;
import se.folja.api.followup.DueOccasion;
import se.folja.api.followup.DueQuery;
import se.folja.api.followup.Enablement;
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
import se.folja.api.followup.ResponseStatus;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantStatus;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * Enrolments: proposals drawn from the unit's grants by the template's population (type, age, how long the
 * intervention has run, traced through earlier grants without a gap), enrolling checked against what is enabled,
 * ending and annulling with history, the due and overdue occasions, and only members of the unit.
 */
class DefaultEnrolmentsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    static final String SAMVARO = "ALDREOMSORG_SOCIAL_SAMVARO";
    static final String HT = "HT_NORR";
    static final String BOSTOD = "BOSTOD";
    static final Actor STAFF = new Actor("anna", Set.of(HT, BOSTOD), false);
    static final Actor OTHER_UNIT = new Actor("bertil", Set.of("HT_SODER"), false);
    static final Actor ADMIN = new Actor("admin", Set.of(), true);

    private final List<Grant> grants = new ArrayList<>();
    private final List<Enablement> enablements = new ArrayList<>(List.of(
            EnrolmentTestDoubles.enablement(1, SAMVARO, 1, HT, LocalDate.of(2026, 1, 1), null),
            EnrolmentTestDoubles.enablement(2, "ORS", 1, BOSTOD, LocalDate.of(2026, 1, 1), null),
            EnrolmentTestDoubles.enablement(3, "TROSA_MISSBRUK", 1, BOSTOD, LocalDate.of(2025, 1, 1), null)));
    private final EnrolmentTestDoubles.Enrolments store = new EnrolmentTestDoubles.Enrolments();
    private final EnrolmentTestDoubles.Responses responses = new EnrolmentTestDoubles.Responses(
            id -> store.rows.containsKey(id));
    private final EnrolmentTestDoubles.Templates templates = new EnrolmentTestDoubles.Templates();
    private final DefaultEnrolments service = new DefaultEnrolments(store, responses,
            EnrolmentTestDoubles.enablements(enablements), EnrolmentTestDoubles.grants(grants), templates.service(),
            CLOCK);

    /** A synthetic personnummer that passes the check digit, born on {@code birth}. */
    static PersonalIdentityNumber person(LocalDate birth, int serial) {
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), serial);
        return PersonalIdentityNumber.ofDigits(String.format("%04d", birth.getYear()) + nine.substring(2)
                + PersonalIdentityNumber.checkDigit(nine));
    }

    private Grant grant(int serial, String unit, String type, LocalDate from, LocalDate to) {
        Grant grant = new Grant(grants.size() + 1, person(LocalDate.of(1940, 3, 1), serial), unit, type, 3, from, to,
                "anna", EnrolmentTestDoubles.STORED, 1);
        grants.add(grant);
        return grant;
    }

    private static EnrolmentRequest request(PersonalIdentityNumber client, LocalDate start) {
        return new EnrolmentRequest(SAMVARO, HT, client.digits(), null, start, null);
    }

    @Test
    void proposalsAreTheUnitsClientsInThePopulationWhoseInterventionHasRunThreeMonthsToTwoYears() {
        String type = "HEMTJANST_SOCIAL_SAMVARO";
        grant(11, HT, type, LocalDate.of(2026, 5, 1), null);                       // 1.5 months: too short
        Grant threeMonths = grant(21, HT, type, LocalDate.of(2026, 3, 15), null);  // exactly 3 months
        Grant twoYears = grant(31, HT, type, LocalDate.of(2024, 6, 15), null);     // exactly 2 years
        grant(41, HT, type, LocalDate.of(2024, 6, 14), null);                      // a day too long
        grant(51, HT, type, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)); // continued without a gap:
        grant(51, HT, type, LocalDate.of(2026, 1, 1), null);                       // runs since 2024: too long
        grant(61, HT, type, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 11, 30)); // a month's gap:
        Grant afterGap = grant(61, HT, type, LocalDate.of(2026, 1, 1), null);      // runs since 2026-01-01
        grant(71, HT, "BOENDESTOD", LocalDate.of(2026, 1, 1), null);              // another type
        grant(81, HT, type, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1));   // ended
        grant(91, "HT_SODER", type, LocalDate.of(2026, 1, 1), null);               // another unit
        Grant annulled = new Grant(grants.size() + 1, person(LocalDate.of(1940, 3, 1), 101), HT, type, 3,
                LocalDate.of(2026, 1, 1), null, "anna", EnrolmentTestDoubles.STORED, 2, GrantStatus.ANNULLED, "fel");
        grants.add(annulled);

        List<EnrolmentProposal> proposals = service.proposals(HT, SAMVARO, STAFF);

        assertEquals(List.of(threeMonths.id(), twoYears.id(), afterGap.id()),
                proposals.stream().map(EnrolmentProposal::grantId).sorted().toList());
        EnrolmentProposal gap = proposals.stream().filter(p -> p.grantId() == afterGap.id()).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 1, 1), gap.runningSince());
        assertEquals(86, gap.ageYears());
        assertEquals(1, gap.enablementId());
        assertEquals(1, gap.templateVersion());
    }

    @Test
    void aClientEnrolledIsNoLongerProposed() {
        Grant grant = grant(21, HT, "HEMTJANST_SOCIAL_SAMVARO", LocalDate.of(2026, 3, 1), null);
        assertEquals(1, service.proposals(HT, SAMVARO, STAFF).size());

        service.enrol(new EnrolmentRequest(SAMVARO, HT, grant.client().digits(), grant.id(), null, null), STAFF);

        assertEquals(List.of(), service.proposals(HT, SAMVARO, STAFF));
    }

    @Test
    void proposalsNeedTheTemplateEnabledAndMembershipOfTheUnit() {
        assertEquals(List.of(new FieldError("template", "is not enabled for the unit today")), assertThrows(
                ValidationException.class, () -> service.proposals(HT, "ORS", STAFF)).errors());
        assertThrows(ForbiddenException.class, () -> service.proposals(HT, SAMVARO, OTHER_UNIT));
        assertThrows(ForbiddenException.class, () -> service.proposals(HT, SAMVARO, ADMIN),
                "an administrator reaches every unit but belongs to none: clients are for members");
        assertEquals(List.of("unit", "template"), assertThrows(ValidationException.class,
                () -> service.proposals(" ", null, STAFF)).errors().stream().map(FieldError::field).toList());
    }

    @Test
    void enrollingByHandTakesTheVersionEnabledOnTheFirstDayAndStartsToday() {
        Enrolment e = service.enrol(new EnrolmentRequest(SAMVARO, HT, person(LocalDate.of(1938, 2, 2), 12).digits(),
                null, null, "anna"), STAFF);

        assertEquals(TODAY, e.start());
        assertEquals(1, e.enablementId());
        assertEquals(1, e.templateVersion());
        assertEquals(EnrolmentStatus.ONGOING, e.status());
        assertEquals("anna", e.responsible());
        assertEquals(List.of(EnrolmentChangeKind.ENROLLED), service.history(e.id(), STAFF).stream()
                .map(EnrolmentRevision::kind).toList());
    }

    @Test
    void everyBadFieldOfAnEnrolmentIsNamedAndNothingIsStored() {
        List<FieldError> errors = assertThrows(ValidationException.class, () -> service.enrol(
                new EnrolmentRequest(null, HT, "19380202-0000", null, LocalDate.of(2028, 1, 1), "a\nb"), STAFF))
                .errors();

        assertEquals(List.of("template", "client", "start", "responsible"),
                errors.stream().map(FieldError::field).distinct().toList());
        assertTrue(errors.stream().noneMatch(e -> e.message().contains("19380202")), "no message repeats the number");
        assertTrue(store.rows.isEmpty());
    }

    @Test
    void anEnrolmentNeedsTheTemplateEnabledOnItsFirstDay() {
        PersonalIdentityNumber client = person(LocalDate.of(1938, 2, 2), 12);

        assertEquals(List.of(new FieldError("template", "is not enabled for the unit on 2025-12-31")),
                assertThrows(ValidationException.class,
                        () -> service.enrol(request(client, LocalDate.of(2025, 12, 31)), STAFF)).errors());
    }

    @Test
    void aGrantNamedMustBeTheClientsAtTheUnitAndValidOnTheFirstDay() {
        Grant other = grant(21, HT, "HEMTJANST_SOCIAL_SAMVARO", LocalDate.of(2026, 1, 1), null);
        Grant later = grant(31, HT, "HEMTJANST_SOCIAL_SAMVARO", LocalDate.of(2026, 6, 1), null);

        assertEquals(List.of(new FieldError("grant", "is not a grant of this client at this unit")), assertThrows(
                ValidationException.class, () -> service.enrol(new EnrolmentRequest(SAMVARO, HT,
                        later.client().digits(), other.id(), null, null), STAFF)).errors());
        assertEquals(List.of(new FieldError("grant", "is not valid on the enrolment's first day")), assertThrows(
                ValidationException.class, () -> service.enrol(new EnrolmentRequest(SAMVARO, HT,
                        later.client().digits(), later.id(), LocalDate.of(2026, 5, 1), null), STAFF)).errors());
        assertEquals(later.id(), service.enrol(new EnrolmentRequest(SAMVARO, HT, later.client().digits(), later.id(),
                null, null), STAFF).grantId());
    }

    @Test
    void onlyMembersOfTheUnitEnrolReadAndList() {
        Enrolment e = service.enrol(request(person(LocalDate.of(1938, 2, 2), 12), null), STAFF);

        assertThrows(ForbiddenException.class, () -> service.enrol(request(person(LocalDate.of(1938, 2, 2), 22),
                null), OTHER_UNIT));
        assertThrows(ForbiddenException.class, () -> service.get(e.id(), OTHER_UNIT));
        assertThrows(ForbiddenException.class, () -> service.history(e.id(), ADMIN));
        assertEquals(0, service.list(new EnrolmentQuery(Set.of(), null, null, null, null, 0, 50), OTHER_UNIT)
                .total());
        assertThrows(ForbiddenException.class, () -> service.list(new EnrolmentQuery(Set.of(HT), null, null, null,
                null, 0, 50), OTHER_UNIT));
        Page<Enrolment> mine = service.list(new EnrolmentQuery(Set.of(), null, null, null, null, 0, 50), STAFF);
        assertEquals(List.of(e.id()), mine.items().stream().map(Enrolment::id).toList());
    }

    @Test
    void endingKeepsHistoryAndChecksTheDayAndTheReason() {
        Enrolment e = service.enrol(request(person(LocalDate.of(1938, 2, 2), 12), LocalDate.of(2026, 2, 1)), STAFF);

        assertEquals(List.of("end", "reason"), assertThrows(ValidationException.class,
                () -> service.end(e.id(), 1, LocalDate.of(2026, 1, 31), null, STAFF)).errors().stream()
                .map(FieldError::field).toList());
        assertEquals("end", assertThrows(ValidationException.class, () -> service.end(e.id(), 1, TODAY.plusDays(1),
                EnrolmentEndReason.COMPLETED, STAFF)).errors().get(0).field());
        Enrolment ended = service.end(e.id(), 1, LocalDate.of(2026, 6, 1), EnrolmentEndReason.DROPOUT, STAFF);
        assertThrows(ConflictException.class, () -> service.end(e.id(), 1, LocalDate.of(2026, 6, 2),
                EnrolmentEndReason.COMPLETED, STAFF), "a stale revision");

        assertEquals(EnrolmentStatus.ENDED, ended.status());
        assertEquals(EnrolmentEndReason.DROPOUT, ended.endReason());
        assertEquals(2, ended.revision());
        List<EnrolmentRevision> history = service.history(e.id(), STAFF);
        assertEquals(List.of(EnrolmentStatus.ONGOING, EnrolmentStatus.ENDED),
                history.stream().map(r -> r.state().status()).toList());
    }

    @Test
    void anAnnulledEnrolmentStaysWithItsReasonAndTakesNoMoreChanges() {
        Enrolment e = service.enrol(request(person(LocalDate.of(1938, 2, 2), 12), null), STAFF);

        assertEquals("reason", assertThrows(ValidationException.class, () -> service.annul(e.id(), 1, " ", STAFF))
                .errors().get(0).field());
        Enrolment annulled = service.annul(e.id(), 1, "Fel person", STAFF);
        assertEquals(EnrolmentStatus.ANNULLED, annulled.status());
        assertEquals("Fel person", annulled.annulmentReason());
        assertThrows(ConflictException.class, () -> service.annul(e.id(), 2, "igen", STAFF));
        assertThrows(ConflictException.class, () -> service.end(e.id(), 2, TODAY, EnrolmentEndReason.COMPLETED,
                STAFF));
        assertEquals(0, service.list(new EnrolmentQuery(Set.of(), null, null, null, null, 0, 50), STAFF).total());
        assertEquals(1, service.list(new EnrolmentQuery(Set.of(), null, EnrolmentStatus.ANNULLED, null, null, 0, 50),
                STAFF).total());
        // the client may be enrolled again: the annulled enrolment counts nowhere
        service.enrol(request(e.client(), null), STAFF);
    }

    @Test
    void aClientIsEnrolledInATemplateOnceAtATime() {
        PersonalIdentityNumber client = person(LocalDate.of(1938, 2, 2), 12);
        Enrolment first = service.enrol(request(client, LocalDate.of(2026, 2, 1)), STAFF);

        assertThrows(ConflictException.class, () -> service.enrol(request(client, LocalDate.of(2026, 3, 1)), STAFF));
        service.end(first.id(), 1, LocalDate.of(2026, 4, 30), EnrolmentEndReason.COMPLETED, STAFF);
        assertEquals(LocalDate.of(2026, 5, 1), service.enrol(request(client, LocalDate.of(2026, 5, 1)), STAFF)
                .start());
    }

    @Test
    void theBaselineFallsDueOnTheFirstDayAndIsOverdueTwoWeeksLaterUntilEveryRoleAnswered() {
        Enrolment e = service.enrol(request(person(LocalDate.of(1938, 2, 2), 12), LocalDate.of(2026, 6, 1)), STAFF);

        List<DueOccasion> due = service.due(new DueQuery(Set.of(), null, null, false), STAFF);
        assertEquals(1, due.size());
        DueOccasion baseline = due.get(0);
        assertEquals("follow-up", baseline.occasion());
        assertEquals(LocalDate.of(2026, 6, 1), baseline.due());
        assertEquals(List.of(RespondentRole.CASE_OFFICER, RespondentRole.PROVIDER, RespondentRole.CLIENT),
                baseline.unanswered());
        assertTrue(!baseline.overdue(), "14 days after it fell due it is not overdue yet");
        assertTrue(service.due(new DueQuery(Set.of(), null, LocalDate.of(2026, 6, 16), false), STAFF).get(0)
                .overdue());
        assertEquals(List.of(), service.due(new DueQuery(Set.of(), null, null, true), STAFF));

        respond(e, "follow-up", 1, RespondentRole.CASE_OFFICER);
        respond(e, "follow-up", 1, RespondentRole.CLIENT);
        assertEquals(List.of(RespondentRole.PROVIDER), service.due(new DueQuery(Set.of(), null, null, false), STAFF)
                .get(0).unanswered());
        respond(e, "follow-up", 1, RespondentRole.PROVIDER);
        assertEquals(List.of(), service.due(new DueQuery(Set.of(), null, null, false), STAFF));
    }

    private void respond(Enrolment e, String occasion, int sequence, RespondentRole role) {
        responses.insert(new FollowUpResponse(0, e.id(), e.unit(), e.client(), e.templateCode(), e.templateVersion(),
                occasion, sequence, role, TODAY, List.of(), ResponseStatus.COMPLETED, null, 0, "anna",
                EnrolmentTestDoubles.STORED));
    }

    @Test
    void aRepeatedOccasionListsOnlyItsLatestOpenTimeAndTheEndOccasionsFollowTheEnd() {
        Enrolment ors = service.enrol(new EnrolmentRequest("ORS", BOSTOD, person(LocalDate.of(1990, 5, 5), 12)
                .digits(), null, LocalDate.of(2026, 3, 2), null), STAFF);
        respond(ors, "baseline", 1, RespondentRole.CLIENT);

        // 15 weeks after the start: the third every-4-weeks time (12 weeks) is open; the fourth (16 weeks, 7 days
        // ahead at most) opens a day later
        List<DueOccasion> due = service.due(new DueQuery(Set.of(BOSTOD), null, LocalDate.of(2026, 6, 14), false),
                STAFF);
        assertEquals(List.of("every-4-weeks#3 2026-05-25"), due.stream().map(d -> d.occasion() + "#" + d.sequence()
                + " " + d.due()).toList());
        assertTrue(due.get(0).overdue());
        assertEquals(List.of("every-4-weeks#4 2026-06-22"), service.due(new DueQuery(Set.of(BOSTOD), null,
                LocalDate.of(2026, 6, 15), false), STAFF).stream().map(d -> d.occasion() + "#" + d.sequence() + " "
                        + d.due()).toList());

        service.end(ors.id(), 1, LocalDate.of(2026, 6, 10), EnrolmentEndReason.COMPLETED, STAFF);
        assertEquals(List.of("every-4-weeks#3 2026-05-25", "end#1 2026-06-10"), service.due(new DueQuery(
                Set.of(BOSTOD), null, null, false), STAFF).stream().map(d -> d.occasion() + "#" + d.sequence() + " "
                        + d.due()).toList());
    }

    @Test
    void afterEndOccasionsFallDueOnlyForACompletedEnrolmentAndTheEndOccasionNotForTheDead() {
        Enrolment completed = service.enrol(new EnrolmentRequest("TROSA_MISSBRUK", BOSTOD,
                person(LocalDate.of(1990, 5, 5), 12).digits(), null, LocalDate.of(2025, 6, 1), null), STAFF);
        Enrolment dropout = service.enrol(new EnrolmentRequest("TROSA_MISSBRUK", BOSTOD,
                person(LocalDate.of(1990, 5, 5), 22).digits(), null, LocalDate.of(2025, 6, 1), null), STAFF);
        Enrolment died = service.enrol(new EnrolmentRequest("TROSA_MISSBRUK", BOSTOD,
                person(LocalDate.of(1990, 5, 5), 32).digits(), null, LocalDate.of(2025, 6, 1), null), STAFF);
        for (Enrolment e : List.of(completed, dropout, died)) {
            respond(e, "opened", 1, RespondentRole.CASE_OFFICER);
        }
        service.end(completed.id(), 1, LocalDate.of(2025, 12, 10), EnrolmentEndReason.COMPLETED, STAFF);
        service.end(dropout.id(), 1, LocalDate.of(2025, 12, 10), EnrolmentEndReason.DROPOUT, STAFF);
        service.end(died.id(), 1, LocalDate.of(2025, 12, 10), EnrolmentEndReason.DIED, STAFF);
        respond(completed, "end", 1, RespondentRole.CASE_OFFICER);

        List<String> due = service.due(new DueQuery(Set.of(), null, null, false), STAFF).stream()
                .map(d -> d.enrolmentId() + " " + d.occasion() + " " + d.due()).toList();

        assertEquals(List.of(dropout.id() + " end 2025-12-10", completed.id() + " 6-months-after-end 2026-06-10"),
                due);
    }

    @Test
    void dueOccasionsFollowTheResponsibleAndTheMembersUnits() {
        service.enrol(new EnrolmentRequest(SAMVARO, HT, person(LocalDate.of(1938, 2, 2), 12).digits(), null, null,
                "anna"), STAFF);
        service.enrol(new EnrolmentRequest(SAMVARO, HT, person(LocalDate.of(1938, 2, 2), 22).digits(), null, null,
                "cecilia"), STAFF);

        assertEquals(2, service.due(new DueQuery(Set.of(), null, null, false), STAFF).size());
        assertEquals(List.of("anna"), service.due(new DueQuery(Set.of(), "anna", null, false), STAFF).stream()
                .map(DueOccasion::responsible).toList());
        assertEquals(List.of(), service.due(new DueQuery(Set.of(), null, null, false), OTHER_UNIT));
        assertThrows(ForbiddenException.class, () -> service.due(new DueQuery(Set.of(HT), null, null, false),
                OTHER_UNIT));
    }
}
