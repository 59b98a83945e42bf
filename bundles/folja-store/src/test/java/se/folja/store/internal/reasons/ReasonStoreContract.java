package se.folja.store.internal.reasons;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.reasons.ChangeKind;
import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.ReasonChange;
import se.folja.api.reasons.ReasonCode;
import se.folja.store.internal.ResourceLocalJpaTemplate;
import se.folja.store.internal.SchemaMigration;
import se.folja.store.internal.StoreTestSupport;
import se.folja.store.internal.entity.ReasonEntity;
import se.folja.store.spi.ReasonStore;

/**
 * What {@link JpaReasonStore} promises, whatever the database: each test gets a new, empty database that
 * {@link SchemaMigration} brings up to date ({@link StoreTestSupport}), and a store over the production
 * persistence unit.
 */
abstract class ReasonStoreContract extends StoreTestSupport {

    /** Kalmar's reasons in the agreed order. */
    static final List<String> KALMAR_CODES = List.of(
            "PERSONALBRIST", "PAVERKAN_OMVARLD", "NY_OKAND_PERSONAL", "MAENDE", "VILL_EJ_UPPGE",
            "ANNAN_SOCIAL_AKTIVITET", "ARBETE_STUDIER", "ANNAN_FORMELL_AKTIVITET", "SER_INTE_BEHOV", "FEL_TID",
            "BORTREST", "VILL_INTE_HA_PERSONAL", "COVID19");

    static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-02T09:15:30.123Z");
    static final Instant T2 = Instant.parse("2026-03-02T09:16:01.987Z");
    static final Instant T3 = Instant.parse("2026-03-03T14:00:00.001Z");

    private ReasonStore store;

    @BeforeEach
    void createReasonStore() {
        store = new JpaReasonStore(jpa(), null);
    }

    // ---------------------------------------------------------------- migration and the shipped catalogue

    @Test
    void migrationShipsKalmarsThirteenReasonsInOrder() {
        List<ReasonCode> all = store.findAll();

        assertEquals(KALMAR_CODES, all.stream().map(ReasonCode::code).toList());
        for (ReasonCode reason : all) {
            assertAll(reason.code(),
                    () -> assertTrue(reason.active(), "active"),
                    () -> assertEquals(1, reason.version(), "version"),
                    () -> assertEquals(SEEDED_AT, reason.changedAt(), "changedAt"),
                    () -> assertFalse(reason.labelSv().isBlank(), "labelSv"),
                    () -> assertFalse(reason.labelEn().isBlank(), "labelEn"));
        }
        assertEquals(List.of("PERSONALBRIST", "PAVERKAN_OMVARLD"), all.stream()
                .filter(r -> r.initiator() == Initiator.ORGANISATION).map(ReasonCode::code).toList());
        assertEquals(11, all.stream().filter(r -> r.initiator() == Initiator.CLIENT).count());
        List<Integer> sortOrders = all.stream().map(ReasonCode::sortOrder).toList();
        assertEquals(sortOrders.stream().sorted().distinct().toList(), sortOrders, "strictly ascending sort order");
    }

    @Test
    void migrationKeepsSwedishLabelsIntact() {
        assertEquals("Mående", store.find("MAENDE").orElseThrow().labelSv());
        assertTrue(store.find("PAVERKAN_OMVARLD").orElseThrow().labelSv().startsWith("Påverkan i omvärlden"));
        assertEquals("Ny/okänd personal, inkl. ordinarie personal som inte vanligtvis är hos brukaren",
                store.find("NY_OKAND_PERSONAL").orElseThrow().labelSv());
        assertEquals("Annan social aktivitet, t.ex. träffa vänner (informell)",
                store.find("ANNAN_SOCIAL_AKTIVITET").orElseThrow().labelSv());
        assertEquals("Annan aktivitet, t.ex. myndighetskontakter, läkarbesök (formell)",
                store.find("ANNAN_FORMELL_AKTIVITET").orElseThrow().labelSv());
        assertEquals("Ser inte behov av stöd, har löst sitt stödbehov på egen hand",
                store.find("SER_INTE_BEHOV").orElseThrow().labelSv());
        assertEquals("Fel tid för stödet", store.find("FEL_TID").orElseThrow().labelSv());
        assertEquals("Vill inte ha besök av just den personalen",
                store.find("VILL_INTE_HA_PERSONAL").orElseThrow().labelSv());
        assertEquals("Wellbeing / how the client feels", store.find("MAENDE").orElseThrow().labelEn());
    }

