package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChange;
import se.folja.api.followup.EnablementChangeKind;
import se.folja.api.followup.EnablementQuery;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.api.followup.TemplateOrigin;
import se.folja.store.spi.EnablementStore;

/** Enabling templates per unit and period: the rules, the units a reader reaches, the audit, configurations. */
class DefaultEnablementsTest {

    /** 10:00 in Stockholm on Monday 7 December 2026. */
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    private static final Actor ADMIN = new Actor("admin", Set.of(), true);
    private static final Actor STAFF_NORR = new Actor("staff", Set.of("NORR"), false);
    private static final Actor STAFF_SODER = new Actor("staff2", Set.of("SODER"), false);
    private static final String PID = "se.folja.followup.enablement~ors-norr";

    private final TestClock clock = new TestClock(NOW);
    private final Memory.Lists lists = new Memory.Lists();
    private final Memory.Templates templateStore = new Memory.Templates();
    private final Memory.Enablements store = new Memory.Enablements(templateStore, lists);
    private DefaultFollowUpTemplates templates;
    private DefaultEnablements enablements;

    @BeforeEach
    void builtInTemplatesAndASecondVersionOfOrs() {
        templates = new DefaultFollowUpTemplates(new JsonTemplateReader(), templateStore, lists, clock);
        templates.storeBuiltIns(BuiltInTemplates.shipped());
        templates.store(ors("ORS, andra versionen"), TemplateOrigin.UPLOADED, ADMIN);
        enablements = new DefaultEnablements(store, templates, lists, clock);
    }

