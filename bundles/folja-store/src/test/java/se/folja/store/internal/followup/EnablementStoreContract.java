package se.folja.store.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.UnitScope;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChangeKind;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.store.internal.StoreTestSupport;
import se.folja.store.internal.reasons.JpaListStore;
import se.folja.store.spi.EnablementStore;
import se.folja.store.spi.EnablementStore.Revision;

/**
 * What {@link JpaEnablementStore} promises, whatever the database: enablements are revised, never deleted, with a
 * whole row per revision; at most one enabled enablement of a template shares a day with another for the same unit,
 * also when two writes race; and lists follow the unit scope.
 */
abstract class EnablementStoreContract extends StoreTestSupport {

    /** In the hour that Swedish time skips, and in the hour that it repeats. */
    static final Instant T1 = Instant.parse("2026-03-29T01:30:00.123Z");
    static final Instant T2 = Instant.parse("2026-10-25T00:30:00.456Z");
    static final Instant T3 = Instant.parse("2026-11-02T09:15:00.789Z");

    static final String PID = "se.folja.followup.enablement~ors-norr";

    private EnablementStore enablements;

    @BeforeEach
    void createStoresUnitsAndTemplates() {
        JpaListStore lists = new JpaListStore(jpa(), null);
        for (String unit : List.of("NORR", "SODER", "VASTER")) {
            lists.insert(ListKind.UNIT, new ListItem(unit, "Enhet " + unit, "Unit " + unit, true, 1, "admin", T1));
        }
        JpaFollowUpTemplateStore templates = new JpaFollowUpTemplateStore(jpa(), null);
        for (String version : List.of("ORS 1", "ORS 2", "KALMAR 1")) {
            byte[] json = ("{\"code\":\"" + version + "\"}").getBytes(StandardCharsets.UTF_8);
            templates.storeNext(version.split(" ")[0], new LocalizedText("Mall", null), TemplateOrigin.BUILT_IN,
                    FollowUpTemplateStoreContract.sha256(json), json, "system", T1);
        }
        enablements = new JpaEnablementStore(jpa(), null);
    }

    // ---------------------------------------------------------------- insert, update, revisions

    @Test
    void anEnablementIsStoredAtRevisionOneWithItsFirstRevision() throws SQLException {
        Enablement given = new Enablement(4_711, "ORS", 2, "NORR", day("2026-01-01"), day("2026-06-30"),
                EnablementStatus.ENABLED, EnablementSource.REST, null, 9, "anna", T1);

        Enablement stored = enablements.insert(given);

        assertNotEquals(4_711, stored.id(), "the given id is ignored");
        assertEquals(new Enablement(stored.id(), "ORS", 2, "NORR", day("2026-01-01"), day("2026-06-30"),
                EnablementStatus.ENABLED, EnablementSource.REST, null, 1, "anna", T1), stored);
        assertEquals(Optional.of(stored), enablements.find(stored.id()));
        assertEquals(Optional.empty(), enablements.find(stored.id() + 1));
        assertEquals(List.of(new Revision(EnablementChangeKind.ENABLED, stored)), enablements.revisions(stored.id()));
        assertEquals(List.of(), enablements.revisions(stored.id() + 1));

        Enablement open = enablements.insert(enablement("KALMAR", 1, "NORR", "2026-01-01", null));
        assertNotEquals(stored.id(), open.id());
        assertEquals(null, enablements.find(open.id()).orElseThrow().to(), "open-ended");
        assertEquals(2, count("SELECT COUNT(*) FROM followup_enablement_revision"));
    }