    @Test
    void migrationRecordsTheCreationOfEveryShippedReason() {
        for (String code : KALMAR_CODES) {
            ReasonCode reason = store.find(code).orElseThrow();
            List<ReasonChange> history = store.history(code);
            assertEquals(1, history.size(), code);
            ReasonChange created = history.get(0);
            assertAll(code,
                    () -> assertEquals(1, created.revision()),
                    () -> assertEquals(ChangeKind.CREATED, created.kind()),
                    () -> assertEquals("system", created.changedBy()),
                    () -> assertEquals(SEEDED_AT, created.changedAt()),
                    () -> assertNull(created.before()),
                    () -> assertEquals(reason, created.after()));
        }
    }

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        ReasonCode maende = store.find("MAENDE").orElseThrow();
        store.update(maende.withLabels("Mående (ändrad)", "Wellbeing (edited)"), 1, ChangeKind.EDITED, "anna", T1);
        store.update(store.find("COVID19").orElseThrow().withActive(false), 1, ChangeKind.RETIRED, "anna", T2);
        store.insert(reason("SJUKHUSVISTELSE", "Sjukhusvistelse", 135), "anna", T3);
        List<ReasonCode> reasons = store.findAll();
        Map<String, List<ReasonChange>> histories = histories();
        int changesets = appliedChangesets();

        SchemaMigration.migrate(dataSource());

