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
import se.folja.api.interventions.InterventionType;
import se.folja.api.store.InterventionTypeStore;

/** What {@link JpaInterventionTypeStore} promises, whatever the database. */
abstract class InterventionTypeStoreContract extends StoreTestSupport {

    static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-29T02:30:00.123Z");
    static final Instant T2 = Instant.parse("2026-10-25T01:30:00.456Z");

    private InterventionTypeStore store;

    @BeforeEach
    void createInterventionTypeStore() {
        store = new JpaInterventionTypeStore(jpa(), null);
    }

    @Test
    void migrationShipsThreeTypesInSwedishLabelOrder() {
        List<InterventionType> all = store.findAll();
        assertEquals(List.of("BEHANDLING", "BOENDESTOD", "HEMTJANST_SOCIAL_SAMVARO"),
                all.stream().map(InterventionType::code).toList());
        assertEquals(List.of("Behandling", "Boendestöd", "Hemtjänst, social samvaro"),
                all.stream().map(InterventionType::labelSv).toList());
        for (InterventionType type : all) {
            assertEquals(1, type.version(), type.code());
            assertEquals("system", type.changedBy(), type.code());
            assertEquals(SEEDED_AT, type.changedAt(), type.code());
        }
    }

    @Test
    void anInsertedTypeIsFoundAtVersionOneWithWhoAndWhen() {
        InterventionType stored = store.insert(type("DAGLIG_VERKSAMHET", "Daglig verksamhet", true, 7, "anna", T1));
        assertEquals(1, stored.version());
        assertEquals(Optional.of(stored), store.find("DAGLIG_VERKSAMHET"));
        assertEquals(T1, stored.changedAt());
        assertEquals("anna", stored.changedBy());
    }

    @Test
    void anExistingCodeCannotBeInsertedAgain() {
        assertThrows(ConflictException.class,
                () -> store.insert(type("BOENDESTOD", "Dubblett", true, 1, "anna", T1)));
        InterventionType kept = store.find("BOENDESTOD").orElseThrow();
        assertEquals("Boendestöd", kept.labelSv());
        assertEquals(1, kept.version());
    }

    @Test
    void anUpdateWithTheCurrentVersionRaisesItAndAStaleOneChangesNothing() {
        InterventionType retired = store.update(
                store.find("BEHANDLING").orElseThrow().with("Behandling (öppenvård)", "Outpatient treatment", false,
                        "bertil", T2), 1);
        assertEquals(2, retired.version());
        assertFalse(retired.active());
        assertEquals("bertil", retired.changedBy());
        assertEquals(T2, retired.changedAt());
        assertEquals(Optional.of(retired), store.find("BEHANDLING"));

        assertThrows(ConflictException.class, () -> store.update(
                retired.with("Gammal", "Stale", true, "cecilia", T1), 1));
        assertEquals(Optional.of(retired), store.find("BEHANDLING"));
    }

    @Test
    void anUpdateThatChangesNoColumnStillRaisesTheVersion() {
        InterventionType same = store.find("BOENDESTOD").orElseThrow();
        assertEquals(2, store.update(same, 1).version());
        assertEquals(3, store.update(same, 2).version());
    }

    @Test
    void anUnknownTypeCannotBeUpdated() {
        assertThrows(NotFoundException.class,
                () -> store.update(type("FINNS_INTE", "x", true, 1, "anna", T1), 1));
        assertEquals(Optional.empty(), store.find("FINNS_INTE"));
    }

    @Test
    void ofTwoConcurrentUpdatesOfTheSameVersionExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                InterventionType current = store.find("BOENDESTOD").orElseThrow();
                long version = current.version();
                InterventionType winner = race(pool, "round " + round,
                        () -> store.update(current.with("A" + version, "A", true, "anna", T1), version),
                        () -> store.update(current.with("B" + version, "B", true, "bertil", T2), version));
                assertEquals(version + 1, winner.version());
                assertEquals(Optional.of(winner), store.find("BOENDESTOD"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static InterventionType type(String code, String labelSv, boolean active, long version, String by,
            Instant at) {
        return new InterventionType(code, labelSv, labelSv + " (en)", active, version, by, at);
    }
}
