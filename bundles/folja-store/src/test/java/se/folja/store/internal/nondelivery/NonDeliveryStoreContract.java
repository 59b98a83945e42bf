package se.folja.store.internal.nondelivery;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.store.internal.NonDeliveryBuilder.aNonDelivery;
import static se.folja.store.internal.NonDeliveryBuilder.changeOf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.IsoWeek;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.NonDeliveryRevision;
import se.folja.api.nondelivery.NonDeliverySort;
import se.folja.api.nondelivery.NonDeliveryStatus;
import se.folja.api.nondelivery.PendingEntry;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.nondelivery.WriteBackState;
import se.folja.api.person.LegalGender;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.NonDeliveryTestSupport;
import se.folja.store.internal.TestPins;
import se.folja.store.internal.TestScopes;
import se.folja.store.internal.entity.ClientEntity;
import se.folja.store.spi.WeekCount;

/**
 * What {@link JpaNonDeliveryStore} promises, whatever the database: a registration is stored in one
 * transaction with its first revision, its write-back and its resolved pending entry; a journal entry has one
 * registration; changes are versioned and kept in the history; search and week counts follow Swedish days and
 * ISO weeks.
 */
abstract class NonDeliveryStoreContract extends NonDeliveryTestSupport {

    // ---------------------------------------------------------------- registration

    @Test
    void anImportedRegistrationIsMarkedHasAnImportedRevisionAndNoWriteBack() throws Exception {
        assertTrue(pending.record(new PendingEntry("H-1", "NORR", ANNA, null, T1)));
        NonDelivery given = aNonDelivery("H-1").build();

        NonDelivery stored = nonDeliveries.insertImported(given);

        assertTrue(stored.imported());
        assertEquals(1, stored.version());
        assertEquals(Optional.of(stored), nonDeliveries.find(stored.id()));
        assertEquals(List.of(new NonDeliveryRevision(1, RevisionKind.IMPORTED, stored.changedBy(), stored.changedAt(),
                List.of(), stored)), nonDeliveries.history(stored.id()));
        assertEquals(List.of(), outbox.forNonDelivery(stored.id()), "history is not written back");
        assertEquals(0, rows("journal_outbox"));
        assertEquals(0, pending.awaiting(TestScopes.of(Set.of("NORR")), 0, 10).total(), "its pending entry is resolved");
        assertThrows(ConflictException.class, () -> nonDeliveries.insertImported(aNonDelivery("H-1").build()));
        assertThrows(ConflictException.class, () -> nonDeliveries.insert(aNonDelivery("H-1").build()));

        // a registration made through the API is not imported; a correction keeps the mark
        assertFalse(nonDeliveries.insert(aNonDelivery("H-2").build()).imported());
        NonDelivery corrected = nonDeliveries.update(changeOf(stored).reason("MAENDE").build(), 1,
                RevisionKind.CORRECTED, List.of("reasonCode"), null);
        assertTrue(corrected.imported());
        assertTrue(nonDeliveries.history(stored.id()).stream().allMatch(r -> r.state().imported()));
    }

    @Test
    void aRegistrationIsStoredAtVersionOneWithItsFirstRevisionAndAWriteBackDueAtOnce() throws Exception {
        NonDelivery given = aNonDelivery("J-1").comment("Ringde och avbokade").build();
        NonDelivery stored = nonDeliveries.insert(new NonDelivery(12_345, "J-1", given.client(), given.unit(),
                given.interventionType(), given.plannedStart(), given.week(), given.reasonCode(), given.initiator(),
                given.comment(), given.status(), null, "anna", T1, "anna", T1, 7));

        assertNotEquals(12_345, stored.id(), "the given id is ignored");
        assertEquals(1, stored.version(), "the given version is ignored");
        assertEquals(new NonDelivery(stored.id(), "J-1", ANNA, "NORR", "BOENDESTOD",
                OffsetDateTime.parse("2026-03-02T09:30+01:00"), new IsoWeek(2026, 10), "BORTREST", Initiator.CLIENT,
                "Ringde och avbokade", NonDeliveryStatus.ACTIVE, null, "anna", T1, "anna", T1, 1), stored);
        assertEquals(Optional.of(stored), nonDeliveries.find(stored.id()));
        assertEquals(Optional.of(stored), nonDeliveries.findByJournalEntry("J-1"));
        assertEquals(Optional.empty(), nonDeliveries.find(stored.id() + 1));
        assertEquals(Optional.empty(), nonDeliveries.findByJournalEntry("J-2"));

        List<NonDeliveryRevision> history = nonDeliveries.history(stored.id());
        assertEquals(List.of(new NonDeliveryRevision(1, RevisionKind.REGISTERED, "anna", T1, List.of(), stored)),
                history);

        assertEquals(List.of(new WriteBack(outbox.forNonDelivery(stored.id()).get(0).id(), stored.id(), "J-1",
                WriteBackAction.SET_REASON, "BORTREST", WriteBackState.PENDING, 0, T1, T1, null, null)),
                outbox.forNonDelivery(stored.id()));

        // the only table with the digits; birth date and legal gender beside them
        assertEquals(1, clientRows(ANNA));
        assertEquals(1, count("SELECT COUNT(*) FROM client WHERE pin = ? AND birth_day = 19950315 AND legal_gender = ?",
                ANNA.digits(), LegalGender.FEMALE.name()));
    }

