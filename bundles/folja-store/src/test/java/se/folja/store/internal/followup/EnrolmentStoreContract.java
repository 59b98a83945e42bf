package se.folja.store.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentChangeKind;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentRevision;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.nondelivery.Grant;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.TestPins;

/**
 * What {@link JpaEnrolmentStore} promises, whatever the database: enrolments with every field and a whole row per
 * revision, one enrolment per client and template on any day (open ends running for ever, annulled ones counting
 * nowhere), also when two are written at once, and the searches the services make by scope.
 */
abstract class EnrolmentStoreContract extends FollowUpTestSupport {

    private static final UnitScope NORR = UnitScope.of(Set.of("NORR"));

    @Test
    void anEnrolmentIsStoredAtRevisionOneWithEveryFieldAndItsFirstRevision() throws Exception {
        Grant grant = grants.insert(new Grant(0, ANNA, "NORR", "BOENDESTOD", 2, LocalDate.of(2026, 1, 5), null,
                "anna", T1, 0));
        Enrolment given = new Enrolment(4_711, 31, ORS, 3, "NORR", ANNA, grant.id(), "bertil.åström",
                LocalDate.of(2026, 2, 1), null, null, EnrolmentStatus.ONGOING, null, 9, "anna", T1);

        Enrolment stored = enrolments.insert(given);

        assertNotEquals(4_711, stored.id(), "the given id is ignored");
        assertEquals(new Enrolment(stored.id(), 31, ORS, 3, "NORR", ANNA, grant.id(), "bertil.åström",
                LocalDate.of(2026, 2, 1), null, null, EnrolmentStatus.ONGOING, null, 1, "anna", T1), stored);
        assertEquals(Optional.of(stored), enrolments.find(stored.id()));
        assertEquals(Optional.empty(), enrolments.find(stored.id() + 1));
        assertEquals(List.of(new EnrolmentRevision(EnrolmentChangeKind.ENROLLED, stored)),
                enrolments.revisions(stored.id()));
        assertEquals(1, clientRows(ANNA), "the grant's client row");

        // by hand, without a grant or a responsible, of a client Följa did not know, ended from the start
        Enrolment byHand = enrolments.insert(ended(enrolment(CECILIA, "SODER", TROSA, "2025-11-30"), "2026-01-31"));
        assertEquals(new Enrolment(byHand.id(), 7, TROSA, 1, "SODER", CECILIA, null, null, LocalDate.of(2025, 11, 30),
                LocalDate.of(2026, 1, 31), EnrolmentEndReason.COMPLETED, EnrolmentStatus.ENDED, null, 1, "bertil",
                T2), byHand);
        assertEquals(Optional.of(byHand), enrolments.find(byHand.id()));
        assertEquals(LocalDate.of(1997, 8, 12), byHand.client().birthDate(), "a coordination number's birth date");
        assertEquals(1, clientRows(CECILIA), "made with the enrolment");
    }

    @Test
    void anEnrolmentFromAGrantThatIsNotStoredIsRefusedAndLeavesNothing() throws Exception {
        Enrolment fromNoGrant = new Enrolment(0, 7, ORS, 1, "NORR", BO, 999_999L, null, LocalDate.of(2026, 2, 1), null,
                null, EnrolmentStatus.ONGOING, null, 0, "anna", T1);

        assertThrows(NotFoundException.class, () -> enrolments.insert(fromNoGrant));
        assertEquals(0, rows("followup_enrolment"));
        assertEquals(0, rows("followup_enrolment_revision"));
        assertEquals(0, clientRows(BO), "a refused enrolment leaves no client behind");
    }

    @Test
    void everyChangeIsARevisionKeptWholeAndInOrder() {
        Enrolment enrolled = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-01-10"));

        Enrolment assigned = enrolments.update(changed(enrolled, "bertil", null, null, EnrolmentStatus.ONGOING, null,
                "bertil", T2), 1, EnrolmentChangeKind.ASSIGNED);
        assertEquals(new Enrolment(enrolled.id(), 7, ORS, 1, "NORR", ANNA, null, "bertil", LocalDate.of(2026, 1, 10),
                null, null, EnrolmentStatus.ONGOING, null, 2, "bertil", T2), assigned);

        Enrolment ended = enrolments.update(changed(assigned, "bertil", LocalDate.of(2026, 6, 30),
                EnrolmentEndReason.DROPOUT, EnrolmentStatus.ENDED, null, "cecilia", T3), 2, EnrolmentChangeKind.ENDED);
        assertEquals(new Enrolment(enrolled.id(), 7, ORS, 1, "NORR", ANNA, null, "bertil", LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 6, 30), EnrolmentEndReason.DROPOUT, EnrolmentStatus.ENDED, null, 3, "cecilia",
                T3), ended);

