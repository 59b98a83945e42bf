package se.folja.reasons.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.reasons.ChangeKind;
import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.NewReason;
import se.folja.api.reasons.ReasonChange;
import se.folja.api.reasons.ReasonCode;
import se.folja.api.reasons.ReasonEdit;

class CatalogueReasonServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:15:30.123456Z");
    private static final Actor ADMIN = new Actor("admin");

    private InMemoryReasonStore store;
    private CatalogueReasonService catalogue;

    @BeforeEach
    void kalmarCatalogue() {
        store = new InMemoryReasonStore();
        catalogue = new CatalogueReasonService(store, config(120, 10), Clock.fixed(NOW, ZoneOffset.UTC));
        store.insert(new ReasonCode("PERSONALBRIST", "Personalbrist", "Staff shortage", Initiator.ORGANISATION, 10,
                true, 1, NOW), "system", NOW);
        store.insert(new ReasonCode("MAENDE", "Mående", "Wellbeing", Initiator.CLIENT, 40, true, 1, NOW),
                "system", NOW);
        store.insert(new ReasonCode("BORTREST", "Bortrest", "Away", Initiator.CLIENT, 110, true, 1, NOW),
                "system", NOW);
        store.writes = 0;
    }

    @Test
    void theDropdownListsActiveReasonsInSortOrder() {
        catalogue.retire("MAENDE", 1, ADMIN);
        assertEquals(List.of("PERSONALBRIST", "BORTREST"), codes(catalogue.activeReasons()));
        assertEquals(List.of("PERSONALBRIST", "MAENDE", "BORTREST"), codes(catalogue.allReasons()));
    }

    @Test
    void aChangeByAnotherNodeReachesTheDropdownWhenTheCacheAgeHasPassed() {
        MovingClock clock = new MovingClock(NOW);
        CatalogueReasonService cached = new CatalogueReasonService(store, config(120, 10), clock);
        assertEquals(List.of("PERSONALBRIST", "MAENDE", "BORTREST"), codes(cached.activeReasons()));
        // another node, sharing the database, retires a reason and adds one
        store.update(store.find("MAENDE").orElseThrow().withActive(false), 1, ChangeKind.RETIRED, "admin", NOW);
        store.insert(new ReasonCode("SJUK", "Sjuk", "Ill", Initiator.CLIENT, 50, true, 1, NOW), "admin", NOW);
        clock.advance(Duration.ofSeconds(29));
        assertEquals(List.of("PERSONALBRIST", "MAENDE", "BORTREST"), codes(cached.activeReasons()),
                "served from memory within 30 s");
        assertEquals("Sjuk", cached.reason("SJUK").labelSv(), "a code created elsewhere is usable at once");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of("PERSONALBRIST", "SJUK", "BORTREST"), codes(cached.activeReasons()));
        assertFalse(cached.reason("MAENDE").active());
    }

    @Test
    void aChangeOnThisNodeLeavesTheDropdownAtOnceAndAnEditSeesTheStoredVersion() {
        MovingClock clock = new MovingClock(NOW);
        CatalogueReasonService cached = new CatalogueReasonService(store, config(120, 10), clock);
        assertTrue(cached.reason("BORTREST").active());
        cached.retire("BORTREST", 1, ADMIN);
        assertEquals(List.of("PERSONALBRIST", "MAENDE"), codes(cached.activeReasons()));
        assertFalse(cached.reason("BORTREST").active());
        // another node relabels; an edit here must meet that version, not the remembered one
        store.update(store.find("MAENDE").orElseThrow().withLabels("Mående dåligt", "Unwell"), 1, ChangeKind.EDITED,
                "admin", NOW);
        assertEquals("Mående", cached.reason("MAENDE").labelSv(), "still the remembered label");
        assertThrows(ConflictException.class, () -> cached.retire("MAENDE", 1, ADMIN));
        assertEquals(3, cached.retire("MAENDE", 2, ADMIN).version());
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

    @Test
    void aNewReasonWithoutSortOrderComesLastWithTrimmedLabels() {
        ReasonCode created = catalogue.create(
                new NewReason("SJUKHUSVISTELSE", "  Sjukhusvistelse ", "Hospital stay", Initiator.CLIENT, null), ADMIN);
        assertEquals(120, created.sortOrder());
        assertEquals("Sjukhusvistelse", created.labelSv());
        assertEquals(1, created.version());
        assertEquals(Instant.parse("2026-11-23T09:15:30.123Z"), created.changedAt(), "kept to the millisecond");
        assertEquals("SJUKHUSVISTELSE", codes(catalogue.activeReasons()).get(3));
        ReasonChange creation = catalogue.history("SJUKHUSVISTELSE").get(0);
        assertEquals(ChangeKind.CREATED, creation.kind());
        assertEquals("admin", creation.changedBy());
    }

    @Test
    void everyInvalidFieldIsNamedAtOnceAndNothingIsStored() {
        String tooLong = "x".repeat(121);
        ValidationException e = assertThrows(ValidationException.class, () -> catalogue.create(
                new NewReason("bad code", " ", tooLong, null, -1), ADMIN));
        assertEquals(List.of("code", "labelSv", "labelEn", "initiator", "sortOrder"), fields(e));
        assertEquals(0, store.writes);

        ValidationException lineBreak = assertThrows(ValidationException.class, () -> catalogue.create(
                new NewReason("X", "Två\nrader", null, Initiator.CLIENT, 1), ADMIN));
        assertEquals(List.of("code", "labelSv", "labelEn"), fields(lineBreak));
        assertEquals("is required", lineBreak.errors().get(2).message());
        assertTrue(lineBreak.errors().get(1).message().contains("line breaks"), lineBreak.errors().get(1).message());
        assertEquals(0, store.writes);
        assertEquals(List.of("PERSONALBRIST", "MAENDE", "BORTREST"), codes(catalogue.allReasons()));
    }

    @Test
    void aUnicodeLineOrParagraphSeparatorIsALineBreakToo() {
        ValidationException e = assertThrows(ValidationException.class, () -> catalogue.create(
                new NewReason("RADBRYTNING", "Två\u2028rader", "Two\u2029paragraphs", Initiator.CLIENT, 1), ADMIN));
        assertEquals(List.of("labelSv", "labelEn"), fields(e));
        assertEquals(0, store.writes);
        assertThrows(ValidationException.class,
                () -> catalogue.edit("BORTREST", 1, new ReasonEdit("Bort\u2028rest", null, null), ADMIN));
        assertEquals("Bortrest", catalogue.reason("BORTREST").labelSv());
    }

    @Test
    void aNewReasonWithoutSortOrderIsPlacedOneConfiguredStepAfterTheLast() {
        CatalogueReasonService wideSteps =
                new CatalogueReasonService(store, config(120, 25), Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(135, wideSteps.create(
                new NewReason("SJUKHUSVISTELSE", "Sjukhusvistelse", "Hospital stay", Initiator.CLIENT, null), ADMIN)
                .sortOrder());
        assertEquals(160, wideSteps.create(
                new NewReason("SKOLA", "Skola", "School", Initiator.CLIENT, null), ADMIN).sortOrder());
        assertEquals(List.of("PERSONALBRIST", "MAENDE", "BORTREST", "SJUKHUSVISTELSE", "SKOLA"),
                codes(wideSteps.activeReasons()));
    }

    @Test
    void theLongestLabelFollowsTheConfiguration() {
        CatalogueReasonService strict = new CatalogueReasonService(store, config(10, 10), Clock.fixed(NOW, ZoneOffset.UTC));
        ValidationException e = assertThrows(ValidationException.class, () -> strict.create(
                new NewReason("LANG", "Alldeles för lång", "Short", Initiator.CLIENT, 1), ADMIN));
        assertEquals(List.of(new FieldError("labelSv", "must be at most 10 characters")), e.errors());
        strict.modified(config(120, 10));
        assertEquals("Alldeles för lång", strict.create(
                new NewReason("LANG", "Alldeles för lång", "Short", Initiator.CLIENT, 1), ADMIN).labelSv());
    }

    @Test
    void anExistingCodeCannotBeCreatedAgain() {
        assertThrows(ConflictException.class, () -> catalogue.create(
                new NewReason("BORTREST", "Bortrest igen", "Away again", Initiator.CLIENT, null), ADMIN));
        assertEquals("Bortrest", catalogue.reason("BORTREST").labelSv());
    }

    @Test
    void anEditRelabelsAndReordersAndKeepsHistory() {
        ReasonCode edited = catalogue.edit("BORTREST", 1, new ReasonEdit("Bortrest (resa)", null, 5), ADMIN);
        assertEquals(2, edited.version());
        assertEquals("Bortrest (resa)", edited.labelSv());
        assertEquals("Away", edited.labelEn());
        assertEquals("BORTREST", catalogue.activeReasons().get(0).code());
        List<ReasonChange> history = catalogue.history("BORTREST");
        assertEquals(2, history.size());
        assertEquals("Bortrest", history.get(1).before().labelSv());
        assertEquals(List.of("labelSv", "sortOrder"), history.get(1).changedFields());
        assertEquals(ChangeKind.EDITED, history.get(1).kind());
        assertEquals(2, history.get(1).revision());
        assertEquals("admin", history.get(1).changedBy());
        assertEquals(Instant.parse("2026-11-23T09:15:30.123Z"), history.get(1).changedAt());
        assertEquals(edited, history.get(1).after());
    }

    @Test
    void anEditThatChangesNothingCreatesNoRevision() {
        ReasonCode same = catalogue.edit("BORTREST", 1, new ReasonEdit(" Bortrest ", "Away", 110), ADMIN);
        assertEquals(1, same.version());
        assertEquals(0, store.writes);
        assertEquals(1, catalogue.history("BORTREST").size());
    }

    @Test
    void aStaleVersionIsAConflictEvenForAnEditThatChangesNothing() {
        catalogue.edit("BORTREST", 1, new ReasonEdit("Bortrest (resa)", null, null), ADMIN);
        assertThrows(ConflictException.class,
                () -> catalogue.edit("BORTREST", 1, new ReasonEdit("Bortrest (resa)", null, null), ADMIN));
        assertThrows(ConflictException.class, () -> catalogue.retire("BORTREST", 1, ADMIN));
        assertTrue(catalogue.reason("BORTREST").active());
    }

    @Test
    void anEmptyEditIsRefusedNamingTheBody() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> catalogue.edit("BORTREST", 1, new ReasonEdit(null, null, null), ADMIN));
        assertEquals(List.of("body"), fields(e));
        assertEquals(List.of("labelEn"), fields(assertThrows(ValidationException.class,
                () -> catalogue.edit("BORTREST", 1, new ReasonEdit(null, "", null), ADMIN))));
    }

    @Test
    void aRetiredReasonLeavesTheDropdownStaysReadableAndCanComeBack() {
        ReasonCode retired = catalogue.retire("MAENDE", 1, ADMIN);
        assertFalse(retired.active());
        assertFalse(codes(catalogue.activeReasons()).contains("MAENDE"));
        assertEquals("Mående", catalogue.reason("MAENDE").labelSv());
        assertEquals(retired, catalogue.retire("MAENDE", 2, ADMIN), "retiring twice changes nothing");

        ReasonCode back = catalogue.reactivate("MAENDE", 2, ADMIN);
        assertTrue(back.active());
        assertEquals(3, back.version());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.RETIRED, ChangeKind.REACTIVATED),
                catalogue.history("MAENDE").stream().map(ReasonChange::kind).toList());
    }

    @Test
    void anUnknownReasonIsNotFound() {
        assertThrows(NotFoundException.class, () -> catalogue.reason("FINNS_INTE"));
        assertThrows(NotFoundException.class,
                () -> catalogue.edit("FINNS_INTE", 1, new ReasonEdit("x", null, null), ADMIN));
        assertThrows(NotFoundException.class, () -> catalogue.retire("FINNS_INTE", 1, ADMIN));
        assertThrows(NotFoundException.class, () -> catalogue.reactivate("FINNS_INTE", 1, ADMIN));
        assertThrows(NotFoundException.class, () -> catalogue.history("FINNS_INTE"));
        assertNull(store.find("FINNS_INTE").orElse(null));
    }

    private static List<String> codes(List<ReasonCode> reasons) {
        return reasons.stream().map(ReasonCode::code).toList();
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static ReasonsConfig config(int maxLength, int step) {
        return new ReasonsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReasonsConfig.class;
            }

            @Override
            public int label_maxLength() {
                return maxLength;
            }

            @Override
            public int sortOrder_step() {
                return step;
            }

            @Override
            public int cache_seconds() {
                return 30;
            }
        };
    }
}
