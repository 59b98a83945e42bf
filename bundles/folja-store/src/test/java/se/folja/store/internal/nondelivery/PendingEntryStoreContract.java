package se.folja.store.internal.nondelivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.store.internal.NonDeliveryBuilder.aNonDelivery;
import static se.folja.store.internal.NonDeliveryBuilder.swedish;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;

import se.folja.api.Page;
import se.folja.api.nondelivery.PendingEntry;
import se.folja.store.internal.NonDeliveryTestSupport;
import se.folja.store.internal.TestScopes;
import se.folja.store.internal.entity.PendingEntryEntity;

/**
 * What {@link JpaPendingEntryStore} promises, whatever the database: a host journal entry is recorded once,
 * awaits a reason until a registration names it, and is listed oldest planned start first.
 */
abstract class PendingEntryStoreContract extends NonDeliveryTestSupport {

    static final Instant T0 = T1.minusSeconds(3600);

    @Test
    void anEntryIsRecordedOnceWithWhatTheHostSent() {
        PendingEntry winter = new PendingEntry("P-1", "NORR", ANNA, swedish("2026-03-05T10:00"), T1);
        PendingEntry summer = new PendingEntry("P-2", "NORR", CECILIA, swedish("2026-06-01T10:00"), T1);

        assertTrue(pending.record(winter));
        assertTrue(pending.record(summer));
        assertFalse(pending.record(new PendingEntry("P-1", "SODER", BO, null, T2)), "known already");

        assertEquals(List.of(winter, summer), pending.awaiting(TestScopes.of(Set.of()), 0, 10).items());
        assertEquals("2026-06-01T10:00+02:00", pending.awaiting(TestScopes.of(Set.of()), 0, 10).items().get(1).plannedStart()
                .toString());
    }

    @Test
    void anEntryIsFoundAsTheHostAnnouncedItBeforeAndAfterItsRegistration() {
        PendingEntry winter = new PendingEntry("F-1", "NORR", ANNA, swedish("2026-03-05T10:00"), T1);
        pending.record(winter);
        pending.record(new PendingEntry("F-1", "SODER", BO, null, T2));

        assertEquals(Optional.of(winter), pending.find("F-1"));
        nonDeliveries.insert(aNonDelivery("F-1").build());
        assertEquals(Optional.of(winter), pending.find("F-1"), "registered: still the host's unit and client");
        assertEquals(Optional.empty(), pending.find("F-2"));
    }

    @Test
    void anEntryOfAUnitFoljaDoesNotKnowWithoutClientOrStartIsRecorded() throws Exception {
        PendingEntry bare = new PendingEntry("P-3", "OKAND_ENHET", null, null, T1);

        assertTrue(pending.record(bare));

        assertEquals(List.of(bare), pending.awaiting(TestScopes.of(Set.of("OKAND_ENHET")), 0, 10).items());
        assertEquals(0, rows("client"));
    }

    @Test
    void entriesAwaitOldestPlannedStartFirstThoseWithoutOneLastThenByArrival() {
        pending.record(new PendingEntry("P-a", "NORR", null, swedish("2026-03-05T10:00"), T1));
        pending.record(new PendingEntry("P-b", "NORR", null, null, T1));
        pending.record(new PendingEntry("P-c", "NORR", null, swedish("2026-03-04T10:00"), T2));
        pending.record(new PendingEntry("P-d", "NORR", null, swedish("2026-03-05T10:00"), T0));
        pending.record(new PendingEntry("P-e", "NORR", null, null, T0));

        assertEquals(List.of("P-c", "P-d", "P-a", "P-e", "P-b"), entries(pending.awaiting(TestScopes.of(Set.of()), 0, 10)));
    }