    @Test
    void everyUpdateIsANewRevisionKeptWholeWithItsKind() {
        Enablement first = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", null));

        Enablement changed = enablements.update(new Enablement(first.id(), "ORS", 2, "NORR", day("2026-02-01"),
                day("2026-12-31"), EnablementStatus.ENABLED, EnablementSource.SHELL, null, 1, "bertil", T2), 1,
                EnablementChangeKind.CHANGED);
        assertEquals(new Enablement(first.id(), "ORS", 2, "NORR", day("2026-02-01"), day("2026-12-31"),
                EnablementStatus.ENABLED, EnablementSource.SHELL, null, 2, "bertil", T2), changed);

        Enablement disabled = enablements.update(with(changed, EnablementStatus.DISABLED, "cecilia", T3), 2,
                EnablementChangeKind.DISABLED);
        assertEquals(3, disabled.revision());
        assertEquals(EnablementStatus.DISABLED, disabled.status());
        assertEquals(Optional.of(disabled), enablements.find(first.id()));

        // the same state again is still a change: a revision of its own
        Enablement again = enablements.update(disabled, 3, EnablementChangeKind.DISABLED);
        assertEquals(4, again.revision());

        List<Revision> revisions = enablements.revisions(first.id());
        assertEquals(List.of(new Revision(EnablementChangeKind.ENABLED, first),
                new Revision(EnablementChangeKind.CHANGED, changed),
                new Revision(EnablementChangeKind.DISABLED, disabled),
                new Revision(EnablementChangeKind.DISABLED, again)), revisions);
        // before and after of the change to version 2: consecutive revisions
        assertEquals(1, revisions.get(0).state().templateVersion());
        assertEquals(2, revisions.get(1).state().templateVersion());
        assertEquals(day("2026-01-01"), revisions.get(0).state().from());
        assertEquals(day("2026-02-01"), revisions.get(1).state().from());
        assertEquals("anna", revisions.get(0).state().changedBy());
        assertEquals(T2, revisions.get(1).state().changedAt());
    }

    @Test
    void aStaleRevisionChangesNothing() {
        Enablement first = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", null));
        Enablement second = enablements.update(with(first, day("2026-12-31")), 1, EnablementChangeKind.CHANGED);

        ConflictException stale = assertThrows(ConflictException.class, () -> enablements.update(
                with(first, EnablementStatus.DISABLED, "bertil", T3), 1, EnablementChangeKind.DISABLED));

        assertTrue(stale.getMessage().contains("revision 2"), stale.getMessage());
        assertEquals(Optional.of(second), enablements.find(first.id()));
        assertEquals(2, enablements.revisions(first.id()).size());
    }

    @Test
    void anUnknownEnablementCannotBeUpdated() {
        NotFoundException missing = assertThrows(NotFoundException.class, () -> enablements.update(
                new Enablement(999_999, "ORS", 1, "NORR", day("2026-01-01"), null, EnablementStatus.DISABLED,
                        EnablementSource.REST, null, 1, "anna", T1), 1, EnablementChangeKind.DISABLED));

        assertTrue(missing.getMessage().contains("999999"), missing.getMessage());
    }

    @Test
    void anEnablementKeepsItsTemplateAndUnit() {
        Enablement stored = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", null));

        assertThrows(IllegalArgumentException.class, () -> enablements.update(new Enablement(stored.id(), "KALMAR",
                1, "NORR", stored.from(), null, EnablementStatus.ENABLED, EnablementSource.REST, null, 1, "anna", T2),
                1, EnablementChangeKind.CHANGED));
        assertThrows(IllegalArgumentException.class, () -> enablements.update(new Enablement(stored.id(), "ORS", 1,
                "SODER", stored.from(), null, EnablementStatus.ENABLED, EnablementSource.REST, null, 1, "anna", T2),
                1, EnablementChangeKind.CHANGED));

        assertEquals(Optional.of(stored), enablements.find(stored.id()));
    }

    // ---------------------------------------------------------------- what must exist

