package se.folja.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.IsoWeek;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
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
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;
import se.folja.api.store.WeekCount;

/**
 * What the non-delivery, grant, pending-entry and write-back stores promise together, whatever the database:
 * one transaction per registration with its revision, outbox row and resolved pending entry.
 */
abstract class NonDeliveryStoreContract extends StoreTestSupport {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final Instant T1 = Instant.parse("2026-03-02T10:00:00.123Z");
    static final Instant T2 = Instant.parse("2026-03-03T11:00:00.456Z");
    /** Synthetic, Luhn-valid. */
    static final PersonalIdentityNumber ANNA = PersonalIdentityNumber.ofDigits("199503159825");
    static final PersonalIdentityNumber BO = PersonalIdentityNumber.ofDigits("199607049914");
    static final PersonalIdentityNumber CECILIA = PersonalIdentityNumber.ofDigits("199708729752");

    private JpaNonDeliveryStore nonDeliveries;
    private JpaGrantStore grants;
    private JpaPendingEntryStore pending;
    private JpaWriteBackStore outbox;

    @BeforeEach
    void createStores() {
        JpaListStore lists = new JpaListStore(jpa(), null);
        for (String unit : List.of("NORR", "SODER")) {
            lists.insert(ListKind.UNIT, new ListItem(unit, unit, unit, true, 1, "admin", T1));
        }
        nonDeliveries = new JpaNonDeliveryStore(jpa(), null);
        grants = new JpaGrantStore(jpa(), null);
        pending = new JpaPendingEntryStore(jpa(), null);
        outbox = new JpaWriteBackStore(jpa(), null);
    }