    @Test
    void awaitingFiltersByUnitAndPagesWithATotal() {
        for (int i = 1; i <= 5; i++) {
            pending.record(new PendingEntry("N-" + i, "NORR", null, swedish("2026-03-0" + i + "T10:00"), T1));
        }
        pending.record(new PendingEntry("S-1", "SODER", null, swedish("2026-03-01T09:00"), T1));
        pending.record(new PendingEntry("V-1", "VASTER", null, swedish("2026-03-01T08:00"), T1));

        Page<PendingEntry> norr = pending.awaiting(TestScopes.of(Set.of("NORR")), 1, 3);
        assertEquals(List.of("N-2", "N-3", "N-4"), entries(norr));
        assertEquals(5, norr.total());
        assertEquals(1, norr.offset());
        assertEquals(3, norr.limit());
        assertEquals(List.of("N-5"), entries(pending.awaiting(TestScopes.of(Set.of("NORR")), 4, 3)));
        Page<PendingEntry> beyond = pending.awaiting(TestScopes.of(Set.of("NORR")), 5, 3);
        assertEquals(List.of(), beyond.items());
        assertEquals(5, beyond.total());

        assertEquals(List.of("V-1", "S-1"), entries(pending.awaiting(TestScopes.of(Set.of("SODER", "VASTER")), 0, 10)));
        Page<PendingEntry> all = pending.awaiting(TestScopes.of(Set.of()), 0, 2);
        assertEquals(List.of("V-1", "S-1"), entries(all));
        assertEquals(7, all.total());
        assertEquals(0, pending.awaiting(TestScopes.of(Set.of("OKAND")), 0, 10).total());
    }

    @Test
    void aRegistrationResolvesItsEntryInItsOwnTransaction() throws Exception {
        pending.record(new PendingEntry("R-1", "NORR", ANNA, swedish("2026-03-02T09:30"), T0));
        pending.record(new PendingEntry("R-2", "NORR", ANNA, swedish("2026-03-03T09:30"), T0));

        nonDeliveries.insert(aNonDelivery("R-1").build());

        Page<PendingEntry> left = pending.awaiting(TestScopes.of(Set.of("NORR")), 0, 10);
        assertEquals(List.of("R-2"), entries(left));
        assertEquals(1, left.total());
        assertEquals(1, count("SELECT COUNT(*) FROM pending_entry WHERE journal_entry_id = 'R-1' AND resolved_at = ?",
                T1.toEpochMilli()), "resolved when it was registered");
        assertFalse(pending.record(new PendingEntry("R-1", "NORR", ANNA, null, T2)), "known and registered");
    }

    @Test
    void anEntryRegisteredBeforeItsEventArrivedNeverAwaits() {
        nonDeliveries.insert(aNonDelivery("E-1").build());
        assertFalse(pending.record(new PendingEntry("E-1", "NORR", ANNA, null, T2)), "registered already");

        // the event was being recorded while the registration committed: the registration still decides
        nonDeliveries.insert(aNonDelivery("E-2").build());
        jpa().txExpr(TransactionType.Required, em -> {
            em.persist(PendingEntryEntity.of(new PendingEntry("E-2", "NORR", null, null, T2), null));
            return null;
        });

        assertEquals(0, pending.awaiting(TestScopes.of(Set.of()), 0, 10).total());
        assertEquals(List.of(), pending.awaiting(TestScopes.of(Set.of()), 0, 10).items());
    }

    @Test
    void ofTwoRecordsOfOneEntryAtOnceExactlyOneRecordsIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String entry = "Q-" + round;
                List<Boolean> recorded = together(pool, entry,
                        () -> pending.record(new PendingEntry(entry, "NORR", BO, null, T1)),
                        () -> pending.record(new PendingEntry(entry, "NORR", BO, null, T2)));
                assertEquals(1, recorded.stream().filter(Boolean::booleanValue).count(), entry + ": " + recorded);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, pending.awaiting(TestScopes.of(Set.of()), 0, 10).total());
        assertEquals(1, clientRows(BO));
    }

    private static List<String> entries(Page<PendingEntry> page) {
        return page.items().stream().map(PendingEntry::journalEntryId).toList();
    }
}