    @Test
    void anUnknownUnitOrTemplateVersionIsNotFoundAndNothingIsStored() throws SQLException {
        NotFoundException unit = assertThrows(NotFoundException.class,
                () -> enablements.insert(enablement("ORS", 1, "OKAND", "2026-01-01", null)));
        assertTrue(unit.getMessage().contains("unit 'OKAND'"), unit.getMessage());
        NotFoundException version = assertThrows(NotFoundException.class,
                () -> enablements.insert(enablement("ORS", 3, "NORR", "2026-01-01", null)));
        assertTrue(version.getMessage().contains("version 3") && version.getMessage().contains("'ORS'"),
                version.getMessage());
        assertThrows(NotFoundException.class,
                () -> enablements.insert(enablement("FINNS_INTE", 1, "NORR", "2026-01-01", null)));
        assertEquals(0, count("SELECT COUNT(*) FROM followup_enablement"));
        assertEquals(0, count("SELECT COUNT(*) FROM followup_enablement_revision"));

        Enablement stored = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", null));
        assertThrows(NotFoundException.class, () -> enablements.update(new Enablement(stored.id(), "ORS", 3, "NORR",
                stored.from(), null, EnablementStatus.ENABLED, EnablementSource.REST, null, 1, "anna", T2), 1,
                EnablementChangeKind.CHANGED));
        assertEquals(Optional.of(stored), enablements.find(stored.id()));
        assertEquals(1, enablements.revisions(stored.id()).size());
    }

    // ---------------------------------------------------------------- overlaps

    @Test
    void anEnabledPeriodThatSharesADayWithAnotherOfTheTemplateForTheUnitIsRefused() throws SQLException {
        Enablement firstHalf = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", "2026-06-30"));

        ConflictException touching = assertThrows(ConflictException.class,
                () -> enablements.insert(enablement("ORS", 2, "NORR", "2026-06-30", "2026-12-31")));
        assertEquals("Template ORS is already enabled for that unit from 2026-01-01 to 2026-06-30 (enablement "
                + firstHalf.id() + ")", touching.getMessage());
        assertThrows(ConflictException.class,
                () -> enablements.insert(enablement("ORS", 1, "NORR", "2025-01-01", "2026-01-01")),
                "ends on its first day");
        assertThrows(ConflictException.class,
                () -> enablements.insert(enablement("ORS", 1, "NORR", "2026-03-01", "2026-03-01")), "one day inside");
        assertThrows(ConflictException.class,
                () -> enablements.insert(enablement("ORS", 1, "NORR", "2025-01-01", null)), "open-ended before it");
        assertThrows(ConflictException.class,
                () -> enablements.insert(enablement("ORS", 2, "NORR", "2025-01-01", "2027-12-31")), "around it");

        Enablement open = enablements.insert(enablement("ORS", 1, "SODER", "2026-01-01", null));
        ConflictException later = assertThrows(ConflictException.class,
                () -> enablements.insert(enablement("ORS", 2, "SODER", "2030-01-01", "2030-01-31")));
        assertEquals("Template ORS is already enabled for that unit from 2026-01-01, with no last day (enablement "
                + open.id() + ")", later.getMessage());

        assertEquals(2, count("SELECT COUNT(*) FROM followup_enablement"), "nothing of the refused ones stored");
        assertEquals(2, count("SELECT COUNT(*) FROM followup_enablement_revision"));
    }

    @Test
    void anotherUnitAnotherTemplateAnAdjacentPeriodOrADisabledOneIsNoOverlap() {
        Enablement firstHalf = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", "2026-06-30"));

        enablements.insert(enablement("ORS", 1, "SODER", "2026-01-01", "2026-06-30"));
        enablements.insert(enablement("KALMAR", 1, "NORR", "2026-01-01", "2026-06-30"));
        enablements.insert(enablement("ORS", 2, "NORR", "2026-07-01", null));
        enablements.insert(enablement("ORS", 1, "NORR", "2025-01-01", "2025-12-31"));
        Enablement disabledNew = enablements.insert(with(enablement("ORS", 1, "NORR", "2026-03-01", "2026-03-31"),
                EnablementStatus.DISABLED, "anna", T1));
        assertEquals(EnablementStatus.DISABLED, disabledNew.status());

        // once the first half is disabled, its days are free
        enablements.update(with(firstHalf, EnablementStatus.DISABLED, "bertil", T2), 1,
                EnablementChangeKind.DISABLED);
        Enablement replacement = enablements.insert(enablement("ORS", 2, "NORR", "2026-01-01", "2026-06-30"));

        assertEquals(List.of("2025-01-01", "2026-01-01", "2026-01-01", "2026-03-01", "2026-07-01"),
                enablements.find(UnitScope.of(Set.of("NORR")), "ORS", null).stream()
                        .map(e -> e.from().toString()).toList());
        assertEquals(1, replacement.revision());
    }