    /** ORS under another Swedish title: another version of it. */
    private static byte[] ors(String title) {
        try {
            ObjectNode ors = (ObjectNode) Fixtures.JSON.readTree(BuiltInTemplates.shipped().stream()
                    .filter(s -> s.code().equals("ORS")).findFirst().orElseThrow().document().read());
            Fixtures.set(ors, "/title/sv", "'" + title + "'");
            return Fixtures.bytes(ors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EnableRequest request(String template, Integer version, String unit, String from, String to) {
        return new EnableRequest(template, version, unit, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    private Enablement enable(String template, String unit, String from, String to) {
        return enablements.enable(request(template, null, unit, from, to), EnablementSource.REST, ADMIN);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private List<Long> ids(List<Enablement> list) {
        return list.stream().map(Enablement::id).toList();
    }

    // ---------------------------------------------------------------- enable

    @Test
    void anEnablementWithoutVersionOrFirstDayIsTheLatestVersionFromTodayOpenEnded() {
        Enablement e = enablements.enable(request("ORS", null, "NORR", null, null), EnablementSource.REST, ADMIN);

        assertEquals("ORS", e.templateCode());
        assertEquals(2, e.templateVersion());
        assertEquals("NORR", e.unit());
        assertEquals(TODAY, e.from());
        assertNull(e.to());
        assertEquals(EnablementStatus.ENABLED, e.status());
        assertEquals(EnablementSource.REST, e.source());
        assertNull(e.configuration());
        assertEquals(1, e.revision());
        assertEquals("admin", e.changedBy());
        assertEquals(NOW, e.changedAt());
        assertEquals(List.of(e), store.all());
    }

    @Test
    void todayIsTheDayInSwedenNotInUtc() {
        clock.set(Instant.parse("2026-12-07T23:30:00Z"));

        assertEquals(LocalDate.parse("2026-12-08"), enable("ORS", "NORR", null, null).from());
    }

    @Test
    void aNamedVersionAndPeriodAreEnabledAsAsked() {
        Enablement e = enablements.enable(request("ORS", 1, "SODER", "2027-01-01", "2027-06-30"),
                EnablementSource.SHELL, new Actor("karaf"));

        assertEquals(1, e.templateVersion());
        assertEquals(LocalDate.parse("2027-01-01"), e.from());
        assertEquals(LocalDate.parse("2027-06-30"), e.to());
        assertEquals(EnablementSource.SHELL, e.source());
        assertEquals("karaf", e.changedBy());
    }

    @Test
    void aPeriodOfOneDayIsAccepted() {
        Enablement e = enable("ORS", "NORR", "2027-01-01", "2027-01-01");

        assertEquals(e.from(), e.to());
    }

    @Test
    void everyMissingFieldIsNamedAtOnceAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class, () -> enablements.enable(
                new EnableRequest(null, null, " ", null, null), EnablementSource.REST, ADMIN));

        assertEquals(List.of(new FieldError("template", "is required"), new FieldError("unit", "is required")),
                e.errors());
        assertTrue(store.all().isEmpty());
    }

    @Test
    void anUnknownTemplateOrVersionIsRefusedByItsField() {
        assertEquals(List.of(new FieldError("template", "is not a known follow-up template")),
                assertThrows(ValidationException.class, () -> enable("NOPE", "NORR", null, null)).errors());
        assertEquals(List.of("template"), fields(assertThrows(ValidationException.class,
                () -> enable("ors", "NORR", null, null))));
        assertEquals(List.of(new FieldError("version", "is not a stored version of the template")),
                assertThrows(ValidationException.class, () -> enablements.enable(request("ORS", 3, "NORR", null,
                        null), EnablementSource.REST, ADMIN)).errors());
        assertEquals(List.of("version"), fields(assertThrows(ValidationException.class, () -> enablements.enable(
                request("ORS", 0, "NORR", null, null), EnablementSource.REST, ADMIN))));
        assertTrue(store.all().isEmpty());
    }

    @Test
    void theUnitMustBeAnActiveUnitOfTheCatalogue() {
        assertEquals(List.of(new FieldError("unit", "is not a known unit")),
                assertThrows(ValidationException.class, () -> enable("ORS", "VAST", null, null)).errors());
        assertEquals(List.of(new FieldError("unit", "is a retired unit")),
                assertThrows(ValidationException.class, () -> enable("ORS", "NEDLAGD", null, null)).errors());
        assertEquals(List.of(new FieldError("unit", "is not a known unit")),
                assertThrows(ValidationException.class, () -> enable("ORS", "norr; drop", null, null)).errors());
        assertTrue(store.all().isEmpty());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedByTo() {
        assertEquals(List.of(new FieldError("to", "must be on or after the first day (from)")),
                assertThrows(ValidationException.class, () -> enable("ORS", "NORR", "2027-02-01", "2027-01-31"))
                        .errors());
        assertEquals(List.of(new FieldError("to", "must be on or after the first day (from, today when not given)")),
                assertThrows(ValidationException.class, () -> enable("ORS", "NORR", null, "2026-12-06")).errors());
        assertTrue(store.all().isEmpty());
    }

    @Test
    void daysOutsideFoljasRangeAreRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> enable("ORS", "NORR", "1989-12-31", "2100-01-01"));

        assertEquals(List.of("from", "to"), fields(e));
        assertEquals("must be between 1990-01-01 and 2099-12-31", e.errors().get(0).message());
    }

    @Test
    void anOverlappingEnablementOfTheSameTemplateAndUnitIsAConflictAndNothingIsStored() {
        enable("ORS", "NORR", "2027-01-01", "2027-06-30");

        assertThrows(ConflictException.class, () -> enable("ORS", "NORR", "2027-06-30", null));
        enable("ORS", "NORR", "2027-07-01", null);
        enable("ORS", "SODER", "2027-01-01", null);
        enable("TROSA_MISSBRUK", "NORR", "2027-01-01", null);

        assertEquals(4, store.all().size());
    }

    @Test
    void onlyTheRestAndTheShellEnableChangeAndDisableAsThemselves() {
        Enablement e = enable("ORS", "NORR", null, null);

        assertThrows(IllegalArgumentException.class, () -> enablements.enable(request("ORS", null, "SODER", null,
                null), EnablementSource.CONFIGURATION, ADMIN));
        assertThrows(IllegalArgumentException.class, () -> enablements.change(e.id(), 1, 1, null, null, false,
                EnablementSource.CONFIGURATION, ADMIN));
        assertThrows(IllegalArgumentException.class, () -> enablements.disable(e.id(), 1L,
                EnablementSource.CONFIGURATION, ADMIN));
        assertEquals(1, store.all().size());
        assertEquals(1, store.revisionCount());
    }

    // ---------------------------------------------------------------- change

    @Test
    void aChangeReplacesVersionAndPeriodAndRaisesTheRevision() {
        Enablement e = enable("ORS", "NORR", "2027-01-01", null);
        clock.advance(Duration.ofHours(1));

        Enablement changed = enablements.change(e.id(), 1, 1, LocalDate.parse("2027-02-01"),
                LocalDate.parse("2027-12-31"), false, EnablementSource.SHELL, new Actor("karaf"));

        assertEquals(1, changed.templateVersion());
        assertEquals(LocalDate.parse("2027-02-01"), changed.from());
        assertEquals(LocalDate.parse("2027-12-31"), changed.to());
        assertEquals(2, changed.revision());
        assertEquals(EnablementSource.SHELL, changed.source());
        assertEquals("karaf", changed.changedBy());
        assertEquals(NOW.plus(Duration.ofHours(1)), changed.changedAt());
    }

    @Test
    void aChangeKeepsWhatItDoesNotNameAndClearsTheLastDayOnlyWhenAsked() {
        Enablement e = enable("ORS", "NORR", "2027-01-01", "2027-06-30");

        Enablement kept = enablements.change(e.id(), 1, null, null, null, false, EnablementSource.REST, ADMIN);
        assertSame(e, kept, "nothing to change: nothing stored");
        assertEquals(1, store.revisionCount());

        Enablement longer = enablements.change(e.id(), 1, null, null, LocalDate.parse("2027-12-31"), false,
                EnablementSource.REST, ADMIN);
        assertEquals(2, longer.templateVersion());
        assertEquals(LocalDate.parse("2027-01-01"), longer.from());
        assertEquals(LocalDate.parse("2027-12-31"), longer.to());

        Enablement open = enablements.change(e.id(), 2, null, null, null, true, EnablementSource.REST, ADMIN);
        assertNull(open.to());
        assertEquals(3, open.revision());
    }

    @Test
    void aChangeIsCheckedAsAnEnablementIs() {
        Enablement e = enable("ORS", "NORR", "2027-01-01", "2027-06-30");

        assertEquals(List.of(new FieldError("version", "is not a stored version of the template")),
                assertThrows(ValidationException.class, () -> enablements.change(e.id(), 1, 7, null, null, false,
                        EnablementSource.REST, ADMIN)).errors());
        assertEquals(List.of(new FieldError("to", "must be on or after the first day (from)")),
                assertThrows(ValidationException.class, () -> enablements.change(e.id(), 1, null, null,
                        LocalDate.parse("2026-12-31"), false, EnablementSource.REST, ADMIN)).errors());
        assertEquals(List.of(new FieldError("from", "must be on or before the last day (to)")),
                assertThrows(ValidationException.class, () -> enablements.change(e.id(), 1, null,
                        LocalDate.parse("2027-07-01"), null, false, EnablementSource.REST, ADMIN)).errors());
        assertEquals(List.of(new FieldError("to", "give to or clearTo, not both")),
                assertThrows(ValidationException.class, () -> enablements.change(e.id(), 1, null, null,
                        LocalDate.parse("2027-12-31"), true, EnablementSource.REST, ADMIN)).errors());
        assertEquals(List.of("from"), fields(assertThrows(ValidationException.class, () -> enablements.change(
                e.id(), 1, null, LocalDate.parse("1900-01-01"), null, false, EnablementSource.REST, ADMIN))));
        assertEquals(1, store.revisionCount());
    }

    @Test
    void aChangeFromAStaleRevisionIsAConflict() {
        Enablement e = enable("ORS", "NORR", "2027-01-01", null);
        enablements.change(e.id(), 1, 1, null, null, false, EnablementSource.REST, ADMIN);

        ConflictException conflict = assertThrows(ConflictException.class, () -> enablements.change(e.id(), 1,
                null, LocalDate.parse("2027-03-01"), null, false, EnablementSource.REST, ADMIN));

        assertTrue(conflict.getMessage().contains("revision 2, not 1"), conflict.getMessage());
        assertEquals(2, store.revisionCount());
    }

    @Test
    void aDisabledEnablementIsNotChanged() {
        Enablement e = enable("ORS", "NORR", "2027-01-01", null);
        enablements.disable(e.id(), 1L, EnablementSource.REST, ADMIN);

        assertThrows(ConflictException.class, () -> enablements.change(e.id(), 2, 1, null, null, false,
                EnablementSource.REST, ADMIN));
    }

    @Test
    void aChangeOntoAnotherEnablementsDaysIsAConflict() {
        Enablement spring = enable("ORS", "NORR", "2027-01-01", "2027-06-30");
        enable("ORS", "NORR", "2027-07-01", null);

        assertThrows(ConflictException.class, () -> enablements.change(spring.id(), 1, null, null,
                LocalDate.parse("2027-07-01"), false, EnablementSource.REST, ADMIN));
        assertEquals(LocalDate.parse("2027-06-30"), enablements.get(spring.id(), ADMIN).to());
    }

    @Test
    void anUnknownEnablementIsNotFound() {
        assertThrows(NotFoundException.class, () -> enablements.get(99, ADMIN));
        assertThrows(NotFoundException.class, () -> enablements.change(99, 1, 1, null, null, false,
                EnablementSource.REST, ADMIN));
        assertThrows(NotFoundException.class, () -> enablements.disable(99, null, EnablementSource.SHELL, ADMIN));
        assertThrows(NotFoundException.class, () -> enablements.history(99, ADMIN));
    }

    // ---------------------------------------------------------------- disable

    @Test
    void aDisabledEnablementIsKeptAndDisablingItAgainChangesNothing() {
        Enablement e = enable("ORS", "NORR", null, null);

        Enablement disabled = enablements.disable(e.id(), 1L, EnablementSource.REST, ADMIN);
        assertEquals(EnablementStatus.DISABLED, disabled.status());
        assertEquals(2, disabled.revision());
        assertEquals(e.from(), disabled.from());
        assertEquals(2, disabled.templateVersion());

        Enablement again = enablements.disable(e.id(), 1L, EnablementSource.REST, ADMIN);
        assertEquals(disabled, again);
        assertEquals(disabled, enablements.disable(e.id(), null, EnablementSource.SHELL, ADMIN));
        assertEquals(2, store.revisionCount());
        assertEquals(List.of(disabled), store.all());
    }

    @Test
    void theShellDisablesWhateverTheRevisionAndTheRestFromTheRevisionItSaw() {
        Enablement e = enable("ORS", "NORR", null, null);
        enablements.change(e.id(), 1, 1, null, null, false, EnablementSource.REST, ADMIN);

        assertThrows(ConflictException.class, () -> enablements.disable(e.id(), 1L, EnablementSource.REST, ADMIN));
        Enablement disabled = enablements.disable(e.id(), null, EnablementSource.SHELL, new Actor("karaf"));

        assertEquals(EnablementStatus.DISABLED, disabled.status());
        assertEquals(3, disabled.revision());
        assertEquals("karaf", disabled.changedBy());
        assertEquals(EnablementSource.SHELL, disabled.source());
    }

    @Test
    void aDisabledEnablementFreesItsDaysForAnother() {
        Enablement e = enable("ORS", "NORR", null, null);
        enablements.disable(e.id(), null, EnablementSource.SHELL, ADMIN);

        Enablement again = enable("ORS", "NORR", null, null);

        assertEquals(EnablementStatus.ENABLED, again.status());
    }

    // ---------------------------------------------------------------- reading by unit

    @Test
    void staffReadTheirOwnUnitsEnablementsOnly() {
        Enablement norr = enable("ORS", "NORR", null, null);

        assertEquals(norr, enablements.get(norr.id(), STAFF_NORR));
        assertThrows(ForbiddenException.class, () -> enablements.get(norr.id(), STAFF_SODER));
        assertThrows(ForbiddenException.class, () -> enablements.history(norr.id(), STAFF_SODER));
        assertEquals(norr, enablements.get(norr.id(), ADMIN));
    }

    @Test
    void staffListOnlyWhatTheirUnitsHaveNowOrLaterWhateverTheyAskFor() {
        Enablement current = enable("ORS", "NORR", "2026-12-01", null);
        Enablement coming = enable("TROSA_MISSBRUK", "NORR", "2027-03-01", null);
        Enablement ended = enable("KALMAR_BOENDESTOD", "NORR", "2026-01-01", "2026-12-06");
        Enablement endsToday = enable("ALDREOMSORG_SOCIAL_SAMVARO", "NORR", "2026-01-01", "2026-12-07");
        Enablement disabled = enable("TROSA_MISSBRUK", "NORR", "2026-01-01", "2026-06-30");
        enablements.disable(disabled.id(), null, EnablementSource.SHELL, ADMIN);
        Enablement soder = enable("ORS", "SODER", null, null);

        List<Long> seen = ids(enablements.list(new EnablementQuery(Set.of(), null, true), STAFF_NORR));

        assertEquals(List.of(endsToday.id(), current.id(), coming.id()), seen, "by unit, template, first day");
        assertFalse(seen.contains(ended.id()) || seen.contains(disabled.id()) || seen.contains(soder.id()));
        assertEquals(List.of(soder.id()), ids(enablements.list(new EnablementQuery(Set.of(), null, false),
                STAFF_SODER)));
        assertEquals(List.of(current.id()), ids(enablements.list(new EnablementQuery(Set.of("NORR"), "ORS", true),
                STAFF_NORR)));
    }

    @Test
    void staffNamingAnotherUnitAreRefused() {
        enable("ORS", "SODER", null, null);

        assertThrows(ForbiddenException.class, () -> enablements.list(new EnablementQuery(Set.of("SODER"), null,
                false), STAFF_NORR));
        assertEquals(List.of(), enablements.list(new EnablementQuery(Set.of(), null, false),
                new Actor("nobody")), "no unit, nothing");
    }

    @Test
    void administratorsListEveryUnitAndTheEndedAndDisabledOnlyWhenTheyAsk() {
        Enablement ended = enable("KALMAR_BOENDESTOD", "NORR", "2026-01-01", "2026-06-30");
        Enablement disabled = enable("ORS", "SODER", null, null);
        enablements.disable(disabled.id(), null, EnablementSource.SHELL, ADMIN);
        Enablement current = enable("ORS", "OST", null, null);

        assertEquals(List.of(current.id()), ids(enablements.list(new EnablementQuery(Set.of(), null, false),
                ADMIN)));
        assertEquals(List.of(ended.id(), current.id(), disabled.id()),
                ids(enablements.list(new EnablementQuery(Set.of(), null, true), ADMIN)));
        assertEquals(List.of(disabled.id()), ids(enablements.list(new EnablementQuery(Set.of("SODER"), null, true),
                ADMIN)));
        assertEquals(List.of(current.id(), disabled.id()),
                ids(enablements.list(new EnablementQuery(Set.of(), "ORS", true), ADMIN)), "OST before SODER");
    }

    // ---------------------------------------------------------------- history

    @Test
    void theHistoryPairsEachRevisionWithTheOneBefore() {
        Enablement enabled = enable("ORS", "NORR", "2027-01-01", null);
        clock.advance(Duration.ofMinutes(5));
        Enablement changed = enablements.change(enabled.id(), 1, 1, null, LocalDate.parse("2027-06-30"), false,
                EnablementSource.SHELL, new Actor("karaf"));
        clock.advance(Duration.ofMinutes(5));
        Enablement disabled = enablements.disable(enabled.id(), 2L, EnablementSource.REST, ADMIN);

        List<EnablementChange> history = enablements.history(enabled.id(), STAFF_NORR);

        assertEquals(List.of(new EnablementChange(EnablementChangeKind.ENABLED, null, enabled),
                new EnablementChange(EnablementChangeKind.CHANGED, enabled, changed),
                new EnablementChange(EnablementChangeKind.DISABLED, changed, disabled)), history);
        assertEquals("karaf", history.get(1).after().changedBy());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), history.get(1).after().changedAt());
    }

    // ---------------------------------------------------------------- configurations

    @Test
    void aConfigurationEnablesItsTemplateAsItself() {
        Enablement e = enablements.configure(PID, request("ORS", null, "NORR", null, null)).orElseThrow();

        assertEquals(EnablementSource.CONFIGURATION, e.source());
        assertEquals(PID, e.configuration());
        assertEquals("configuration:" + PID, e.changedBy());
        assertEquals(2, e.templateVersion());
        assertEquals(TODAY, e.from());
        assertEquals(List.of(PID), enablements.configured());
    }

    @Test
    void theSameConfigurationAgainStoresNothingEvenOnALaterDayOrAfterANewTemplateVersion() {
        Enablement first = enablements.configure(PID, request("ORS", null, "NORR", null, null)).orElseThrow();
        clock.advance(Duration.ofDays(30));
        assertEquals(3, templates.store(ors("ORS, tredje versionen"), TemplateOrigin.UPLOADED, ADMIN).info()
                .version());

        Enablement restarted = enablements.configure(PID, request("ORS", null, "NORR", null, null)).orElseThrow();

        assertEquals(first, restarted);
        assertEquals(1, store.revisionCount());
        assertEquals(TODAY, restarted.from(), "not the day of the restart");
        assertEquals(2, restarted.templateVersion(), "not the version uploaded since");
    }

    @Test
    void aChangedConfigurationChangesItsEnablement() {
        Enablement first = enablements.configure(PID, request("ORS", null, "NORR", null, null)).orElseThrow();
        clock.advance(Duration.ofDays(1));

        Enablement changed = enablements.configure(PID, request("ORS", 1, "NORR", null, "2027-06-30"))
                .orElseThrow();

        assertEquals(first.id(), changed.id());
        assertEquals(1, changed.templateVersion());
        assertEquals(TODAY, changed.from(), "the first day it was applied is kept");
        assertEquals(LocalDate.parse("2027-06-30"), changed.to());
        assertEquals(2, changed.revision());
        assertEquals(EnablementChangeKind.CHANGED, store.revisions(first.id()).get(1).kind());
    }

    @Test
    void aDeletedConfigurationDisablesItsEnablementOnceAndARecreatedOneEnablesItAgain() {
        Enablement first = enablements.configure(PID, request("ORS", null, "NORR", null, null)).orElseThrow();

        Enablement disabled = enablements.unconfigure(PID).orElseThrow();
        assertEquals(EnablementStatus.DISABLED, disabled.status());
        assertEquals("configuration:" + PID, disabled.changedBy());
        assertEquals(disabled, enablements.unconfigure(PID).orElseThrow(), "disabled already: nothing stored");
        assertEquals(List.of(), enablements.configured());
        assertEquals(2, store.revisionCount());

        clock.advance(Duration.ofDays(3));
        Enablement again = enablements.configure(PID, request("ORS", null, "NORR", null, null)).orElseThrow();

        assertEquals(first.id(), again.id());
        assertEquals(EnablementStatus.ENABLED, again.status());
        assertEquals(TODAY.plusDays(3), again.from(), "enabled from the day it came back");
        assertEquals(List.of(EnablementChangeKind.ENABLED, EnablementChangeKind.DISABLED,
                EnablementChangeKind.CHANGED), store.revisions(first.id()).stream().map(r -> r.kind()).toList());
    }

    @Test
    void twoDisablesOfADeletedConfigurationAtOnceStoreOneAndBothAnswerIt() {
        enablements.configure(PID, request("ORS", null, "NORR", null, null)).orElseThrow();
        // the sweep's disable reads the enablement, then the component's deactivation disables it first
        EnablementStore racing = new EnablementStore() {
            private boolean raced;

            @Override
            public Enablement update(Enablement e, long expectedRevision, EnablementChangeKind kind) {
                if (!raced) {
                    raced = true;
                    enablements.unconfigure(PID);
                }
                return store.update(e, expectedRevision, kind);
            }

            @Override
            public Enablement insert(Enablement e) {
                return store.insert(e);
            }

            @Override
            public Optional<Enablement> find(long id) {
                return store.find(id);
            }

            @Override
            public Optional<Enablement> findByConfiguration(String configuration) {
                return store.findByConfiguration(configuration);
            }

            @Override
            public List<Enablement> findConfigured() {
                return store.findConfigured();
            }

            @Override
            public List<Enablement> find(UnitScope scope, String template, LocalDate currentOrComingOn) {
                return store.find(scope, template, currentOrComingOn);
            }

            @Override
            public List<Revision> revisions(long id) {
                return store.revisions(id);
            }
        };

        Optional<Enablement> disabled = new DefaultEnablements(racing, templates, lists, clock).unconfigure(PID);

        assertEquals(EnablementStatus.DISABLED, disabled.orElseThrow().status());
        assertEquals(List.of(EnablementChangeKind.ENABLED, EnablementChangeKind.DISABLED),
                store.revisions(disabled.get().id()).stream().map(r -> r.kind()).toList());
    }

    @Test
    void unconfiguringAPidWithoutEnablementDoesNothing() {
        assertTrue(enablements.unconfigure("se.folja.followup.enablement~none").isEmpty());
        assertEquals(0, store.revisionCount());
    }

    @Test
    void aRefusedConfigurationStoresNothingAndLeavesTheEnablementAsItWas() {
        assertTrue(enablements.configure(PID, request("NOPE", null, "NEDLAGD", null, null)).isEmpty());
        assertTrue(store.all().isEmpty());

        Enablement first = enablements.configure(PID, request("ORS", null, "NORR", null, null)).orElseThrow();
        assertTrue(enablements.configure(PID, request("ORS", 9, "NORR", null, null)).isEmpty());
        assertTrue(enablements.configure(PID, request("TROSA_MISSBRUK", null, "NORR", null, null)).isEmpty(),
                "a configuration's template does not change");
        assertTrue(enablements.configure(PID, request("ORS", null, "SODER", null, null)).isEmpty(),
                "nor its unit");
        assertEquals(List.of(first), store.all());
        assertEquals(1, store.revisionCount());
    }

    @Test
    void aConfigurationOverlappingAnotherEnablementIsNotApplied() {
        enable("ORS", "NORR", null, null);

        assertTrue(enablements.configure(PID, request("ORS", null, "NORR", null, null)).isEmpty());
        assertEquals(1, store.all().size());
    }

    @Test
    void anEnablementThatFollowsAConfigurationIsChangedOnlyThere() {
        Enablement e = enablements.configure(PID, request("ORS", null, "NORR", null, null)).orElseThrow();

        ConflictException change = assertThrows(ConflictException.class, () -> enablements.change(e.id(), 1, 1,
                null, null, false, EnablementSource.REST, ADMIN));
        ConflictException disable = assertThrows(ConflictException.class, () -> enablements.disable(e.id(), null,
                EnablementSource.SHELL, ADMIN));

        assertEquals("Enablement " + e.id() + " follows configuration " + PID + " and is changed there",
                change.getMessage());
        assertEquals(change.getMessage(), disable.getMessage());
        assertEquals(1, store.revisionCount());
        assertEquals(e, enablements.get(e.id(), ADMIN));
    }
}