        Instant t4 = T3.plusSeconds(3_600);
        Enrolment annulled = enrolments.update(changed(ended, "bertil", ended.end(), ended.endReason(),
                EnrolmentStatus.ANNULLED, "Fel person – inskriven av misstag ”två gånger”", "david", t4), 3,
                EnrolmentChangeKind.ANNULLED);
        assertEquals(new Enrolment(enrolled.id(), 7, ORS, 1, "NORR", ANNA, null, "bertil", LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 6, 30), EnrolmentEndReason.DROPOUT, EnrolmentStatus.ANNULLED,
                "Fel person – inskriven av misstag ”två gånger”", 4, "david", t4), annulled);
        assertEquals(Optional.of(annulled), enrolments.find(enrolled.id()));

        assertEquals(List.of(new EnrolmentRevision(EnrolmentChangeKind.ENROLLED, enrolled),
                new EnrolmentRevision(EnrolmentChangeKind.ASSIGNED, assigned),
                new EnrolmentRevision(EnrolmentChangeKind.ENDED, ended),
                new EnrolmentRevision(EnrolmentChangeKind.ANNULLED, annulled)), enrolments.revisions(enrolled.id()));
        assertEquals(List.of(), enrolments.revisions(enrolled.id() + 1));
    }

    @Test
    void anUpdateChangesOnlyWhatMayChange() {
        Enrolment enrolled = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-01-10"));
        Enrolment tampered = new Enrolment(enrolled.id(), 99, TROSA, 5, "SODER", BO, null, "bertil",
                LocalDate.of(2025, 1, 1), null, null, EnrolmentStatus.ONGOING, null, 1, "bertil", T2);

        Enrolment assigned = enrolments.update(tampered, 1, EnrolmentChangeKind.ASSIGNED);

        assertEquals(new Enrolment(enrolled.id(), 7, ORS, 1, "NORR", ANNA, null, "bertil", LocalDate.of(2026, 1, 10),
                null, null, EnrolmentStatus.ONGOING, null, 2, "bertil", T2), assigned);
        assertEquals(Optional.of(assigned), enrolments.find(enrolled.id()));
    }

    @Test
    void aStaleOrUnknownEnrolmentIsNotChangedAndTheSameValuesAgainAreANewRevision() {
        Enrolment enrolled = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-01-10"));
        Enrolment assigned = enrolments.update(changed(enrolled, "bertil", null, null, EnrolmentStatus.ONGOING, null,
                "bertil", T2), 1, EnrolmentChangeKind.ASSIGNED);

        ConflictException stale = assertThrows(ConflictException.class, () -> enrolments.update(changed(enrolled,
                "cecilia", null, null, EnrolmentStatus.ONGOING, null, "cecilia", T3), 1, EnrolmentChangeKind.ASSIGNED));
        assertTrue(stale.getMessage().contains("revision 2"), stale.getMessage());
        assertEquals(Optional.of(assigned), enrolments.find(enrolled.id()));
        assertEquals(2, enrolments.revisions(enrolled.id()).size());

        Enrolment unknown = new Enrolment(999_999, 7, ORS, 1, "NORR", ANNA, null, null, LocalDate.of(2026, 1, 10),
                null, null, EnrolmentStatus.ONGOING, null, 1, "x", T3);
        assertThrows(NotFoundException.class, () -> enrolments.update(unknown, 1, EnrolmentChangeKind.ASSIGNED));

        // assigned to the same member of staff again, at the same instant: still a change, and a revision
        Enrolment again = enrolments.update(assigned, 2, EnrolmentChangeKind.ASSIGNED);
        assertEquals(3, again.revision());
        assertEquals(3, enrolments.revisions(enrolled.id()).size());
    }

    @Test
    void aClientHasOneEnrolmentPerTemplateOnAnyDayCountingBothEndsAndOpenEnds() {
        // 2026-01-01 .. 2026-03-31
        Enrolment first = enrolments.insert(ended(enrolment(ANNA, "NORR", ORS, "2026-01-01"), "2026-03-31"));

        assertOverlaps(first, enrolment(ANNA, "NORR", ORS, "2026-03-31"), "starting on its last day");
        assertOverlaps(first, ended(enrolment(ANNA, "NORR", ORS, "2025-06-01"), "2026-01-01"),
                "ending on its first day");
        assertOverlaps(first, ended(enrolment(ANNA, "NORR", ORS, "2026-02-01"), "2026-02-02"), "inside it");
        assertOverlaps(first, enrolment(ANNA, "NORR", ORS, "2025-06-01"), "open, starting before it");
        assertOverlaps(first, enrolment(ANNA, "SODER", ORS, "2026-02-01"), "at another unit");

        Enrolment after = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-04-01"));
        Enrolment before = enrolments.insert(ended(enrolment(ANNA, "NORR", ORS, "2025-06-01"), "2025-12-31"));
        Enrolment otherTemplate = enrolments.insert(enrolment(ANNA, "NORR", TROSA, "2026-02-01"));
        Enrolment otherClient = enrolments.insert(enrolment(BO, "NORR", ORS, "2026-02-01"));

        // the open one from 2026-04-01 runs for ever: nothing later fits
        assertOverlaps(after, ended(enrolment(ANNA, "NORR", ORS, "2031-01-01"), "2031-12-31"), "years later");
        assertEquals(Set.of(first.id(), after.id(), before.id(), otherTemplate.id(), otherClient.id()),
                Set.copyOf(enrolments.find(UnitScope.EVERY, null, null, null, null, 0, 10).items().stream()
                        .map(Enrolment::id).toList()));
    }

    @Test
    void anAnnulledEnrolmentCountsNowhereAndAnUpdateIsCheckedToo() {
        Enrolment first = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-01-01"));
        assertOverlaps(first, enrolment(ANNA, "NORR", ORS, "2026-05-01"), "while the first is ongoing");

        enrolments.update(annulled(first, "Fel klient"), 1, EnrolmentChangeKind.ANNULLED);
        Enrolment second = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-01-01"));
        assertEquals(EnrolmentStatus.ONGOING, second.status(), "the annulled one does not count");

        Enrolment ended = enrolments.update(ended(second, "2026-03-31"), 1, EnrolmentChangeKind.ENDED);
        Enrolment later = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-05-01"));

        // moving the end past the later one's start would make them share days
        ConflictException conflict = assertThrows(ConflictException.class, () -> enrolments.update(
                changed(ended, null, LocalDate.of(2026, 5, 1), EnrolmentEndReason.MOVED, EnrolmentStatus.ENDED, null,
                        "bertil", T3), 2, EnrolmentChangeKind.ENDED));
        assertTrue(conflict.getMessage().contains("enrolment " + later.id()), conflict.getMessage());
        assertEquals(Optional.of(ended), enrolments.find(second.id()), "nothing changed");
        assertEquals(2, enrolments.revisions(second.id()).size());
        // to the day before is fine, and so is annulling one that overlaps nothing
        assertEquals(LocalDate.of(2026, 4, 30), enrolments.update(changed(ended, null, LocalDate.of(2026, 4, 30),
                EnrolmentEndReason.MOVED, EnrolmentStatus.ENDED, null, "bertil", T3), 2, EnrolmentChangeKind.ENDED)
                .end());
        assertEquals(EnrolmentStatus.ANNULLED, enrolments.update(annulled(later, "Dubblett"), 1,
                EnrolmentChangeKind.ANNULLED).status());
    }

    private void assertOverlaps(Enrolment existing, Enrolment refused, String what) {
        long before = enrolments.find(UnitScope.EVERY, null, null, null, null, 0, 10).total();
        ConflictException conflict = assertThrows(ConflictException.class, () -> enrolments.insert(refused), what);
        assertTrue(conflict.getMessage().contains("(enrolment " + existing.id() + ")"), conflict.getMessage());
        assertFalse(conflict.getMessage().contains(refused.client().digits().substring(2, 8)),
                "no personal data in the message");
        assertEquals(before, enrolments.find(UnitScope.EVERY, null, null, null, null, 0, 10).total(), what);
    }

    @Test
    void findFiltersByScopeTemplateStatusResponsibleAndClientNewestFirstAndPages() {
        Enrolment norrA = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-03-01"));
        Enrolment norrB = enrolments.insert(assignedTo(enrolment(BO, "NORR", ORS, "2026-03-01"), "bertil"));
        Enrolment norrEnded = enrolments.insert(ended(enrolment(CECILIA, "NORR", ORS, "2026-01-15"), "2026-02-28"));
        Enrolment soder = enrolments.insert(assignedTo(enrolment(ANNA, "SODER", TROSA, "2026-04-01"), "bertil"));
        Enrolment vaster = enrolments.insert(enrolment(BO, "VASTER", TROSA, "2025-12-01"));
        Enrolment annulled = enrolments.update(annulled(enrolments.insert(enrolment(CECILIA, "NORR", TROSA,
                "2026-05-01")), "Fel mall"), 1, EnrolmentChangeKind.ANNULLED);

        // newest start first, then by id; annulled ones only when asked for
        assertFind(List.of(soder, norrA, norrB, norrEnded, vaster), UnitScope.EVERY, null, null, null, null);
        assertFind(List.of(norrA, norrB, norrEnded), NORR, null, null, null, null);
        assertFind(List.of(soder, norrA, norrB, norrEnded), UnitScope.of(Set.of("NORR", "SODER")), null, null, null,
                null);
        assertFind(List.of(soder, vaster), UnitScope.EVERY, TROSA, null, null, null);
        assertFind(List.of(annulled), UnitScope.EVERY, null, EnrolmentStatus.ANNULLED, null, null);
        assertFind(List.of(norrEnded), UnitScope.EVERY, null, EnrolmentStatus.ENDED, null, null);
        assertFind(List.of(soder, norrA, norrB, vaster), UnitScope.EVERY, null, EnrolmentStatus.ONGOING, null, null);
        assertFind(List.of(soder, norrB), UnitScope.EVERY, null, null, "bertil", null);
        assertFind(List.of(soder, norrA), UnitScope.EVERY, null, null, null, ANNA);
        assertFind(List.of(norrB), NORR, ORS, EnrolmentStatus.ONGOING, "bertil", BO);
        assertFind(List.of(), UnitScope.EVERY, null, null, null, TestPins.pin("19900101", 238));
        assertFind(List.of(), UnitScope.NONE, null, null, null, null);

        Page<Enrolment> middle = enrolments.find(UnitScope.EVERY, null, null, null, null, 1, 2);
        assertEquals(List.of(norrA, norrB), middle.items());
        assertEquals(5, middle.total());
        assertEquals(1, middle.offset());
        assertEquals(2, middle.limit());
        Page<Enrolment> beyond = enrolments.find(UnitScope.EVERY, null, null, null, null, 5, 2);
        assertEquals(List.of(), beyond.items());
        assertEquals(5, beyond.total());
    }

    private void assertFind(List<Enrolment> expected, UnitScope scope, String template, EnrolmentStatus status,
            String responsible, PersonalIdentityNumber client) {
        Page<Enrolment> page = enrolments.find(scope, template, status, responsible, client, 0, 10);
        String query = scope + " " + template + " " + status + " " + responsible;
        assertEquals(expected, page.items(), query);
        assertEquals(expected.size(), page.total(), query + ": total");
    }

    private static Enrolment assignedTo(Enrolment e, String responsible) {
        return changed(e, responsible, e.end(), e.endReason(), e.status(), e.annulmentReason(), e.changedBy(),
                e.changedAt());
    }

    @Test
    void findActiveGivesTheEnrolmentsWhoseOccasionsMayBeOpen() {
        Enrolment ongoing = enrolments.insert(assignedTo(enrolment(ANNA, "NORR", ORS, "2026-01-01"), "bertil"));
        Enrolment endedOnTheDay = enrolments.insert(ended(enrolment(BO, "NORR", ORS, "2025-01-01"), "2025-06-30"));
        enrolments.insert(ended(enrolment(CECILIA, "NORR", ORS, "2025-01-01"), "2025-06-29"));
        Enrolment elsewhere = enrolments.insert(assignedTo(enrolment(BO, "SODER", TROSA, "2026-02-01"), "bertil"));
        Enrolment startsLater = enrolments.insert(enrolment(CECILIA, "NORR", TROSA, "2027-01-01"));
        enrolments.update(annulled(enrolments.insert(enrolment(ANNA, "SODER", TROSA, "2026-01-01")), "Fel"), 1,
                EnrolmentChangeKind.ANNULLED);
        LocalDate since = LocalDate.of(2025, 6, 30);

        assertEquals(List.of(ongoing, endedOnTheDay, elsewhere, startsLater),
                enrolments.findActive(UnitScope.EVERY, null, since));
        assertEquals(List.of(ongoing, endedOnTheDay, startsLater), enrolments.findActive(NORR, null, since));
        assertEquals(List.of(ongoing, elsewhere), enrolments.findActive(UnitScope.EVERY, "bertil", since));
        assertEquals(List.of(ongoing), enrolments.findActive(NORR, "bertil", since));
        assertEquals(List.of(ongoing, elsewhere, startsLater),
                enrolments.findActive(UnitScope.EVERY, null, since.plusDays(1)));
        assertEquals(List.of(), enrolments.findActive(UnitScope.NONE, null, since));
    }

    @Test
    void enrolledClientsAreThoseOfTheUnitAndTemplateNotAnnulledNorEndedBeforeTheDay() {
        enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-01-01"));
        enrolments.insert(ended(enrolment(BO, "NORR", ORS, "2025-01-01"), "2026-03-01"));
        enrolments.insert(ended(enrolment(CECILIA, "NORR", ORS, "2025-01-01"), "2026-02-28"));
        PersonalIdentityNumber david = TestPins.pin("20010101", 113);
        PersonalIdentityNumber eva = TestPins.pin("19880229", 242);
        enrolments.insert(enrolment(david, "NORR", ORS, "2026-09-01"));
        enrolments.update(annulled(enrolments.insert(enrolment(eva, "NORR", ORS, "2026-01-01")), "Fel"), 1,
                EnrolmentChangeKind.ANNULLED);
        enrolments.insert(enrolment(eva, "SODER", ORS, "2026-01-01"));
        enrolments.insert(enrolment(CECILIA, "NORR", TROSA, "2026-01-01"));

        assertEquals(Set.of(ANNA, BO, david), enrolments.enrolledClients("NORR", ORS, LocalDate.of(2026, 3, 1)));
        assertEquals(Set.of(ANNA, BO, CECILIA, david),
                enrolments.enrolledClients("NORR", ORS, LocalDate.of(2026, 2, 28)));
        assertEquals(Set.of(eva), enrolments.enrolledClients("SODER", ORS, LocalDate.of(2026, 3, 1)));
        assertEquals(Set.of(CECILIA), enrolments.enrolledClients("NORR", TROSA, LocalDate.of(2026, 3, 1)));
        assertEquals(Set.of(), enrolments.enrolledClients("VASTER", ORS, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void ofTwoOverlappingEnrolmentsOfOneClientWrittenAtOnceExactlyOneIsStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                // a client Följa does not know yet in even rounds: the two also race to make its row
                PersonalIdentityNumber client = round % 2 == 0 ? TestPins.pin("19800101", 100 + round) : ANNA;
                String template = "RACE_" + round;
                Enrolment winner = race(pool, "round " + round,
                        () -> enrolments.insert(enrolment(client, "NORR", template, "2026-01-01")),
                        () -> enrolments.insert(ended(enrolment(client, "SODER", template, "2025-06-01"),
                                "2026-01-01")));
                assertEquals(List.of(winner), enrolments.find(UnitScope.EVERY, template, null, null, null, 0, 10)
                        .items(), "round " + round);
                assertEquals(1, enrolments.revisions(winner.id()).size());
                assertEquals(1, clientRows(client));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEnrolmentWaitsWhileAnotherOfTheClientIsUncommittedAndThenSeesIt() throws Exception {
        enrolments.insert(enrolment(ANNA, "NORR", TROSA, "2026-01-01"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            // the first enrolment inside a transaction that stays open until the test lets it commit
            Future<Enrolment> first = pool.submit(() -> jpa().txExpr(TransactionType.Required, em -> {
                Enrolment stored = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-01-01"));
                written.countDown();
                try {
                    commit.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return stored;
            }));
            assertTrue(written.await(30, TimeUnit.SECONDS));
            Future<Enrolment> second = pool.submit(() -> enrolments.insert(ended(enrolment(ANNA, "SODER", ORS,
                    "2025-06-01"), "2026-01-01")));

            // it waits for the client's row (without the lock it would see nothing yet and be stored at once)
            assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS));
            commit.countDown();
            Enrolment winner = first.get(30, TimeUnit.SECONDS);
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> second.get(30, TimeUnit.SECONDS));
            assertInstanceOf(ConflictException.class, refused.getCause());
            assertTrue(refused.getCause().getMessage().contains("(enrolment " + winner.id() + ")"),
                    refused.getCause().getMessage());
            assertEquals(List.of(winner), enrolments.find(UnitScope.EVERY, ORS, null, null, null, 0, 10).items());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofTwoEndsOfOneRevisionAtOnceExactlyOneIsStored() throws Exception {
        Enrolment enrolled = enrolments.insert(enrolment(ANNA, "NORR", ORS, "2026-01-01"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Enrolment winner = race(pool, "end",
                    () -> enrolments.update(ended(enrolled, "2026-03-01"), 1, EnrolmentChangeKind.ENDED),
                    () -> enrolments.update(annulled(enrolled, "Fel"), 1, EnrolmentChangeKind.ANNULLED));
            assertEquals(2, winner.revision());
            assertEquals(Optional.of(winner), enrolments.find(enrolled.id()));
            assertEquals(2, enrolments.revisions(enrolled.id()).size());
        } finally {
            pool.shutdownNow();
        }
    }
}
