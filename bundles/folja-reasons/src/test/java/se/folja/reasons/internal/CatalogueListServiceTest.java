package se.folja.reasons.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.store.spi.ListStore;

class CatalogueListServiceTest {

    private static final ListKind TYPES = ListKind.INTERVENTION_TYPE;

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00.123456Z");
    private static final Actor ADMIN = new Actor("admin");

    private final Store store = new Store();
    private CatalogueListService lists;

    @BeforeEach
    void seeded() {
        lists = new CatalogueListService(store, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30));
        store.insert(TYPES, new ListItem("BOENDESTOD", "Boendestöd", "Housing support", true, 1, "system", NOW));
        store.insert(TYPES, new ListItem("BEHANDLING", "Behandling", "Treatment", true, 1, "system", NOW));
        store.writes = 0;
    }

    @Test
    void anAdministratorAddsATypeWhoAndWhenAreKept() {
        ListItem created = lists.create(TYPES, "HEMTJANST_SOCIAL_SAMVARO", " Hemtjänst, social samvaro ",
                "Home care, social company", ADMIN);
        assertEquals("Hemtjänst, social samvaro", created.labelSv());
        assertEquals(1, created.version());
        assertEquals("admin", created.changedBy());
        assertEquals(Instant.parse("2026-11-23T10:00:00.123Z"), created.changedAt());
        assertEquals(List.of("BEHANDLING", "BOENDESTOD", "HEMTJANST_SOCIAL_SAMVARO"),
                lists.active(TYPES).stream().map(ListItem::code).toList());
    }

    @Test
    void invalidFieldsAreAllNamedAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> lists.create(TYPES, "boendestöd", "", "Two\nlines", ADMIN));
        assertEquals(List.of("code", "labelSv", "labelEn"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, store.writes);
        assertEquals(List.of("body"), assertThrows(ValidationException.class,
                () -> lists.relabel(TYPES, "BOENDESTOD", 1, null, null, ADMIN)).errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aRetiredTypeLeavesTheChoiceButStaysReadable() {
        ListItem retired = lists.setActive(TYPES, "BEHANDLING", 1, false, ADMIN);
        assertFalse(retired.active());
        assertEquals(2, retired.version());
        assertEquals(List.of("BOENDESTOD"), lists.active(TYPES).stream().map(ListItem::code).toList());
        assertEquals("Behandling", lists.item(TYPES, "BEHANDLING").labelSv());
        assertEquals(retired, lists.setActive(TYPES, "BEHANDLING", 2, false, ADMIN), "retiring twice changes nothing");
        assertEquals(3, lists.setActive(TYPES, "BEHANDLING", 2, true, ADMIN).version());
    }

    @Test
    void aRelabellingNeedsTheCurrentVersion() {
        assertEquals("Boendestöd (socialpsykiatri)",
                lists.relabel(TYPES, "BOENDESTOD", 1, "Boendestöd (socialpsykiatri)", null, ADMIN).labelSv());
        assertThrows(ConflictException.class, () -> lists.relabel(TYPES, "BOENDESTOD", 1, "Boendestöd", null, ADMIN));
        assertThrows(ConflictException.class, () -> lists.create(TYPES, "BOENDESTOD", "Dubblett", "Duplicate", ADMIN));
        assertThrows(NotFoundException.class, () -> lists.relabel(TYPES, "OKAND", 1, "x", null, ADMIN));
        assertThrows(NotFoundException.class, () -> lists.item(TYPES, "OKAND"));
    }

    @Test
    void unitsFollowTheSameRulesInAListOfTheirOwn() {
        ListItem north = lists.create(ListKind.UNIT, "BOSTOD_NORR", "Boendestöd Norr", "Housing support North", ADMIN);
        assertEquals(1, north.version());
        assertEquals(List.of("BOSTOD_NORR"), lists.active(ListKind.UNIT).stream().map(ListItem::code).toList());
        assertEquals(List.of("BEHANDLING", "BOENDESTOD"), lists.active(TYPES).stream().map(ListItem::code).toList());
        assertEquals(List.of("code"), assertThrows(ValidationException.class,
                () -> lists.create(ListKind.UNIT, "Norr", "Norr", "North", ADMIN)).errors().stream()
                .map(FieldError::field).toList());
        NotFoundException missing = assertThrows(NotFoundException.class, () -> lists.item(ListKind.UNIT, "BOENDESTOD"));
        assertEquals("No unit 'BOENDESTOD'", missing.getMessage());
        lists.setActive(ListKind.UNIT, "BOSTOD_NORR", 1, false, ADMIN);
        assertEquals(List.of(), lists.active(ListKind.UNIT));
        assertEquals(1, lists.all(ListKind.UNIT).size());
    }

    @Test
    void unitCodesMayHaveHyphensDotsAndDigitsAsRealOnesDo() {
        for (String code : List.of("BS-1", "HT.NORR", "4711")) {
            assertEquals(code, lists.create(ListKind.UNIT, code, "Enhet " + code, "Unit " + code, ADMIN).code());
        }
        for (String code : List.of("bs-1", "BS-", "-BS", "BS 1")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> lists.create(ListKind.UNIT, code, "Enhet", "Unit", ADMIN), code);
            assertEquals(List.of("code"), e.errors().stream().map(FieldError::field).toList());
            assertTrue(e.errors().get(0).message().contains("hyphens"), e.errors().get(0).message());
        }
        // the other lists keep their stricter rule: their codes are column values in every export
        assertThrows(ValidationException.class, () -> lists.create(TYPES, "BO-STOD", "Boendestöd", "Housing", ADMIN));
    }

    @Test
    void registrationsReadTheListsFromMemoryUntilTheCacheAgePasses() {
        CatalogueListService uncached = new CatalogueListService(store, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);
        assertEquals("Boendestöd", lists.item(TYPES, "BOENDESTOD").labelSv());
        // another node retires the type: this node keeps its snapshot for up to 30 s, without the cache it is seen
        store.update(TYPES, store.find(TYPES, "BOENDESTOD").orElseThrow().with("Boendestöd", "Housing support", false,
                "admin", NOW), 1);
        assertEquals(List.of("BEHANDLING", "BOENDESTOD"), lists.active(TYPES).stream().map(ListItem::code).toList());
        assertEquals(List.of("BEHANDLING"), uncached.active(TYPES).stream().map(ListItem::code).toList());
        assertFalse(uncached.item(TYPES, "BOENDESTOD").active());
        // a change through this node is seen at once
        ListItem back = lists.setActive(TYPES, "BOENDESTOD", 2, true, ADMIN);
        assertEquals(3, back.version());
        lists.setActive(TYPES, "BEHANDLING", 1, false, ADMIN);
        assertEquals(List.of("BOENDESTOD"), lists.active(TYPES).stream().map(ListItem::code).toList());
    }

    @Test
    void aChangeOnAnotherNodeIsSeenWithinTheCacheAge() {
        MovingClock clock = new MovingClock(NOW);
        CatalogueListService node = new CatalogueListService(store, clock, Duration.ofSeconds(30));
        CatalogueListService otherNode = new CatalogueListService(store, clock, Duration.ofSeconds(30));
        assertEquals(List.of("BEHANDLING", "BOENDESTOD"), codes(otherNode.active(TYPES)));

        node.setActive(TYPES, "BOENDESTOD", 1, false, ADMIN);
        assertEquals(List.of("BEHANDLING"), codes(node.active(TYPES)), "this node sees its change at once");
        clock.advance(Duration.ofSeconds(30).minusMillis(1));
        assertEquals(List.of("BEHANDLING", "BOENDESTOD"), codes(otherNode.active(TYPES)),
                "the other node may keep its read for the age");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of("BEHANDLING"), codes(otherNode.active(TYPES)), "and no longer");
        assertFalse(otherNode.item(TYPES, "BOENDESTOD").active());
    }

    private static List<String> codes(List<ListItem> items) {
        return items.stream().map(ListItem::code).toList();
    }

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** The store contract in memory, one map per list. */
    private static final class Store implements ListStore {
        private final Map<ListKind, Map<String, ListItem>> lists = new java.util.EnumMap<>(ListKind.class);
        int writes;

        private Map<String, ListItem> list(ListKind kind) {
            return lists.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        }

        @Override
        public List<ListItem> findAll(ListKind kind) {
            List<ListItem> all = new ArrayList<>(list(kind).values());
            all.sort(Comparator.comparing(ListItem::labelSv).thenComparing(ListItem::code));
            return all;
        }

        @Override
        public Optional<ListItem> find(ListKind kind, String code) {
            return Optional.ofNullable(list(kind).get(code));
        }

        @Override
        public ListItem insert(ListKind kind, ListItem item) {
            if (list(kind).containsKey(item.code())) {
                throw new ConflictException("exists");
            }
            ListItem stored = new ListItem(item.code(), item.labelSv(), item.labelEn(), item.active(), 1,
                    item.changedBy(), item.changedAt());
            list(kind).put(item.code(), stored);
            writes++;
            return stored;
        }

        @Override
        public ListItem update(ListKind kind, ListItem item, long expectedVersion) {
            ListItem current = list(kind).get(item.code());
            if (current == null) {
                throw new NotFoundException(kind.noun(), item.code());
            }
            if (current.version() != expectedVersion) {
                throw new ConflictException("stale");
            }
            ListItem stored = new ListItem(item.code(), item.labelSv(), item.labelEn(), item.active(),
                    current.version() + 1, item.changedBy(), item.changedAt());
            list(kind).put(item.code(), stored);
            writes++;
            return stored;
        }
    }
}