        assertEquals(reasons, store.findAll());
        assertEquals(histories, histories());
        assertEquals(changesets, appliedChangesets());
    }

    // ---------------------------------------------------------------- insert

    @Test
    void insertStoresVersionOneWithACreatedEntry() {
        ReasonCode stored = store.insert(reason("SJUKHUSVISTELSE", "Sjukhusvistelse på ön", 135), "anna.admin", T1);

        ReasonCode expected = new ReasonCode("SJUKHUSVISTELSE", "Sjukhusvistelse på ön", "Sjukhusvistelse på ön (en)",
                Initiator.CLIENT, 135, true, 1, T1);
        assertEquals(expected, stored);
        assertEquals(Optional.of(expected), store.find("SJUKHUSVISTELSE"));
        assertEquals(List.of(new ReasonChange(1, ChangeKind.CREATED, "anna.admin", T1, null, expected)),
                store.history("SJUKHUSVISTELSE"));
        assertEquals(14, store.findAll().size());
    }

    /** The build runs the tests on Swedish time ({@code user.timezone} in the pom), like a Kalmar host. */
    @Test
    void changeTimesKeepTheirInstantOnSwedishTime() {
        List<Instant> instants = List.of(
                Instant.parse("2026-07-01T12:00:00.999Z"), // summer time
                Instant.parse("2026-10-25T00:30:00.123Z"), // 02:30 summer time, before the clocks go back
                Instant.parse("2026-10-25T01:30:00.456Z"), // 02:30 winter time, the hour repeated
                Instant.parse("2026-10-25T02:30:00.789Z"), // a UTC wall-clock time that is ambiguous locally
                Instant.parse("2026-03-29T00:59:59.999Z"), // just before the clocks go forward
                Instant.parse("2026-03-29T01:30:00.001Z"), // 03:30 summer time, just after
                Instant.parse("2026-03-29T02:30:00.002Z")); // a UTC wall-clock time that Swedish time skips
        ReasonCode reason = store.insert(reason("TIDSZON", "Tidszon", 300), "anna", T1);
        for (Instant at : instants) {
            reason = store.update(reason.withSortOrder(reason.sortOrder() + 1), reason.version(), ChangeKind.EDITED,
                    "anna", at);

            assertEquals(at, reason.changedAt());
            assertEquals(Optional.of(reason), store.find("TIDSZON"), at.toString());
        }
        List<Instant> history = store.history("TIDSZON").stream().map(ReasonChange::changedAt).skip(1).toList();
        assertEquals(instants, history);
    }

    @Test
    void insertIgnoresTheGivenVersionAndChangeTime() {
        ReasonCode draft = new ReasonCode("HELGDAG", "Helgdag", "Public holiday", Initiator.ORGANISATION, 25, true,
                7, Instant.parse("2001-01-01T00:00:00Z"));

        ReasonCode stored = store.insert(draft, "anna", T2);

        assertEquals(1, stored.version());
        assertEquals(T2, stored.changedAt());
        assertEquals(Optional.of(stored), store.find("HELGDAG"));
    }

    @Test
    void insertOfAnExistingCodeConflictsAndChangesNothing() {
        ReasonCode original = store.find("BORTREST").orElseThrow();

        ConflictException e = assertThrows(ConflictException.class,
                () -> store.insert(reason("BORTREST", "Bortrest igen", 5), "anna", T1));

        assertTrue(e.getMessage().contains("BORTREST"), e.getMessage());
        assertEquals(Optional.of(original), store.find("BORTREST"));
        assertEquals(1, store.history("BORTREST").size());
        assertEquals(13, store.findAll().size());
    }

    @Test
    void insertOfARetiredCodeConflicts() {
        ReasonCode retired = store.update(
                store.find("FEL_TID").orElseThrow().withActive(false), 1, ChangeKind.RETIRED, "anna", T1);

        assertThrows(ConflictException.class, () -> store.insert(reason("FEL_TID", "Fel tid", 100), "bertil", T2));

        assertEquals(Optional.of(retired), store.find("FEL_TID"));
        assertEquals(2, store.history("FEL_TID").size());
    }

    // ---------------------------------------------------------------- update

    @Test
    void updateWithTheExpectedVersionStoresTheNextVersionAndItsHistory() {
        ReasonCode v1 = store.find("MAENDE").orElseThrow();

        ReasonCode v2 = store.update(v1.withLabels("Mående, dagsform", "Wellbeing today").withSortOrder(45), 1,
                ChangeKind.EDITED, "anna.admin", T1);

        ReasonCode expected = new ReasonCode("MAENDE", "Mående, dagsform", "Wellbeing today", Initiator.CLIENT, 45,
                true, 2, T1);
        assertEquals(expected, v2);
        assertEquals(Optional.of(expected), store.find("MAENDE"));
        List<ReasonChange> history = store.history("MAENDE");
        assertEquals(2, history.size());
        assertEquals(new ReasonChange(2, ChangeKind.EDITED, "anna.admin", T1, v1, expected), history.get(1));
        assertEquals(List.of("labelSv", "labelEn", "sortOrder"), history.get(1).changedFields());

        ReasonCode v3 = store.update(v2.withActive(false), 2, ChangeKind.RETIRED, "bertil", T2);

        assertEquals(3, v3.version());
        assertEquals(T2, v3.changedAt());
        history = store.history("MAENDE");
        assertEquals(List.of(1L, 2L, 3L), history.stream().map(ReasonChange::revision).toList());
        assertEquals(new ReasonChange(3, ChangeKind.RETIRED, "bertil", T2, expected, v3), history.get(2));
    }

    @Test
    void updateKeepsTheInitiator() {
        ReasonCode v1 = store.find("PERSONALBRIST").orElseThrow();
        ReasonCode attempt = new ReasonCode("PERSONALBRIST", "Personalbrist", "Staff shortage", Initiator.CLIENT,
                10, true, 1, T1);

        ReasonCode v2 = store.update(attempt, 1, ChangeKind.EDITED, "anna", T1);

        assertEquals(Initiator.ORGANISATION, v2.initiator());
        assertEquals(Initiator.ORGANISATION, store.find("PERSONALBRIST").orElseThrow().initiator());
        assertEquals(v1.labelSv(), v2.labelSv());
    }

    @Test
    void updateWithAStaleVersionConflictsAndStoresNothing() {
        ReasonCode v2 = store.update(store.find("ARBETE_STUDIER").orElseThrow().withSortOrder(71), 1,
                ChangeKind.EDITED, "anna", T1);
        List<ReasonChange> history = store.history("ARBETE_STUDIER");

        ConflictException stale = assertThrows(ConflictException.class, () -> store.update(
                v2.withLabels("Arbete", "Work"), 1, ChangeKind.EDITED, "bertil", T2));
        assertThrows(ConflictException.class, () -> store.update(
                v2.withLabels("Studier", "Studies"), 3, ChangeKind.EDITED, "bertil", T3));

        assertTrue(stale.getMessage().contains("ARBETE_STUDIER"), stale.getMessage());
        assertEquals(Optional.of(v2), store.find("ARBETE_STUDIER"));
        assertEquals(history, store.history("ARBETE_STUDIER"));
    }

    @Test
    void anUpdateThatChangesNoColumnStillMakesANewVersion() {
        ReasonCode v1 = store.find("BORTREST").orElseThrow();

        ReasonCode v2 = store.update(v1, 1, ChangeKind.EDITED, "anna", v1.changedAt());

        assertEquals(2, v2.version());
        assertEquals(Optional.of(v2), store.find("BORTREST"));
        List<ReasonChange> history = store.history("BORTREST");
        assertEquals(new ReasonChange(2, ChangeKind.EDITED, "anna", SEEDED_AT, v1, v2), history.get(1));
        assertEquals(List.of(), history.get(1).changedFields());
    }

    @Test
    void updateOfAnUnknownCodeIsNotFound() {
        ReasonCode unknown = reason("FINNS_INTE", "Finns inte", 500);

        assertThrows(NotFoundException.class, () -> store.update(unknown, 1, ChangeKind.EDITED, "anna", T1));

        assertEquals(Optional.empty(), store.find("FINNS_INTE"));
        assertEquals(List.of(), store.history("FINNS_INTE"));
        assertEquals(13, store.findAll().size());
    }

    @Test
    void aWriteWhoseHistoryCannotBeStoredLeavesNothingBehind() {
        String tooLong = "x".repeat(101); // changed_by is VARCHAR(100): the history row fails after the reason row

        assertThrows(RuntimeException.class, () -> store.insert(reason("NYTT", "Nytt", 200), tooLong, T1));
        assertThrows(RuntimeException.class, () -> store.update(
                store.find("BORTREST").orElseThrow().withActive(false), 1, ChangeKind.RETIRED, tooLong, T1));

        assertEquals(Optional.empty(), store.find("NYTT"));
        assertEquals(List.of(), store.history("NYTT"));
        ReasonCode bortrest = store.find("BORTREST").orElseThrow();
        assertEquals(1, bortrest.version());
        assertTrue(bortrest.active());
        assertEquals(1, store.history("BORTREST").size());
    }

    // ---------------------------------------------------------------- concurrency

    /**
     * Two users save the same version at the same moment, many times over. However their transactions
     * interleave, exactly one must win and exactly one revision be added.
     */
    @Test
    @Timeout(120)
    void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        int rounds = 20;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                String where = "round " + round;
                ReasonCode current = store.find("VILL_EJ_UPPGE").orElseThrow();
                int historyBefore = store.history("VILL_EJ_UPPGE").size();
                Instant at = T1.plusSeconds(round);

                ReasonCode winner = race(pool, where,
                        () -> store.update(current.withLabels("Vill ej uppge " + at, "No reason (anna)"),
                                current.version(), ChangeKind.EDITED, "anna", at),
                        () -> store.update(current.withLabels("Vill ej uppge " + at, "No reason (bertil)"),
                                current.version(), ChangeKind.EDITED, "bertil", at));

                assertEquals(current.version() + 1, winner.version(), where);
                assertEquals(Optional.of(winner), store.find("VILL_EJ_UPPGE"), where);
                List<ReasonChange> history = store.history("VILL_EJ_UPPGE");
                assertEquals(historyBefore + 1, history.size(), where);
                ReasonChange last = history.get(history.size() - 1);
                assertEquals(winner, last.after(), where);
                assertEquals(current, last.before(), where);
                assertEquals(winner.labelEn().contains("anna") ? "anna" : "bertil", last.changedBy(), where);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1 + rounds, store.find("VILL_EJ_UPPGE").orElseThrow().version());
    }

    @Test
    @Timeout(120)
    void ofTwoConcurrentInsertsOfTheSameCodeExactlyOneWins() throws Exception {
        int rounds = 10;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                String where = "round " + round;
                String code = "NY_ORSAK_" + round;

                ReasonCode winner = race(pool, where,
                        () -> store.insert(reason(code, "Ny orsak (anna)", 200), "anna", T2),
                        () -> store.insert(reason(code, "Ny orsak (bertil)", 200), "bertil", T2));

                assertEquals(1, winner.version(), where);
                assertEquals(Optional.of(winner), store.find(code), where);
                List<ReasonChange> history = store.history(code);
                assertEquals(1, history.size(), where);
                assertEquals(winner.labelSv().contains("anna") ? "anna" : "bertil", history.get(0).changedBy(), where);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(13 + rounds, store.findAll().size());
    }

    // ---------------------------------------------------------------- reading

    @Test
    void findAllOrdersBySortOrderThenCode() {
        store.insert(reason("ZZ_SIST", "Sist", 135), "anna", T1);
        store.insert(reason("AA_TIDIG", "Tidig", 0), "anna", T1);
        store.insert(reason("BB_LIKA", "Lika", 40), "anna", T1); // same sort order as MAENDE
        store.insert(reason("ZZ_LIKA", "Lika", 40), "anna", T1);
        store.update(store.find("COVID19").orElseThrow().withSortOrder(15), 1, ChangeKind.EDITED, "anna", T2);

        List<String> codes = store.findAll().stream().map(ReasonCode::code).toList();

        assertEquals(List.of("AA_TIDIG", "PERSONALBRIST", "COVID19", "PAVERKAN_OMVARLD", "NY_OKAND_PERSONAL",
                "BB_LIKA", "MAENDE", "ZZ_LIKA", "VILL_EJ_UPPGE", "ANNAN_SOCIAL_AKTIVITET", "ARBETE_STUDIER",
                "ANNAN_FORMELL_AKTIVITET", "SER_INTE_BEHOV", "FEL_TID", "BORTREST", "VILL_INTE_HA_PERSONAL",
                "ZZ_SIST"), codes);
    }

    @Test
    void retiredReasonsAreStillFoundAndListedInTheirPlace() {
        ReasonCode retired = store.update(
                store.find("NY_OKAND_PERSONAL").orElseThrow().withActive(false), 1, ChangeKind.RETIRED, "anna", T1);

        assertFalse(retired.active());
        assertEquals(Optional.of(retired), store.find("NY_OKAND_PERSONAL"));
        List<ReasonCode> all = store.findAll();
        assertEquals(KALMAR_CODES, all.stream().map(ReasonCode::code).toList());
        assertEquals(retired, all.get(KALMAR_CODES.indexOf("NY_OKAND_PERSONAL")));
        assertEquals(List.of("NY_OKAND_PERSONAL"), all.stream().filter(r -> !r.active()).map(ReasonCode::code).toList());

        ReasonCode reactivated = store.update(retired.withActive(true), 2, ChangeKind.REACTIVATED, "bertil", T2);

        assertTrue(reactivated.active());
        assertEquals(3, reactivated.version());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.RETIRED, ChangeKind.REACTIVATED),
                store.history("NY_OKAND_PERSONAL").stream().map(ReasonChange::kind).toList());
    }

    @Test
    void historyAndFindOfAnUnknownCodeAreEmpty() {
        assertEquals(List.of(), store.history("FINNS_INTE"));
        assertEquals(Optional.empty(), store.find("FINNS_INTE"));
        assertEquals(Optional.empty(), store.find("bortrest"), "codes are case-sensitive");
    }

    // ---------------------------------------------------------------- the test template itself

    @Test
    void theTestTemplateRollsBackAndRethrowsLikeAries() {
        ResourceLocalJpaTemplate jpa = new ResourceLocalJpaTemplate(emf());
        IllegalStateException failure = new IllegalStateException("boom");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> jpa.tx(em -> {
            em.persist(ReasonEntity.fromRecord(reason("ROLLED_BACK", "Tillbaka", 1).withActive(true)));
            em.flush();
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(Optional.empty(), store.find("ROLLED_BACK"));
    }

    // ---------------------------------------------------------------- helpers

    static ReasonCode reason(String code, String labelSv, int sortOrder) {
        return new ReasonCode(code, labelSv, labelSv + " (en)", Initiator.CLIENT, sortOrder, true, 0, Instant.EPOCH);
    }

    /** The history of every reason. */
    private Map<String, List<ReasonChange>> histories() {
        Map<String, List<ReasonChange>> all = new LinkedHashMap<>();
        for (ReasonCode reason : store.findAll()) {
            all.put(reason.code(), store.history(reason.code()));
        }
        return all;
    }

    private int appliedChangesets() throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from databasechangelog")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