    @Test
    void aChangeIsCheckedForOverlapsLikeANewEnablementButNotWithItself() {
        Enablement firstHalf = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", "2026-06-30"));
        Enablement secondHalf = enablements.insert(enablement("ORS", 1, "NORR", "2026-07-01", "2026-12-31"));

        // longer, over its own old period: no overlap with itself
        Enablement longer = enablements.update(with(firstHalf, day("2025-01-01"), day("2026-06-30")), 1,
                EnablementChangeKind.CHANGED);
        assertEquals(day("2025-01-01"), longer.from());

        ConflictException intoTheNext = assertThrows(ConflictException.class, () -> enablements.update(
                with(longer, day("2025-01-01"), day("2026-07-01")), 2, EnablementChangeKind.CHANGED));
        assertTrue(intoTheNext.getMessage().contains("(enablement " + secondHalf.id() + ")"),
                intoTheNext.getMessage());

        // a disabled one that would overlap when enabled again is refused; kept disabled, it is not
        Enablement disabled = enablements.update(with(secondHalf, EnablementStatus.DISABLED, "bertil", T2), 1,
                EnablementChangeKind.DISABLED);
        Enablement overlapping = enablements.update(with(longer, day("2025-01-01"), null), 2,
                EnablementChangeKind.CHANGED);
        ConflictException reenabled = assertThrows(ConflictException.class, () -> enablements.update(
                with(disabled, EnablementStatus.ENABLED, "cecilia", T3), 2, EnablementChangeKind.CHANGED));
        assertTrue(reenabled.getMessage().contains("(enablement " + firstHalf.id() + ")"), reenabled.getMessage());
        assertEquals(Optional.of(disabled), enablements.find(secondHalf.id()));
        assertEquals(Optional.of(overlapping), enablements.find(firstHalf.id()));
    }

    // ---------------------------------------------------------------- lists

    @Test
    void listsFollowTheUnitScopeAndTheTemplateInUnitTemplateAndDayOrder() {
        Enablement vasterOrs = enablements.insert(enablement("ORS", 1, "VASTER", "2026-01-01", null));
        Enablement norrOrsLater = enablements.insert(enablement("ORS", 2, "NORR", "2026-07-01", null));
        Enablement norrOrs = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", "2026-06-30"));
        Enablement soderKalmar = enablements.insert(enablement("KALMAR", 1, "SODER", "2026-01-01", null));
        Enablement norrKalmar = enablements.insert(enablement("KALMAR", 1, "NORR", "2026-03-01", null));

        assertEquals(List.of(norrKalmar, norrOrs, norrOrsLater, soderKalmar, vasterOrs),
                enablements.find(UnitScope.EVERY, null, null));
        assertEquals(List.of(norrKalmar, norrOrs, norrOrsLater, vasterOrs),
                enablements.find(UnitScope.of(Set.of("NORR", "VASTER")), null, null));
        assertEquals(List.of(soderKalmar), enablements.find(UnitScope.of(Set.of("SODER")), null, null));
        assertEquals(List.of(norrOrs, norrOrsLater, vasterOrs), enablements.find(UnitScope.EVERY, "ORS", null));
        assertEquals(List.of(norrKalmar), enablements.find(UnitScope.of(Set.of("NORR")), "KALMAR", null));
        assertEquals(List.of(), enablements.find(UnitScope.EVERY, "FINNS_INTE", null));
        assertEquals(List.of(), enablements.find(UnitScope.NONE, null, null), "no unit: nothing");
        assertEquals(List.of(), enablements.find(UnitScope.NONE, "ORS", day("2026-01-01")));
    }