    static OffsetDateTime swedish(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SWEDEN).toOffsetDateTime();
    }

    static NonDelivery nd(String entry, PersonalIdentityNumber client, String unit, String start, String reason) {
        OffsetDateTime planned = swedish(start);
        return new NonDelivery(0, entry, client, unit, "BOENDESTOD", planned, IsoWeek.of(planned.toLocalDate()),
                reason, Initiator.CLIENT, null, NonDeliveryStatus.ACTIVE, null, "anna", T1, "anna", T1, 0);
    }

    static NonDeliveryQuery query(Set<String> units) {
        return new NonDeliveryQuery(null, null, units, null, null, null, null, false, NonDeliverySort.PLANNED_START,
                0, 100);
    }

    @Test
    void aRegistrationIsStoredWithItsRevisionItsWriteBackAndTheEntryStopsAwaiting() {
        assertTrue(pending.record(new PendingEntry("J-1", "NORR", ANNA, swedish("2026-03-02T09:30"), T1)));
        assertEquals(1, pending.awaiting(Set.of("NORR"), 0, 10).total());

        NonDelivery stored = nonDeliveries.insert(nd("J-1", ANNA, "NORR", "2026-03-02T09:30", "BORTREST"));

        assertTrue(stored.id() > 0);
        assertEquals(1, stored.version());
        assertEquals(ANNA, stored.client());
        assertEquals("2026-03-02T09:30+01:00", stored.plannedStart().toString());
        assertEquals(new IsoWeek(2026, 10), stored.week());
        assertEquals(Optional.of(stored), nonDeliveries.find(stored.id()));
        assertEquals(Optional.of(stored), nonDeliveries.findByJournalEntry("J-1"));
        assertEquals(0, pending.awaiting(Set.of("NORR"), 0, 10).total());
        assertFalse(pending.record(new PendingEntry("J-1", "NORR", null, null, T2)), "registered already");

        List<NonDeliveryRevision> history = nonDeliveries.history(stored.id());
        assertEquals(1, history.size());
        assertEquals(RevisionKind.REGISTERED, history.get(0).kind());
        assertEquals(stored, history.get(0).state());

        List<WriteBack> writeBacks = outbox.forNonDelivery(stored.id());
        assertEquals(1, writeBacks.size());
        assertEquals(WriteBackAction.SET_REASON, writeBacks.get(0).action());
        assertEquals("BORTREST", writeBacks.get(0).reasonCode());
        assertEquals(WriteBackState.PENDING, writeBacks.get(0).state());
        assertEquals(List.of(writeBacks.get(0)), outbox.due(T1, 10));
    }

    @Test
    void aJournalEntryHasOneRegistrationEvenWhenTwoArriveAtOnce() throws Exception {
        nonDeliveries.insert(nd("J-2", ANNA, "NORR", "2026-03-02T09:30", "BORTREST"));
        assertThrows(ConflictException.class,
                () -> nonDeliveries.insert(nd("J-2", BO, "NORR", "2026-03-02T09:30", "MAENDE")));
        assertEquals(0, clientRows(BO), "a refused registration leaves no client behind");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String entry = "J-race-" + round;
                PersonalIdentityNumber client = round % 2 == 0 ? CECILIA : BO;
                NonDelivery winner = race(pool, entry,
                        () -> nonDeliveries.insert(nd(entry, client, "NORR", "2026-03-04T09:00", "BORTREST")),
                        () -> nonDeliveries.insert(nd(entry, client, "SODER", "2026-03-04T09:00", "MAENDE")));
                assertEquals(Optional.of(winner), nonDeliveries.findByJournalEntry(entry));
                assertEquals(1, outbox.forNonDelivery(winner.id()).size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCorrectionKeepsTheEarlierStateAndAStaleOneChangesNothing() {
        NonDelivery stored = nonDeliveries.insert(nd("J-3", ANNA, "NORR", "2026-03-02T09:30", "BORTREST"));
        NonDelivery corrected = new NonDelivery(stored.id(), "J-3", ANNA, "NORR", "BOENDESTOD",
                stored.plannedStart(), stored.week(), "PERSONALBRIST", Initiator.ORGANISATION, "Sjuk personal",
                NonDeliveryStatus.ACTIVE, null, "anna", T1, "bertil", T2, 1);

        NonDelivery after = nonDeliveries.update(corrected, 1, RevisionKind.CORRECTED, List.of("reasonCode", "comment"),
                WriteBackAction.SET_REASON);

        assertEquals(2, after.version());
        assertEquals("PERSONALBRIST", after.reasonCode());
        assertEquals("bertil", after.changedBy());
        assertEquals("anna", after.registeredBy());
        assertThrows(ConflictException.class, () -> nonDeliveries.update(corrected, 1, RevisionKind.CORRECTED,
                List.of("reasonCode"), null));
        assertThrows(NotFoundException.class, () -> nonDeliveries.update(
                new NonDelivery(999_999, "J-x", ANNA, "NORR", "BOENDESTOD", stored.plannedStart(), stored.week(),
                        "MAENDE", Initiator.CLIENT, null, NonDeliveryStatus.ACTIVE, null, "a", T1, "a", T1, 1),
                1, RevisionKind.CORRECTED, List.of(), null));

        List<NonDeliveryRevision> history = nonDeliveries.history(stored.id());
        assertEquals(2, history.size());
        assertEquals("BORTREST", history.get(0).state().reasonCode());
        assertEquals(List.of(), history.get(0).changedFields());
        assertEquals(RevisionKind.CORRECTED, history.get(1).kind());
        assertEquals(List.of("reasonCode", "comment"), history.get(1).changedFields());
        assertEquals("Sjuk personal", history.get(1).state().comment());
        assertEquals(T2, history.get(1).changedAt());

        // the newer write-back supersedes the first; delivering it delivers both
        List<WriteBack> due = outbox.due(T2, 10);
        assertEquals(1, due.size());
        assertEquals("PERSONALBRIST", due.get(0).reasonCode());
        outbox.delivered(due.get(0).id(), T2);
        assertEquals(List.of(), outbox.due(T2, 10));
        List<WriteBack> both = outbox.forNonDelivery(stored.id());
        assertTrue(both.stream().allMatch(w -> w.state() == WriteBackState.DELIVERED));
        assertEquals(List.of(0, 1), both.stream().map(WriteBack::attempts).toList(), "the superseded one unsent");
    }

    @Test
    void searchFiltersSortsAndPagesWithATotal() {
        nonDeliveries.insert(nd("S-1", ANNA, "NORR", "2026-03-02T09:30", "BORTREST"));
        nonDeliveries.insert(nd("S-2", ANNA, "NORR", "2026-03-03T09:30", "MAENDE"));
        nonDeliveries.insert(nd("S-3", BO, "NORR", "2026-03-04T09:30", "BORTREST"));
        nonDeliveries.insert(nd("S-4", BO, "SODER", "2026-03-05T09:30", "BORTREST"));
        // midnight in Sweden is the day before in UTC: the Swedish day counts
        nonDeliveries.insert(nd("S-5", CECILIA, "SODER", "2026-03-06T00:30", "MAENDE"));

        assertEquals(5, nonDeliveries.search(query(Set.of())).total());
        assertEquals(3, nonDeliveries.search(query(Set.of("NORR"))).total());
        NonDeliveryQuery all = query(Set.of());
        assertEquals(List.of("S-2", "S-5"), entries(nonDeliveries.search(new NonDeliveryQuery(null, null, Set.of(),
                Set.of("MAENDE"), null, null, null, false, NonDeliverySort.PLANNED_START, 0, 10))));
        assertEquals(List.of("S-3", "S-4"), entries(nonDeliveries.search(new NonDeliveryQuery(null, null, Set.of(),
                null, null, null, BO, false, NonDeliverySort.PLANNED_START, 0, 10))));
        assertEquals(List.of("S-5"), entries(nonDeliveries.search(new NonDeliveryQuery(LocalDate.of(2026, 3, 6),
                LocalDate.of(2026, 3, 6), Set.of(), null, null, null, null, false, NonDeliverySort.PLANNED_START, 0,
                10))));
        assertEquals(0, nonDeliveries.search(new NonDeliveryQuery(null, null, Set.of(), null, Initiator.ORGANISATION,
                null, null, false, NonDeliverySort.PLANNED_START, 0, 10)).total());
        assertEquals(0, nonDeliveries.search(new NonDeliveryQuery(null, null, Set.of(), null, null,
                Set.of("BEHANDLING"), null, false, NonDeliverySort.PLANNED_START, 0, 10)).total());
        assertEquals(0, nonDeliveries.search(new NonDeliveryQuery(null, null, Set.of(), null, null, null,
                PersonalIdentityNumber.ofDigits("199001012385"), false, NonDeliverySort.PLANNED_START, 0, 10))
                .total(), "an unknown client matches nothing");

        Page<NonDelivery> page = nonDeliveries.search(new NonDeliveryQuery(null, null, Set.of(), null, null, null,
                null, false, NonDeliverySort.PLANNED_START_DESC, 1, 2));
        assertEquals(5, page.total());
        assertEquals(List.of("S-4", "S-3"), entries(page));
        assertEquals(List.of("S-1", "S-2"), entries(nonDeliveries.search(new NonDeliveryQuery(null, null, Set.of(),
                null, null, null, null, false, NonDeliverySort.REGISTERED_AT, 0, 2))));
        assertEquals(5, nonDeliveries.search(all).items().size());
    }

    @Test
    void anAnnulledRegistrationIsFoundOnlyOnRequestAndCountsInNoWeek() {
        NonDelivery stored = nonDeliveries.insert(nd("A-1", ANNA, "NORR", "2026-03-02T09:30", "BORTREST"));
        nonDeliveries.update(new NonDelivery(stored.id(), "A-1", ANNA, "NORR", "BOENDESTOD", stored.plannedStart(),
                stored.week(), "BORTREST", Initiator.CLIENT, null, NonDeliveryStatus.ANNULLED, "Fel brukare", "anna",
                T1, "anna", T2, 1), 1, RevisionKind.ANNULLED, List.of("status"), WriteBackAction.CLEAR_REASON);

        assertEquals(0, nonDeliveries.search(query(Set.of())).total());
        assertEquals(1, nonDeliveries.search(new NonDeliveryQuery(null, null, Set.of(), null, null, null, null, true,
                NonDeliverySort.PLANNED_START, 0, 10)).total());
        assertEquals(List.of(), nonDeliveries.cancellationsPerWeek(new WeekQuery(new IsoWeek(2026, 10),
                new IsoWeek(2026, 10), Set.of(), null, null)));
        List<WriteBack> due = outbox.due(T2, 10);
        assertEquals(1, due.size());
        assertEquals(WriteBackAction.CLEAR_REASON, due.get(0).action());
        assertEquals(null, due.get(0).reasonCode());
    }

    @Test
    void cancellationsAreCountedPerClientUnitAndWeekAcrossNewYear() {
        // 2026-12-31 (Thursday) and 2027-01-01 are in 2026-W53; 2027-01-04 starts 2027-W01
        nonDeliveries.insert(nd("W-1", ANNA, "NORR", "2026-12-31T10:00", "BORTREST"));
        nonDeliveries.insert(nd("W-2", ANNA, "NORR", "2027-01-01T10:00", "BORTREST"));
        nonDeliveries.insert(nd("W-3", ANNA, "NORR", "2027-01-04T10:00", "MAENDE"));
        nonDeliveries.insert(nd("W-4", BO, "SODER", "2027-01-05T10:00", "MAENDE"));

        List<WeekCount> counts = nonDeliveries.cancellationsPerWeek(new WeekQuery(new IsoWeek(2026, 53),
                new IsoWeek(2027, 1), Set.of(), null, null));
        assertEquals(3, counts.size());
        assertTrue(counts.contains(new WeekCount(ANNA, "NORR", new IsoWeek(2026, 53), 2)), counts.toString());
        assertTrue(counts.contains(new WeekCount(ANNA, "NORR", new IsoWeek(2027, 1), 1)), counts.toString());
        assertTrue(counts.contains(new WeekCount(BO, "SODER", new IsoWeek(2027, 1), 1)), counts.toString());
        assertEquals(List.of(new WeekCount(BO, "SODER", new IsoWeek(2027, 1), 1)),
                nonDeliveries.cancellationsPerWeek(new WeekQuery(new IsoWeek(2026, 53), new IsoWeek(2027, 1),
                        Set.of("SODER"), null, null)));
        assertEquals(List.of(new WeekCount(ANNA, "NORR", new IsoWeek(2027, 1), 1)),
                nonDeliveries.cancellationsPerWeek(new WeekQuery(new IsoWeek(2027, 1), new IsoWeek(2027, 1),
                        Set.of(), ANNA, "BOENDESTOD")));
    }

    @Test
    void grantsAreFoundByPeriodAndEndedWithTheirVersion() {
        Grant open = grants.insert(new Grant(0, ANNA, "NORR", "BOENDESTOD", 2, LocalDate.of(2026, 1, 5), null,
                "anna", T1, 0));
        Grant closed = grants.insert(new Grant(0, BO, "SODER", "BOENDESTOD", 3, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 2, 28), "anna", T1, 0));
        assertEquals(1, open.version());
        assertEquals(ANNA.birthDate(), open.client().birthDate());

        WeekQuery march = new WeekQuery(new IsoWeek(2026, 10), new IsoWeek(2026, 12), Set.of(), null, null);
        assertEquals(List.of(open), grants.validIn(march));
        WeekQuery february = new WeekQuery(new IsoWeek(2026, 9), new IsoWeek(2026, 9), Set.of(), null, null);
        assertEquals(2, grants.validIn(february).size(), "week 9 ends on 2026-03-01");
        assertEquals(List.of(closed), grants.validIn(new WeekQuery(new IsoWeek(2026, 9), new IsoWeek(2026, 9),
                Set.of("SODER"), null, null)));

        Grant ended = grants.end(open.id(), 1, LocalDate.of(2026, 3, 1), "bertil", T2);
        assertEquals(2, ended.version());
        assertEquals(LocalDate.of(2026, 3, 1), ended.validTo());
        assertThrows(ConflictException.class, () -> grants.end(open.id(), 1, LocalDate.of(2026, 4, 1), "x", T2));
        assertThrows(NotFoundException.class, () -> grants.end(999_999, 1, LocalDate.of(2026, 4, 1), "x", T2));
        assertEquals(List.of(), grants.validIn(march));

        Page<Grant> page = grants.search(new GrantQuery(Set.of(), null, null, null, null, 0, 1));
        assertEquals(2, page.total());
        assertEquals(1, page.items().size());
        assertEquals(1, grants.search(new GrantQuery(Set.of(), BO, null, null, null, 0, 10)).total());
        assertEquals(Optional.of(ended), grants.find(open.id()));
    }

    @Test
    void pendingEntriesAreListedPerUnitOldestPlannedStartFirst() {
        assertTrue(pending.record(new PendingEntry("P-1", "NORR", ANNA, swedish("2026-03-05T10:00"), T1)));
        assertTrue(pending.record(new PendingEntry("P-2", "NORR", null, null, T1)));
        assertTrue(pending.record(new PendingEntry("P-3", "NORR", BO, swedish("2026-03-04T10:00"), T2)));
        assertTrue(pending.record(new PendingEntry("P-4", "OKAND", null, null, T2)));
        assertFalse(pending.record(new PendingEntry("P-1", "NORR", null, null, T2)), "known already");

        Page<PendingEntry> norr = pending.awaiting(Set.of("NORR"), 0, 10);
        assertEquals(3, norr.total());
        assertEquals(List.of("P-3", "P-1", "P-2"), norr.items().stream().map(PendingEntry::journalEntryId).toList());
        assertEquals(ANNA, norr.items().get(1).client());
        assertEquals(4, pending.awaiting(Set.of(), 0, 10).total());
        assertEquals(List.of("P-1"), pending.awaiting(Set.of("NORR"), 1, 1).items().stream()
                .map(PendingEntry::journalEntryId).toList());

        // an entry whose event is recorded after its registration (the event is asynchronous) does not await
        nonDeliveries.insert(nd("P-5", ANNA, "SODER", "2026-03-05T10:00", "BORTREST"));
        jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Required, em -> {
            em.persist(se.folja.store.internal.entity.PendingEntryEntity.of(
                    new PendingEntry("P-5", "SODER", null, null, T2), null));
            return null;
        });
        assertEquals(0, pending.awaiting(Set.of("SODER"), 0, 10).total());
    }

    @Test
    void aWriteBackIsRetriedLaterOrRejectedAndListedByState() {
        NonDelivery stored = nonDeliveries.insert(nd("O-1", ANNA, "NORR", "2026-03-02T09:30", "BORTREST"));
        WriteBack first = outbox.due(T1, 10).get(0);

        outbox.retryLater(first.id(), 1, T2, "JournalUnavailableException");
        assertEquals(List.of(), outbox.due(T1, 10));
        WriteBack again = outbox.due(T2, 10).get(0);
        assertEquals(1, again.attempts());
        assertEquals("JournalUnavailableException", again.lastError());

        outbox.rejected(first.id(), 2, "UnknownEntryException");
        assertEquals(List.of(), outbox.due(T2.plusSeconds(3600), 10));
        assertEquals(WriteBackState.REJECTED, outbox.forNonDelivery(stored.id()).get(0).state());
        assertEquals(1, outbox.list(WriteBackState.REJECTED, 0, 10).total());
        assertEquals(0, outbox.list(WriteBackState.PENDING, 0, 10).total());
        assertEquals(1, outbox.list(null, 0, 10).total());
    }

    /** How many client rows hold the number: the only place it is stored. */
    private long clientRows(PersonalIdentityNumber number) throws Exception {
        try (java.sql.Connection connection = dataSource().getConnection();
                java.sql.PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM client WHERE pin = ?")) {
            count.setString(1, number.digits());
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> entries(Page<NonDelivery> page) {
        return page.items().stream().map(NonDelivery::journalEntryId).toList();
    }
}
