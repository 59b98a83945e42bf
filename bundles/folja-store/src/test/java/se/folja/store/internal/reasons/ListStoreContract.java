package se.folja.store.internal.reasons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.store.internal.StoreTestSupport;
import se.folja.store.spi.ListStore;

/** What {@link JpaListStore} promises for every list, whatever the database. */
abstract class ListStoreContract extends StoreTestSupport {

    static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");
    /** In the hour that Swedish time skips, and in the hour that it repeats. */
    static final Instant T1 = Instant.parse("2026-03-29T01:30:00.123Z");
    static final Instant T2 = Instant.parse("2026-10-25T00:30:00.456Z");

    private ListStore lists;

    @BeforeEach
    void createListStore() {
        lists = new JpaListStore(jpa(), null);
    }

    // ---------------------------------------------------------------- what the migrations ship

    @Test
    void migrationShipsThreeInterventionTypesAndNoUnit() {
        List<ListItem> types = lists.findAll(ListKind.INTERVENTION_TYPE);
        assertEquals(List.of("BEHANDLING", "BOENDESTOD", "HEMTJANST_SOCIAL_SAMVARO"),
                types.stream().map(ListItem::code).toList());
        assertEquals(List.of("Behandling", "Boendestöd", "Hemtjänst, social samvaro"),
                types.stream().map(ListItem::labelSv).toList());
        for (ListItem type : types) {
            assertTrue(type.active(), type.code());
            assertEquals(1, type.version(), type.code());
            assertEquals("system", type.changedBy(), type.code());
            assertEquals(SEEDED_AT, type.changedAt(), type.code());
        }
        assertEquals(List.of(), lists.findAll(ListKind.UNIT), "each municipality adds its own units");
    }

    @Test
    void eachListIsATableOfItsOwn() {
        lists.insert(ListKind.UNIT, item("BOENDESTOD", "Boendestöd (enhet)", "admin", T1));
        lists.insert(ListKind.UNIT, item("BOSTOD_NORR", "Boendestöd Norr", "admin", T1));

        assertEquals("Boendestöd", lists.find(ListKind.INTERVENTION_TYPE, "BOENDESTOD").orElseThrow().labelSv());
        assertEquals("Boendestöd (enhet)", lists.find(ListKind.UNIT, "BOENDESTOD").orElseThrow().labelSv());
        assertEquals(Optional.empty(), lists.find(ListKind.INTERVENTION_TYPE, "BOSTOD_NORR"));
        assertEquals(3, lists.findAll(ListKind.INTERVENTION_TYPE).size());
        assertEquals(2, lists.findAll(ListKind.UNIT).size());
    }

    // ---------------------------------------------------------------- every list

    @ParameterizedTest
    @EnumSource(ListKind.class)
    void anInsertedItemIsFoundAtVersionOneWithWhoAndWhen(ListKind kind) {
        ListItem stored = lists.insert(kind, new ListItem("DAGLIG_VERKSAMHET", "Daglig verksamhet", "Daily activity",
                true, 7, "anna", T1));

        assertEquals(new ListItem("DAGLIG_VERKSAMHET", "Daglig verksamhet", "Daily activity", true, 1, "anna", T1),
                stored);
        assertEquals(Optional.of(stored), lists.find(kind, "DAGLIG_VERKSAMHET"));
        assertTrue(lists.findAll(kind).contains(stored));
        assertEquals(Optional.empty(), lists.find(kind, "FINNS_INTE"));
    }

    @ParameterizedTest
    @EnumSource(ListKind.class)
    void anExistingCodeCannotBeInsertedAgain(ListKind kind) {
        ListItem first = lists.insert(kind, item("KOD", "Första", "anna", T1));

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> lists.insert(kind, item("KOD", "Dubblett", "bertil", T2)));

        assertTrue(conflict.getMessage().toLowerCase(Locale.ROOT).contains(kind.noun()), conflict.getMessage());
        assertEquals(Optional.of(first), lists.find(kind, "KOD"));
    }

    @ParameterizedTest
    @EnumSource(ListKind.class)
    void itemsAreListedInSwedishAlphabeticalOrderThenByCode(ListKind kind) {
        // Swedish order puts Å, Ä, Ö after Z, in that order; Unicode code points put Ä before Å
        for (String label : List.of("Öland", "Ängö", "Åby", "Zeta", "Berga")) {
            lists.insert(kind, item("X_" + Math.abs(label.hashCode()), label, "anna", T1));
        }
        lists.insert(kind, item("A_TWIN", "Berga", "anna", T1));

        List<ListItem> mine = lists.findAll(kind).stream().filter(i -> "anna".equals(i.changedBy())).toList();
        assertEquals(List.of("Berga", "Berga", "Zeta", "Åby", "Ängö", "Öland"),
                mine.stream().map(ListItem::labelSv).toList());
        assertEquals("A_TWIN", mine.get(0).code(), "the same label: by code");
    }

    @ParameterizedTest
    @EnumSource(ListKind.class)
    void anUpdateWithTheCurrentVersionRaisesItAndAStaleOneChangesNothing(ListKind kind) {
        ListItem stored = lists.insert(kind, item("KOD", "Första", "anna", T1));

        ListItem retired = lists.update(kind, stored.with("Andra", "Second", false, "bertil", T2), 1);
        assertEquals(new ListItem("KOD", "Andra", "Second", false, 2, "bertil", T2), retired);
        assertEquals(Optional.of(retired), lists.find(kind, "KOD"));
        assertFalse(lists.find(kind, "KOD").orElseThrow().active());

        ConflictException stale = assertThrows(ConflictException.class,
                () -> lists.update(kind, retired.with("Gammal", "Stale", true, "cecilia", T1), 1));
        assertTrue(stale.getMessage().contains("version 2"), stale.getMessage());
        assertEquals(Optional.of(retired), lists.find(kind, "KOD"));
    }

    @ParameterizedTest
    @EnumSource(ListKind.class)
    void anUpdateThatChangesNoColumnStillRaisesTheVersion(ListKind kind) {
        ListItem same = lists.insert(kind, item("KOD", "Första", "anna", T1));

        assertEquals(2, lists.update(kind, same, 1).version());
        assertEquals(3, lists.update(kind, same, 2).version());
        assertEquals(3, lists.find(kind, "KOD").orElseThrow().version());
    }

    @ParameterizedTest
    @EnumSource(ListKind.class)
    void anUnknownItemCannotBeUpdated(ListKind kind) {
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> lists.update(kind, item("FINNS_INTE", "x", "anna", T1), 1));

        assertTrue(missing.getMessage().contains(kind.noun()), missing.getMessage());
        assertEquals(Optional.empty(), lists.find(kind, "FINNS_INTE"));
    }

    @ParameterizedTest
    @EnumSource(ListKind.class)
    void ofTwoConcurrentUpdatesOfTheSameVersionExactlyOneWins(ListKind kind) throws Exception {
        lists.insert(kind, item("KOD", "Första", "anna", T1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                ListItem current = lists.find(kind, "KOD").orElseThrow();
                long version = current.version();
                ListItem winner = race(pool, kind + " round " + round,
                        () -> lists.update(kind, current.with("A" + version, "A", true, "anna", T1), version),
                        () -> lists.update(kind, current.with("B" + version, "B", true, "bertil", T2), version));
                assertEquals(version + 1, winner.version());
                assertEquals(Optional.of(winner), lists.find(kind, "KOD"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ListItem item(String code, String labelSv, String by, Instant at) {
        return new ListItem(code, labelSv, labelSv + " (en)", true, 1, by, at);
    }
}