    @Test
    void currentOrComingOnADayLeavesOutWhatEndedBeforeItAndWhatIsDisabled() {
        Enablement endedTheDayBefore = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", "2026-03-14"));
        Enablement endsThatDay = enablements.insert(enablement("ORS", 1, "SODER", "2026-01-01", "2026-03-15"));
        Enablement coming = enablements.insert(enablement("ORS", 2, "NORR", "2026-04-01", "2026-04-30"));
        Enablement open = enablements.insert(enablement("KALMAR", 1, "NORR", "2020-01-01", null));
        Enablement disabled = enablements.update(
                with(enablements.insert(enablement("ORS", 1, "VASTER", "2026-01-01", null)),
                        EnablementStatus.DISABLED, "bertil", T2), 1, EnablementChangeKind.DISABLED);

        LocalDate day = day("2026-03-15");
        assertEquals(List.of(open, coming, endsThatDay), enablements.find(UnitScope.EVERY, null, day));
        assertEquals(List.of(coming, endsThatDay), enablements.find(UnitScope.EVERY, "ORS", day));
        assertEquals(List.of(open, coming), enablements.find(UnitScope.of(Set.of("NORR")), null, day));
        assertEquals(List.of(open, endedTheDayBefore, coming, endsThatDay, disabled),
                enablements.find(UnitScope.EVERY, null, null), "without a day: every one, ended and disabled too");
    }

    // ---------------------------------------------------------------- configuration