    @Test
    void aSecondRegistrationOfAJournalEntryIsAConflictThatStoresNothing() throws Exception {
        NonDelivery first = nonDeliveries.insert(aNonDelivery("J-2").build());

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> nonDeliveries.insert(aNonDelivery("J-2").client(BO).reason("MAENDE").build()));

        assertTrue(conflict.getMessage().contains("'J-2'"), conflict.getMessage());
        assertFalse(conflict.getMessage().contains(BO.digits().substring(2, 8)), "no personal data in the message");
        assertEquals(Optional.of(first), nonDeliveries.findByJournalEntry("J-2"));
        assertEquals(0, clientRows(BO), "a refused registration leaves no client behind");
        assertEquals(1, rows("non_delivery"));
        assertEquals(1, rows("non_delivery_revision"));
        assertEquals(1, rows("journal_outbox"));
    }

    @Test
    void ofTwoRegistrationsOfOneJournalEntryAtOnceExactlyOneIsStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String entry = "J-race-" + round;
                // a new client in even rounds: the two also race to create it
                PersonalIdentityNumber client = round % 2 == 0 ? TestPins.pin("19800101", 100 + round) : ANNA;
                NonDelivery winner = race(pool, entry,
                        () -> nonDeliveries.insert(aNonDelivery(entry).client(client).build()),
                        () -> nonDeliveries.insert(aNonDelivery(entry).client(client).unit("SODER").reason("MAENDE")
                                .build()));
                assertEquals(Optional.of(winner), nonDeliveries.findByJournalEntry(entry));
                assertEquals(1, outbox.forNonDelivery(winner.id()).size());
                assertEquals(1, nonDeliveries.history(winner.id()).size());
                assertEquals(1, clientRows(client));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writesForOneNewClientAtOnceAllSucceedAndShareOneClientRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                PersonalIdentityNumber client = TestPins.pin("19850615", 200 + round);
                String a = "N-" + round + "-a";
                String b = "N-" + round + "-b";
                String p = "N-" + round + "-p";
                List<Object> results = together(pool, "round " + round,
                        () -> nonDeliveries.insert(aNonDelivery(a).client(client).build()),
                        () -> nonDeliveries.insert(aNonDelivery(b).client(client).unit("SODER").build()),
                        () -> grants.insert(new Grant(0, client, "NORR", "BOENDESTOD", 2, LocalDate.of(2026, 1, 5),
                                null, "anna", T1, 0)),
                        () -> pending.record(new PendingEntry(p, "NORR", client, null, T1)));

                assertEquals(1, clientRows(client), "round " + round);
                assertEquals(client, nonDeliveries.findByJournalEntry(a).orElseThrow().client());
                assertEquals(client, nonDeliveries.findByJournalEntry(b).orElseThrow().client());
                assertEquals(client, ((Grant) results.get(2)).client());
                assertEquals(true, results.get(3), "the pending entry was recorded");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRegistrationThatFailsLeavesNothingBehind() throws Exception {
        PersonalIdentityNumber david = TestPins.pin("19900220", 313);
        assertTrue(pending.record(new PendingEntry("F-1", "NORR", null, null, T1)));

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> nonDeliveries.insert(aNonDelivery("F-1").client(david).reason("FINNS_INTE").build()));

        assertFalse(failure instanceof ConflictException, "an unknown reason is no lost race");
        assertEquals(0, clientRows(david));
        assertEquals(0, rows("non_delivery"));
        assertEquals(0, rows("non_delivery_revision"));
        assertEquals(0, rows("journal_outbox"));
        assertEquals(1, pending.awaiting(TestScopes.of(Set.of()), 0, 10).total(), "the entry still awaits a reason");
    }

    @Test
    void noStoreFailureCarriesPersonalDataInItsMessages() {
        nonDeliveries.insert(aNonDelivery("L-1").client(ANNA).build());
        JpaTransactions tx = new JpaTransactions(jpa());

        // a second row with the same number, as the loser of a race would write it: drivers quote the key
        ConflictException lost = assertThrows(ConflictException.class, () -> tx.write("the client exists already",
                em -> {
                    em.persist(ClientEntity.of(ANNA));
                    em.flush();
                    return null;
                }));
        assertEquals("The client exists already. Read it again and retry.", lost.getMessage());
        assertNoMessageMentions(lost, ANNA.digits());

        // a comment too long for its column: drivers quote the refused value
        String comment = "Hemlig anteckning " + "x".repeat(2000);
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> nonDeliveries.insert(aNonDelivery("L-2").client(BO).comment(comment).build()));
        assertNoMessageMentions(refused, "Hemlig", BO.digits());
        assertEquals(0, TestScopes.searchScoped(nonDeliveries, search().client(BO).query()).total());
    }

    @Test
    void aPlannedStartKeepsItsSwedishOffsetDayAndWeekAcrossDaylightSavingTime() {
        // 2026-03-29 (Sunday, W13): 02:00-03:00 does not exist; 2026-10-25 (Sunday, W43): 02:00-03:00 happens twice
        OffsetDateTime firstHalfPastTwo = OffsetDateTime.parse("2026-10-25T02:30+02:00");
        OffsetDateTime secondHalfPastTwo = OffsetDateTime.parse("2026-10-25T02:30+01:00");
        List<NonDelivery> stored = List.of(
                nonDeliveries.insert(aNonDelivery("D-1").plannedAt("2026-03-29T01:30").build()),
                nonDeliveries.insert(aNonDelivery("D-2").plannedAt("2026-03-29T03:30").build()),
                nonDeliveries.insert(aNonDelivery("D-3").plannedAt("2026-03-29T23:30").build()),
                nonDeliveries.insert(aNonDelivery("D-4").plannedAt("2026-03-30T00:30").build()),
                nonDeliveries.insert(aNonDelivery("D-5").plannedAt(firstHalfPastTwo).build()),
                nonDeliveries.insert(aNonDelivery("D-6").plannedAt(secondHalfPastTwo).build()),
                nonDeliveries.insert(aNonDelivery("D-7").plannedAt("2026-10-26T00:30").build()));

        assertEquals(List.of("2026-03-29T01:30+01:00", "2026-03-29T03:30+02:00", "2026-03-29T23:30+02:00",
                "2026-03-30T00:30+02:00", "2026-10-25T02:30+02:00", "2026-10-25T02:30+01:00",
                "2026-10-26T00:30+01:00"), stored.stream().map(n -> n.plannedStart().toString()).toList());
        assertEquals(List.of(13, 13, 13, 14, 43, 43, 44), stored.stream().map(n -> n.week().week()).toList());
        for (NonDelivery n : stored) {
            assertEquals(Optional.of(n), nonDeliveries.find(n.id()), n.journalEntryId());
            assertEquals(n, nonDeliveries.history(n.id()).get(0).state(), n.journalEntryId());
        }

        assertEquals(List.of("D-1", "D-2", "D-3"), entries(TestScopes.searchScoped(nonDeliveries, period("2026-03-29", "2026-03-29"))));
        assertEquals(List.of("D-4"), entries(TestScopes.searchScoped(nonDeliveries, period("2026-03-30", "2026-03-30"))));
        assertEquals(List.of("D-5", "D-6"), entries(TestScopes.searchScoped(nonDeliveries, period("2026-10-25", "2026-10-25"))));
        assertEquals(List.of("D-7"), entries(TestScopes.searchScoped(nonDeliveries, period("2026-10-26", "2026-10-26"))));
    }

    // ---------------------------------------------------------------- corrections, annulments, history

    @Test
    void aCorrectionRaisesTheVersionByOneAndTheHistoryKeepsEveryEarlierState() {
        PersonalIdentityNumber erik = TestPins.pin("19781130", 457);
        NonDelivery registered = nonDeliveries.insert(aNonDelivery("H-1").build());

        // moved to a client the store has never seen, another unit, another reason
        NonDelivery corrected = nonDeliveries.update(changeOf(registered).client(erik).unit("SODER")
                        .reason("PERSONALBRIST").comment("Sjuk personal").changed("bertil", T2).build(), 1,
                RevisionKind.CORRECTED, List.of("client", "unit", "reasonCode", "comment"), WriteBackAction.SET_REASON);
        assertAll(
                () -> assertEquals(2, corrected.version()),
                () -> assertEquals(erik, corrected.client()),
                () -> assertEquals("SODER", corrected.unit()),
                () -> assertEquals(Initiator.ORGANISATION, corrected.initiator()),
                () -> assertEquals("anna", corrected.registeredBy()),
                () -> assertEquals(T1, corrected.registeredAt()),
                () -> assertEquals("bertil", corrected.changedBy()),
                () -> assertEquals(T2, corrected.changedAt()),
                () -> assertEquals(Optional.of(corrected), nonDeliveries.find(registered.id())));

        // a change that needs no write-back
        NonDelivery commented = nonDeliveries.update(changeOf(corrected).comment(null).changed("cecilia", T3).build(),
                2, RevisionKind.CORRECTED, List.of("comment"), null);
        assertEquals(3, commented.version());
        assertNull(commented.comment());

        NonDelivery annulled = nonDeliveries.update(changeOf(commented).annulled("Fel brukare").changed("bertil", T3)
                .build(), 3, RevisionKind.ANNULLED, List.of("status"), WriteBackAction.CLEAR_REASON);
        assertEquals(4, annulled.version());
        assertEquals(NonDeliveryStatus.ANNULLED, annulled.status());
        assertEquals("Fel brukare", annulled.annulmentReason());

        List<NonDeliveryRevision> history = nonDeliveries.history(registered.id());
        assertEquals(List.of(1L, 2L, 3L, 4L), history.stream().map(NonDeliveryRevision::revision).toList());
        assertEquals(List.of(RevisionKind.REGISTERED, RevisionKind.CORRECTED, RevisionKind.CORRECTED,
                RevisionKind.ANNULLED), history.stream().map(NonDeliveryRevision::kind).toList());
        assertEquals(List.of(List.of(), List.of("client", "unit", "reasonCode", "comment"), List.of("comment"),
                List.of("status")), history.stream().map(NonDeliveryRevision::changedFields).toList());
        assertEquals(List.of(registered, corrected, commented, annulled),
                history.stream().map(NonDeliveryRevision::state).toList());
        assertEquals(ANNA, history.get(0).state().client(), "the earlier client stays in the history");

        List<WriteBack> writeBacks = outbox.forNonDelivery(registered.id());
        assertEquals(List.of(WriteBackAction.SET_REASON, WriteBackAction.SET_REASON, WriteBackAction.CLEAR_REASON),
                writeBacks.stream().map(WriteBack::action).toList());
        assertEquals(List.of(T1, T2, T3), writeBacks.stream().map(WriteBack::createdAt).toList());
        assertEquals(Arrays.asList("BORTREST", "PERSONALBRIST", null),
                writeBacks.stream().map(WriteBack::reasonCode).toList());
    }

    @Test
    void aStaleOrUnknownRegistrationCannotBeChanged() throws Exception {
        NonDelivery registered = nonDeliveries.insert(aNonDelivery("H-2").build());
        NonDelivery corrected = nonDeliveries.update(changeOf(registered).reason("MAENDE").changed("bertil", T2)
                .build(), 1, RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON);

        ConflictException stale = assertThrows(ConflictException.class, () -> nonDeliveries.update(
                changeOf(registered).reason("FEL_TID").changed("cecilia", T3).build(), 1, RevisionKind.CORRECTED,
                List.of("reasonCode"), WriteBackAction.SET_REASON));
        assertTrue(stale.getMessage().contains("version 2"), stale.getMessage());
        assertEquals(Optional.of(corrected), nonDeliveries.find(registered.id()));
        assertEquals(2, nonDeliveries.history(registered.id()).size());
        assertEquals(2, outbox.forNonDelivery(registered.id()).size());

        NonDelivery unknown = changeOf(registered).build();
        assertThrows(NotFoundException.class, () -> nonDeliveries.update(new NonDelivery(999_999,
                unknown.journalEntryId(), unknown.client(), unknown.unit(), unknown.interventionType(),
                unknown.plannedStart(), unknown.week(), unknown.reasonCode(), unknown.initiator(), null,
                NonDeliveryStatus.ACTIVE, null, "anna", T1, "anna", T1, 1), 1, RevisionKind.CORRECTED, List.of(),
                null));
        assertEquals(List.of(), nonDeliveries.history(999_999));
        assertEquals(1, rows("non_delivery"));
    }

    @Test
    void ofTwoCorrectionsOfTheSameVersionAtOnceExactlyOneIsStored() throws Exception {
        NonDelivery registered = nonDeliveries.insert(aNonDelivery("H-3").build());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                NonDelivery current = nonDeliveries.find(registered.id()).orElseThrow();
                long version = current.version();
                NonDelivery winner = race(pool, "round " + round,
                        () -> nonDeliveries.update(changeOf(current).reason("MAENDE").changed("anna", T2).build(),
                                version, RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON),
                        () -> nonDeliveries.update(changeOf(current).reason("FEL_TID").changed("bo", T3).build(),
                                version, RevisionKind.CORRECTED, List.of("reasonCode"), WriteBackAction.SET_REASON));
                assertEquals(version + 1, winner.version());
                assertEquals(Optional.of(winner), nonDeliveries.find(registered.id()));
                assertEquals(version + 1, nonDeliveries.history(registered.id()).size());
                assertEquals(version + 1, outbox.forNonDelivery(registered.id()).size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- search

    @Test
    void eachSearchFilterNarrowsTheMatchesAndTheirTotal() {
        nonDeliveries.insert(aNonDelivery("S-1").client(ANNA).plannedAt("2026-03-02T09:30").build());
        nonDeliveries.insert(aNonDelivery("S-2").client(ANNA).type("HEMTJANST_SOCIAL_SAMVARO")
                .plannedAt("2026-03-03T09:30").reason("MAENDE").build());
        nonDeliveries.insert(aNonDelivery("S-3").client(BO).plannedAt("2026-03-04T09:30").reason("PERSONALBRIST")
                .build());
        nonDeliveries.insert(aNonDelivery("S-4").client(BO).unit("SODER").plannedAt("2026-03-05T09:30").build());
        // half past midnight in Sweden is the day before in UTC: the Swedish day counts
        nonDeliveries.insert(aNonDelivery("S-5").client(CECILIA).unit("SODER").type("HEMTJANST_SOCIAL_SAMVARO")
                .plannedAt("2026-03-06T00:30").reason("MAENDE").build());
        NonDelivery s6 = nonDeliveries.insert(aNonDelivery("S-6").client(CECILIA).unit("VASTER")
                .plannedAt("2026-03-09T10:00").reason("PERSONALBRIST").build());
        nonDeliveries.update(changeOf(s6).annulled("Fel").changed("anna", T2).build(), 1, RevisionKind.ANNULLED,
                List.of("status"), WriteBackAction.CLEAR_REASON);

        assertMatches(List.of("S-1", "S-2", "S-3", "S-4", "S-5"), search());
        assertMatches(List.of("S-1", "S-2", "S-3", "S-4", "S-5", "S-6"), search().includeAnnulled());
        assertMatches(List.of("S-1", "S-2", "S-3"), search().units("NORR"));
        assertMatches(List.of("S-4", "S-5"), search().units("SODER", "VASTER"));
        assertMatches(List.of("S-4", "S-5", "S-6"), search().units("SODER", "VASTER").includeAnnulled());
        assertMatches(List.of("S-2", "S-5"), search().reasons("MAENDE"));
        assertMatches(List.of("S-2", "S-3", "S-5"), search().reasons("MAENDE", "PERSONALBRIST"));
        assertMatches(List.of("S-3"), search().initiator(Initiator.ORGANISATION));
        assertMatches(List.of("S-1", "S-2", "S-4", "S-5"), search().initiator(Initiator.CLIENT));
        assertMatches(List.of("S-2", "S-5"), search().types("HEMTJANST_SOCIAL_SAMVARO"));
        assertMatches(List.of("S-3", "S-4"), search().client(BO));
        assertMatches(List.of(), search().client(TestPins.pin("19900101", 238)));
        assertMatches(List.of("S-2", "S-3", "S-4"), search().from("2026-03-03").to("2026-03-05"));
        assertMatches(List.of("S-5"), search().from("2026-03-06").to("2026-03-06"));
        assertMatches(List.of("S-4", "S-5"), search().from("2026-03-05"));
        assertMatches(List.of("S-1"), search().to("2026-03-02"));
        assertMatches(List.of("S-2"), search().units("NORR").initiator(Initiator.CLIENT).from("2026-03-03"));
        assertMatches(List.of(), search().units("VASTER"));
    }

    @Test
    void aPeriodRunsFromSwedishMidnightToSwedishMidnightOnBothSidesOfTheClockChange() {
        nonDeliveries.insert(aNonDelivery("D-1").plannedAt("2026-03-28T23:59").build());   // winter time, UTC+1
        nonDeliveries.insert(aNonDelivery("D-2").plannedAt("2026-03-29T00:00").build());
        nonDeliveries.insert(aNonDelivery("D-3").plannedAt("2026-03-29T23:59").build());   // summer time, UTC+2
        nonDeliveries.insert(aNonDelivery("D-4").plannedAt("2026-03-30T00:00").build());
        nonDeliveries.insert(aNonDelivery("D-5").plannedAt("2026-10-25T23:30").build());   // the 25-hour day
        assertMatches(List.of("D-2", "D-3"), search().from("2026-03-29").to("2026-03-29"));
        assertMatches(List.of("D-1", "D-2", "D-3"), search().to("2026-03-29"));
        assertMatches(List.of("D-4", "D-5"), search().from("2026-03-30"));
        assertMatches(List.of("D-5"), search().from("2026-10-25").to("2026-10-25"));
    }

    @Test
    void searchSortsInEachOrderWithTheIdAsTieBreakerInTheSameDirection() {
        nonDeliveries.insert(aNonDelivery("O-1").plannedAt("2026-03-04T09:00").registered("anna", T3).build());
        nonDeliveries.insert(aNonDelivery("O-2").plannedAt("2026-03-02T09:00").registered("anna", T1).build());
        nonDeliveries.insert(aNonDelivery("O-3").plannedAt("2026-03-04T09:00").registered("anna", T2).build());
        nonDeliveries.insert(aNonDelivery("O-4").plannedAt("2026-03-03T09:00").registered("anna", T2).build());

        assertEquals(List.of("O-2", "O-4", "O-1", "O-3"),
                entries(TestScopes.searchScoped(nonDeliveries, search().sort(NonDeliverySort.PLANNED_START).query())));
        assertEquals(List.of("O-3", "O-1", "O-4", "O-2"),
                entries(TestScopes.searchScoped(nonDeliveries, search().sort(NonDeliverySort.PLANNED_START_DESC).query())));
        assertEquals(List.of("O-2", "O-3", "O-4", "O-1"),
                entries(TestScopes.searchScoped(nonDeliveries, search().sort(NonDeliverySort.REGISTERED_AT).query())));
        assertEquals(List.of("O-1", "O-4", "O-3", "O-2"),
                entries(TestScopes.searchScoped(nonDeliveries, search().sort(NonDeliverySort.REGISTERED_AT_DESC).query())));
    }

    @Test
    void searchPagesThroughTheMatchesWithTheirTotalOnEveryPage() {
        for (int day = 1; day <= 7; day++) {
            nonDeliveries.insert(aNonDelivery("P-" + day).plannedAt("2026-04-0" + day + "T10:00").build());
        }
        // another unit's registrations are not counted
        nonDeliveries.insert(aNonDelivery("P-x").unit("SODER").plannedAt("2026-04-03T10:00").build());

        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            Page<NonDelivery> page = TestScopes.searchScoped(nonDeliveries, search().units("NORR").page(offset, 3).query());
            assertEquals(7, page.total(), "offset " + offset);
            assertEquals(offset, page.offset());
            assertEquals(3, page.limit());
            assertEquals(offset < 6 ? 3 : 1, page.items().size(), "offset " + offset);
            pages.addAll(entries(page));
        }
        assertEquals(List.of("P-1", "P-2", "P-3", "P-4", "P-5", "P-6", "P-7"), pages);
        Page<NonDelivery> beyond = TestScopes.searchScoped(nonDeliveries, search().units("NORR").page(7, 3).query());
        assertEquals(List.of(), beyond.items());
        assertEquals(7, beyond.total());
        assertEquals(List.of("P-7", "P-6"), entries(TestScopes.searchScoped(nonDeliveries, search().units("NORR")
                .sort(NonDeliverySort.PLANNED_START_DESC).page(0, 2).query())));
    }

    // ---------------------------------------------------------------- week counts

    @Test
    void cancellationsAreCountedPerClientUnitAndIsoWeekAcrossNewYear() {
        // 2026 has 53 ISO weeks: 2026-12-28 to 2027-01-03 is 2026-W53; 2027-01-04 starts 2027-W01
        nonDeliveries.insert(aNonDelivery("W-0").plannedAt("2026-12-27T23:30").build());
        nonDeliveries.insert(aNonDelivery("W-1").plannedAt("2026-12-28T00:30").build());
        nonDeliveries.insert(aNonDelivery("W-2").plannedAt("2027-01-01T10:00").build());
        nonDeliveries.insert(aNonDelivery("W-3").plannedAt("2027-01-03T23:30").reason("MAENDE").build());
        nonDeliveries.insert(aNonDelivery("W-4").plannedAt("2027-01-04T00:30").reason("MAENDE").build());
        nonDeliveries.insert(aNonDelivery("W-5").client(BO).unit("SODER").plannedAt("2027-01-05T10:00").build());
        nonDeliveries.insert(aNonDelivery("W-6").plannedAt("2027-01-11T10:00").build());

        assertEquals(new IsoWeek(2026, 53), nonDeliveries.findByJournalEntry("W-2").orElseThrow().week());
        assertEquals(Set.of(new WeekCount(ANNA, "NORR", new IsoWeek(2026, 53), 3),
                new WeekCount(ANNA, "NORR", new IsoWeek(2027, 1), 1),
                new WeekCount(BO, "SODER", new IsoWeek(2027, 1), 1)),
                Set.copyOf(TestScopes.cancellationsPerWeekScoped(nonDeliveries, weeks(2026, 53, 2027, 1))));
        assertEquals(Set.of(new WeekCount(ANNA, "NORR", new IsoWeek(2026, 52), 1),
                new WeekCount(ANNA, "NORR", new IsoWeek(2026, 53), 3)),
                Set.copyOf(TestScopes.cancellationsPerWeekScoped(nonDeliveries, weeks(2026, 52, 2026, 53))));
        assertEquals(List.of("W-1", "W-2", "W-3"), entries(TestScopes.searchScoped(nonDeliveries, period("2026-12-28", "2027-01-03"))));
    }

    @Test
    void cancellationsAreCountedInTheSwedishWeekAcrossDaylightSavingTime() {
        // Sunday evening in Sweden; Monday 00:30 in Sweden is still Sunday in UTC
        nonDeliveries.insert(aNonDelivery("T-1").plannedAt("2026-03-29T01:30").build());
        nonDeliveries.insert(aNonDelivery("T-2").plannedAt("2026-03-29T23:30").build());
        nonDeliveries.insert(aNonDelivery("T-3").plannedAt("2026-03-30T00:30").build());
        nonDeliveries.insert(aNonDelivery("T-4").plannedAt(OffsetDateTime.parse("2026-10-25T02:30+02:00")).build());
        nonDeliveries.insert(aNonDelivery("T-5").plannedAt(OffsetDateTime.parse("2026-10-25T02:30+01:00")).build());
        nonDeliveries.insert(aNonDelivery("T-6").plannedAt("2026-10-26T00:30").build());

        assertEquals(Set.of(new WeekCount(ANNA, "NORR", new IsoWeek(2026, 13), 2),
                new WeekCount(ANNA, "NORR", new IsoWeek(2026, 14), 1)),
                Set.copyOf(TestScopes.cancellationsPerWeekScoped(nonDeliveries, weeks(2026, 13, 2026, 14))));
        assertEquals(Set.of(new WeekCount(ANNA, "NORR", new IsoWeek(2026, 43), 2),
                new WeekCount(ANNA, "NORR", new IsoWeek(2026, 44), 1)),
                Set.copyOf(TestScopes.cancellationsPerWeekScoped(nonDeliveries, weeks(2026, 43, 2026, 44))));
    }

    @Test
    void weekCountsFollowTheUnitClientAndTypeFiltersAndLeaveAnnulledOnesOut() {
        nonDeliveries.insert(aNonDelivery("C-1").plannedAt("2026-03-02T10:00").build());
        nonDeliveries.insert(aNonDelivery("C-2").type("BEHANDLING").plannedAt("2026-03-03T10:00").build());
        nonDeliveries.insert(aNonDelivery("C-3").client(BO).plannedAt("2026-03-04T10:00").build());
        nonDeliveries.insert(aNonDelivery("C-4").client(BO).unit("SODER").plannedAt("2026-03-10T10:00").build());
        NonDelivery annulled = nonDeliveries.insert(aNonDelivery("C-5").client(CECILIA).plannedAt("2026-03-05T10:00")
                .build());
        nonDeliveries.update(changeOf(annulled).annulled("Fel").changed("anna", T2).build(), 1,
                RevisionKind.ANNULLED, List.of("status"), WriteBackAction.CLEAR_REASON);
        IsoWeek w10 = new IsoWeek(2026, 10);
        IsoWeek w11 = new IsoWeek(2026, 11);

        assertEquals(Set.of(new WeekCount(ANNA, "NORR", w10, 2), new WeekCount(BO, "NORR", w10, 1),
                new WeekCount(BO, "SODER", w11, 1)), Set.copyOf(TestScopes.cancellationsPerWeekScoped(nonDeliveries, new WeekQuery(w10, w11, Set.of(), null, null))));
        assertEquals(Set.of(new WeekCount(ANNA, "NORR", w10, 2), new WeekCount(BO, "NORR", w10, 1)),
                Set.copyOf(TestScopes.cancellationsPerWeekScoped(nonDeliveries, new WeekQuery(w10, w11, Set.of("NORR"), null, null))));
        assertEquals(Set.of(new WeekCount(BO, "NORR", w10, 1), new WeekCount(BO, "SODER", w11, 1)),
                Set.copyOf(TestScopes.cancellationsPerWeekScoped(nonDeliveries, new WeekQuery(w10, w11, Set.of(), BO, null))));
        assertEquals(Set.of(new WeekCount(ANNA, "NORR", w10, 1)), Set.copyOf(TestScopes.cancellationsPerWeekScoped(nonDeliveries, new WeekQuery(w10, w11, Set.of(), null, "BEHANDLING"))));
        assertEquals(List.of(), TestScopes.cancellationsPerWeekScoped(nonDeliveries, new WeekQuery(w10, w11, Set.of(), CECILIA, null)),
                "annulled registrations count in no week");
        assertEquals(List.of(), TestScopes.cancellationsPerWeekScoped(nonDeliveries, new WeekQuery(w10, w11, Set.of(), TestPins.pin("19900101", 238), null)), "an unknown client");
        assertEquals(Set.of(new WeekCount(BO, "SODER", w11, 1)),
                Set.copyOf(TestScopes.cancellationsPerWeekScoped(nonDeliveries, new WeekQuery(w11, w11, Set.of(), null, null))));
    }

    // ---------------------------------------------------------------- helpers

    /** Asserts that no exception in the chain (causes and suppressed ones) has any of the texts in its message. */
    private static void assertNoMessageMentions(Throwable failure, String... texts) {
        List<Throwable> all = new ArrayList<>();
        collect(failure, all);
        for (Throwable t : all) {
            for (String text : texts) {
                assertFalse(String.valueOf(t.getMessage()).contains(text),
                        t.getClass().getName() + " mentions personal data");
            }
        }
    }

    private static void collect(Throwable failure, List<Throwable> all) {
        if (failure == null || all.contains(failure)) {
            return;
        }
        all.add(failure);
        collect(failure.getCause(), all);
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, all);
        }
    }

    private static List<String> entries(Page<NonDelivery> page) {
        return page.items().stream().map(NonDelivery::journalEntryId).toList();
    }

    private void assertMatches(List<String> expected, Search search) {
        Page<NonDelivery> all = TestScopes.searchScoped(nonDeliveries, search.query());
        assertEquals(expected, entries(all), search.toString());
        assertEquals(expected.size(), all.total(), search + ": total");
        if (expected.size() > 1) {
            // the total is the whole result's, not the page's
            Page<NonDelivery> first = TestScopes.searchScoped(nonDeliveries, search.page(0, 1).query());
            assertEquals(expected.subList(0, 1), entries(first), search + ": first page");
            assertEquals(expected.size(), first.total(), search + ": total with one per page");
        }
    }

    private static NonDeliveryQuery period(String from, String to) {
        return search().from(from).to(to).query();
    }

    private static WeekQuery weeks(int fromYear, int fromWeek, int toYear, int toWeek) {
        return new WeekQuery(new IsoWeek(fromYear, fromWeek), new IsoWeek(toYear, toWeek), Set.of(), null, null);
    }

    private static Search search() {
        return new Search();
    }

    /** A search under construction: everything matches until a filter is set. */
    private static final class Search {
        private LocalDate from;
        private LocalDate to;
        private Set<String> units = Set.of();
        private Set<String> reasons = Set.of();
        private Initiator initiator;
        private Set<String> types = Set.of();
        private PersonalIdentityNumber client;
        private boolean includeAnnulled;
        private NonDeliverySort sort = NonDeliverySort.PLANNED_START;
        private int offset;
        private int limit = 100;

        Search from(String day) {
            from = LocalDate.parse(day);
            return this;
        }

        Search to(String day) {
            to = LocalDate.parse(day);
            return this;
        }

        Search units(String... codes) {
            units = Set.of(codes);
            return this;
        }

        Search reasons(String... codes) {
            reasons = Set.of(codes);
            return this;
        }

        Search initiator(Initiator value) {
            initiator = value;
            return this;
        }

        Search types(String... codes) {
            types = Set.of(codes);
            return this;
        }

        Search client(PersonalIdentityNumber value) {
            client = value;
            return this;
        }

        Search includeAnnulled() {
            includeAnnulled = true;
            return this;
        }

        Search sort(NonDeliverySort value) {
            sort = value;
            return this;
        }

        Search page(int newOffset, int newLimit) {
            offset = newOffset;
            limit = newLimit;
            return this;
        }

        NonDeliveryQuery query() {
            return new NonDeliveryQuery(from, to, units, reasons, initiator, types, client, includeAnnulled, sort,
                    offset, limit);
        }

        @Override
        public String toString() {
            return query().toString() + (initiator == null ? "" : " " + initiator)
                    + (types.isEmpty() ? "" : " " + types) + (includeAnnulled ? " with annulled" : "");
        }
    }
}
