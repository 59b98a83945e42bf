package se.folja.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.store.ListStore;

/** What {@link JpaListStore} promises for every list, whatever the database. */
abstract class ListStoreContract extends StoreTestSupport {

    static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-29T02:30:00.123Z");
    static final Instant T2 = Instant.parse("2026-10-25T01:30:00.456Z");

    private ListStore lists;

    @BeforeEach
    void createListStore() {
        lists = new JpaListStore(jpa(), null);
    }

    /** The intervention-type list, through the generic store. */
    private final Kind types = new Kind(ListKind.INTERVENTION_TYPE);

    /** One list of the store. */
    private final class Kind {
        private final ListKind kind;

        Kind(ListKind kind) {
            this.kind = kind;
        }

        List<ListItem> findAll() {
            return lists.findAll(kind);
        }

        Optional<ListItem> find(String code) {
            return lists.find(kind, code);
        }

        ListItem insert(ListItem item) {
            return lists.insert(kind, item);
        }

        ListItem update(ListItem item, long expectedVersion) {
            return lists.update(kind, item, expectedVersion);
        }
    }

    @Test
    void noUnitIsShippedAndUnitsAreAListOfTheirOwn() {
        Kind units = new Kind(ListKind.UNIT);
        assertEquals(List.of(), units.findAll());

        ListItem north = units.insert(item("BOSTOD_NORR", "Boendestöd Norr", true, 9, "admin", T1));
        units.insert(item("BOSTOD_CENTRUM", "Boendestöd Centrum", true, 1, "admin", T1));
        assertEquals(1, north.version());
        assertEquals(List.of("BOSTOD_CENTRUM", "BOSTOD_NORR"), units.findAll().stream().map(ListItem::code).toList());
        assertEquals(Optional.empty(), types.find("BOSTOD_NORR"));
        assertEquals(Optional.empty(), units.find("BOENDESTOD"));

        // the same code may exist in both lists
        units.insert(item("BOENDESTOD", "Boendestöd (enhet)", true, 1, "admin", T1));
        assertEquals("Boendestöd", types.find("BOENDESTOD").orElseThrow().labelSv());
        assertThrows(ConflictException.class,
                () -> units.insert(item("BOSTOD_NORR", "Dubblett", true, 1, "admin", T2)));
        ListItem retired = units.update(north.with("Boendestöd Norra", "North", false, "admin", T2), 1);
        assertEquals(2, retired.version());
        assertFalse(units.find("BOSTOD_NORR").orElseThrow().active());
        assertThrows(NotFoundException.class,
                () -> units.update(item("FINNS_INTE", "x", true, 1, "admin", T1), 1));
    }

    @Test
    void migrationShipsThreeTypesInSwedishLabelOrder() {
        List<ListItem> all = types.findAll();
        assertEquals(List.of("BEHANDLING", "BOENDESTOD", "HEMTJANST_SOCIAL_SAMVARO"),
                all.stream().map(ListItem::code).toList());
        assertEquals(List.of("Behandling", "Boendestöd", "Hemtjänst, social samvaro"),
                all.stream().map(ListItem::labelSv).toList());
        for (ListItem type : all) {
            assertEquals(1, type.version(), type.code());
            assertEquals("system", type.changedBy(), type.code());
            assertEquals(SEEDED_AT, type.changedAt(), type.code());
        }
    }

    @Test
    void anInsertedTypeIsFoundAtVersionOneWithWhoAndWhen() {
        ListItem stored = types.insert(item("DAGLIG_VERKSAMHET", "Daglig verksamhet", true, 7, "anna", T1));
        assertEquals(1, stored.version());
        assertEquals(Optional.of(stored), types.find("DAGLIG_VERKSAMHET"));
        assertEquals(T1, stored.changedAt());
        assertEquals("anna", stored.changedBy());
    }

    @Test
    void anExistingCodeCannotBeInsertedAgain() {
        assertThrows(ConflictException.class,
                () -> types.insert(item("BOENDESTOD", "Dubblett", true, 1, "anna", T1)));
        ListItem kept = types.find("BOENDESTOD").orElseThrow();
        assertEquals("Boendestöd", kept.labelSv());
        assertEquals(1, kept.version());
    }

    @Test
    void anUpdateWithTheCurrentVersionRaisesItAndAStaleOneChangesNothing() {
        ListItem retired = types.update(
                types.find("BEHANDLING").orElseThrow().with("Behandling (öppenvård)", "Outpatient treatment", false,
                        "bertil", T2), 1);
        assertEquals(2, retired.version());
        assertFalse(retired.active());
        assertEquals("bertil", retired.changedBy());
        assertEquals(T2, retired.changedAt());
        assertEquals(Optional.of(retired), types.find("BEHANDLING"));

        assertThrows(ConflictException.class, () -> types.update(
                retired.with("Gammal", "Stale", true, "cecilia", T1), 1));
        assertEquals(Optional.of(retired), types.find("BEHANDLING"));
    }

    @Test
    void anUpdateThatChangesNoColumnStillRaisesTheVersion() {
        ListItem same = types.find("BOENDESTOD").orElseThrow();
        assertEquals(2, types.update(same, 1).version());
        assertEquals(3, types.update(same, 2).version());
    }

    @Test
    void anUnknownTypeCannotBeUpdated() {
        assertThrows(NotFoundException.class,
                () -> types.update(item("FINNS_INTE", "x", true, 1, "anna", T1), 1));
        assertEquals(Optional.empty(), types.find("FINNS_INTE"));
    }

    @Test
    void ofTwoConcurrentUpdatesOfTheSameVersionExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                ListItem current = types.find("BOENDESTOD").orElseThrow();
                long version = current.version();
                ListItem winner = race(pool, "round " + round,
                        () -> types.update(current.with("A" + version, "A", true, "anna", T1), version),
                        () -> types.update(current.with("B" + version, "B", true, "bertil", T2), version));
                assertEquals(version + 1, winner.version());
                assertEquals(Optional.of(winner), types.find("BOENDESTOD"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ListItem item(String code, String labelSv, boolean active, long version, String by,
            Instant at) {
        return new ListItem(code, labelSv, labelSv + " (en)", active, version, by, at);
    }
}