    @Test
    void anEnablementThatFollowsAConfigurationIsFoundByItsPid() {
        Enablement rest = enablements.insert(enablement("ORS", 1, "SODER", "2026-01-01", null));
        Enablement configured = enablements.insert(new Enablement(0, "ORS", 1, "NORR", day("2026-01-01"), null,
                EnablementStatus.ENABLED, EnablementSource.CONFIGURATION, PID, 0, "configuration:" + PID, T1));
        Enablement other = enablements.insert(new Enablement(0, "KALMAR", 1, "VASTER", day("2026-01-01"), null,
                EnablementStatus.ENABLED, EnablementSource.CONFIGURATION, "se.folja.followup.enablement~kalmar", 0,
                "configuration:se.folja.followup.enablement~kalmar", T1));

        assertEquals(Optional.of(configured), enablements.findByConfiguration(PID));
        assertEquals(Optional.empty(), enablements.findByConfiguration("se.folja.followup.enablement~finns-inte"));
        assertEquals(List.of(configured, other), enablements.findConfigured());
        assertTrue(configured.id() > rest.id());

        ConflictException second = assertThrows(ConflictException.class, () -> enablements.insert(new Enablement(0,
                "KALMAR", 1, "SODER", day("2027-01-01"), null, EnablementStatus.ENABLED,
                EnablementSource.CONFIGURATION, PID, 0, "configuration:" + PID, T2)));
        assertEquals("Enablement " + configured.id() + " follows configuration '" + PID + "' already",
                second.getMessage());

        // unconfigured: disabled, still following its PID, with its history
        Enablement unconfigured = enablements.update(with(configured, EnablementStatus.DISABLED,
                "configuration:" + PID, T3), 1, EnablementChangeKind.DISABLED);
        assertEquals(Optional.of(unconfigured), enablements.findByConfiguration(PID));
        assertEquals(PID, unconfigured.configuration());
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void ofTwoOverlappingEnablementsStoredAtOnceExactlyOneIsStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                int year = 2030 + round;
                Enablement winner = race(pool, "round " + round,
                        () -> enablements.insert(enablement("ORS", 1, "NORR", year + "-01-01", year + "-06-30")),
                        () -> enablements.insert(enablement("ORS", 2, "NORR", year + "-06-01", year + "-12-31")));
                assertEquals(List.of(winner), enablements.find(UnitScope.EVERY, "ORS", null).stream()
                        .filter(e -> e.from().getYear() == year).toList());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, count("SELECT COUNT(*) FROM followup_enablement"));
        assertEquals(8, count("SELECT COUNT(*) FROM followup_enablement_revision"));
    }

    @Test
    void ofAChangeAndANewEnablementThatWouldOverlapAtOnceExactlyOneSucceeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                int year = 2030 + round;
                Enablement existing = enablements.insert(enablement("ORS", 1, "SODER", year + "-01-01",
                        year + "-03-31"));
                race(pool, "round " + round,
                        () -> enablements.update(with(existing, day(year + "-01-01"), day(year + "-12-31")), 1,
                                EnablementChangeKind.CHANGED),
                        () -> enablements.insert(enablement("ORS", 2, "SODER", year + "-06-01", year + "-06-30")));
                List<Enablement> stored = enablements.find(UnitScope.EVERY, "ORS", null).stream()
                        .filter(e -> e.from().getYear() == year).toList();
                assertEquals(stored.size() == 1 ? 2 : 1, stored.get(0).revision(), "round " + round + ": " + stored);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofTwoEnablementsOfOneConfigurationStoredAtOnceExactlyOneIsStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String pid = PID + "-" + round;
                int thisRound = round;
                // two units: the unit locks do not serialise them, the unique PID does
                Enablement winner = race(pool, pid,
                        () -> enablements.insert(configured("ORS", "NORR", thisRound, pid)),
                        () -> enablements.insert(configured("KALMAR", "SODER", thisRound, pid)));
                assertEquals(Optional.of(winner), enablements.findByConfiguration(pid));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, enablements.findConfigured().size());
        assertEquals(8, count("SELECT COUNT(*) FROM followup_enablement_revision"));
    }

    @Test
    void ofTwoUpdatesOfTheSameRevisionAtOnceExactlyOneWins() throws Exception {
        Enablement stored = enablements.insert(enablement("ORS", 1, "NORR", "2026-01-01", null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                Enablement current = enablements.find(stored.id()).orElseThrow();
                long revision = current.revision();
                Enablement winner = race(pool, "round " + round,
                        () -> enablements.update(with(current, day("2026-01-01"), day("2027-01-31")), revision,
                                EnablementChangeKind.CHANGED),
                        () -> enablements.update(with(current, day("2026-02-01"), null), revision,
                                EnablementChangeKind.CHANGED));
                assertEquals(revision + 1, winner.revision());
                assertEquals(Optional.of(winner), enablements.find(stored.id()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(9, enablements.revisions(stored.id()).size());
    }

    // ---------------------------------------------------------------- helpers

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** An enabled enablement through REST by anna at T1; id and revision for the store to set. */
    static Enablement enablement(String template, int version, String unit, String from, String to) {
        return new Enablement(0, template, version, unit, day(from), to == null ? null : day(to),
                EnablementStatus.ENABLED, EnablementSource.REST, null, 0, "anna", T1);
    }

    /** Enabled for a year of its own from a configuration. */
    static Enablement configured(String template, String unit, int round, String pid) {
        return new Enablement(0, template, 1, unit, LocalDate.of(2030 + round, 1, 1),
                LocalDate.of(2030 + round, 12, 31), EnablementStatus.ENABLED, EnablementSource.CONFIGURATION, pid, 0,
                "configuration:" + pid, T1);
    }

    static Enablement with(Enablement e, EnablementStatus status, String by, Instant at) {
        return new Enablement(e.id(), e.templateCode(), e.templateVersion(), e.unit(), e.from(), e.to(), status,
                e.source(), e.configuration(), e.revision(), by, at);
    }

    static Enablement with(Enablement e, LocalDate to) {
        return with(e, e.from(), to);
    }

    static Enablement with(Enablement e, LocalDate from, LocalDate to) {
        return new Enablement(e.id(), e.templateCode(), e.templateVersion(), e.unit(), from, to, e.status(),
                e.source(), e.configuration(), e.revision(), "bertil", T2);
    }
}
