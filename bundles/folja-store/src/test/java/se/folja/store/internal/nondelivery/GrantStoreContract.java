package se.folja.store.internal.nondelivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.IsoWeek;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.GrantRevision;
import se.folja.api.nondelivery.GrantRevisionKind;
import se.folja.api.nondelivery.GrantStatus;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.NonDeliveryTestSupport;
import se.folja.store.internal.TestPins;
import se.folja.store.internal.TestScopes;

/**
 * What {@link JpaGrantStore} promises, whatever the database: grants are versioned, ended rather than
 * deleted, and found by the weeks and periods they are valid in (first and last day inclusive).
 */
abstract class GrantStoreContract extends NonDeliveryTestSupport {

    @Test
    void aGrantIsStoredAtVersionOneAndFoundWithItsClient() throws Exception {
        Grant stored = grants.insert(new Grant(4_711, CECILIA, "NORR", "BOENDESTOD", 3, LocalDate.of(2026, 1, 5),
                null, "anna", T1, 9));

        assertNotEquals(4_711, stored.id(), "the given id is ignored");
        assertEquals(new Grant(stored.id(), CECILIA, "NORR", "BOENDESTOD", 3, LocalDate.of(2026, 1, 5), null, "anna",
                T1, 1), stored);
        assertEquals(LocalDate.of(1997, 8, 12), stored.client().birthDate(), "a coordination number's birth date");
        assertEquals(Optional.of(stored), grants.find(stored.id()));
        assertEquals(Optional.empty(), grants.find(stored.id() + 1));
        assertEquals(1, clientRows(CECILIA));

        Grant second = grants.insert(grant(CECILIA, "SODER", "BEHANDLING", "2026-02-01", "2026-06-30"));
        assertNotEquals(stored.id(), second.id());
        assertEquals(1, clientRows(CECILIA), "one client row for all of a client's grants");
        assertEquals(LocalDate.of(2026, 6, 30), grants.find(second.id()).orElseThrow().validTo());
    }

    @Test
    void aGrantIsValidInAWeekRangeIfItCoversAtLeastOneOfItsDays() {
        // 2026-W10..W11 is Monday 2026-03-02 to Sunday 2026-03-15
        Grant endsOnTheFirstMonday = grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-01-05", "2026-03-02"));
        grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-01-05", "2026-03-01"));
        Grant startsOnTheLastSunday = grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-03-15", null));
        grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-03-16", null));
        Grant openEnded = grants.insert(grant(BO, "NORR", "BOENDESTOD", "2025-06-01", null));
        Grant inside = grants.insert(grant(BO, "NORR", "BOENDESTOD", "2026-03-05", "2026-03-06"));
        Grant around = grants.insert(grant(CECILIA, "NORR", "BOENDESTOD", "2026-02-01", "2026-04-30"));

        assertEquals(ids(endsOnTheFirstMonday, startsOnTheLastSunday, openEnded, inside, around),
                ids(TestScopes.validInScoped(grants, weeks(2026, 10, 2026, 11))));
        assertEquals(ids(startsOnTheLastSunday, openEnded, around), ids(TestScopes.validInScoped(grants, weeks(2026, 11, 2026, 11))));
        assertEquals(ids(openEnded), ids(TestScopes.validInScoped(grants, weeks(2025, 30, 2025, 30))));
    }

    @Test
    void aGrantOverNewYearIsValidInIsoWeek53Only() {
        Grant newYear = grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-12-28", "2027-01-03"));

        assertEquals(List.of(newYear), TestScopes.validInScoped(grants, weeks(2026, 53, 2026, 53)));
        assertEquals(List.of(newYear), TestScopes.validInScoped(grants, weeks(2026, 52, 2027, 1)));
        assertEquals(List.of(), TestScopes.validInScoped(grants, weeks(2026, 52, 2026, 52)));
        assertEquals(List.of(), TestScopes.validInScoped(grants, weeks(2027, 1, 2027, 1)));
    }

    @Test
    void validInFollowsTheUnitClientAndTypeFilters() {
        Grant annaNorr = grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-01-05", null));
        Grant annaSoder = grants.insert(grant(ANNA, "SODER", "BEHANDLING", "2026-01-05", null));
        Grant boNorr = grants.insert(grant(BO, "NORR", "BEHANDLING", "2026-01-05", null));
        Grant cecVaster = grants.insert(grant(CECILIA, "VASTER", "BOENDESTOD", "2026-01-05", null));
        IsoWeek w = new IsoWeek(2026, 10);

        assertEquals(ids(annaNorr, annaSoder, boNorr, cecVaster),
                ids(TestScopes.validInScoped(grants, new WeekQuery(w, w, Set.of(), null, null))));
        assertEquals(ids(annaNorr, boNorr), ids(TestScopes.validInScoped(grants, new WeekQuery(w, w, Set.of("NORR"), null, null))));
        assertEquals(ids(annaSoder, cecVaster),
                ids(TestScopes.validInScoped(grants, new WeekQuery(w, w, Set.of("SODER", "VASTER"), null, null))));
        assertEquals(ids(annaNorr, annaSoder), ids(TestScopes.validInScoped(grants, new WeekQuery(w, w, Set.of(), ANNA, null))));
        assertEquals(ids(annaSoder, boNorr), ids(TestScopes.validInScoped(grants, new WeekQuery(w, w, Set.of(), null, "BEHANDLING"))));
        assertEquals(ids(boNorr), ids(TestScopes.validInScoped(grants, new WeekQuery(w, w, Set.of("NORR"), null, "BEHANDLING"))));
        assertEquals(List.of(), TestScopes.validInScoped(grants, new WeekQuery(w, w, Set.of(), TestPins.pin("19900101", 238), null)),
                "an unknown client has no grants");
    }

    @Test
    void searchFiltersOrdersByUnitClientAndFirstDayAndPagesWithATotal() {
        Grant boNorr = grants.insert(grant(BO, "NORR", "BOENDESTOD", "2026-02-01", null));
        Grant annaNorrLater = grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-03-01", null));
        Grant annaNorrEarlier = grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-01-01", "2026-02-28"));
        Grant annaSoder = grants.insert(grant(ANNA, "SODER", "HEMTJANST_SOCIAL_SAMVARO", "2026-01-01", null));
        Grant cecVaster = grants.insert(grant(CECILIA, "VASTER", "BOENDESTOD", "2026-01-01", null));

        Page<Grant> all = TestScopes.searchScoped(grants, new GrantQuery(Set.of(), null, null, null, null, 0, 10));
        assertEquals(List.of(annaNorrEarlier, annaNorrLater, boNorr, annaSoder, cecVaster), all.items());
        assertEquals(5, all.total());
        assertSearch(List.of(annaNorrEarlier, annaNorrLater, boNorr), Set.of("NORR"), null, null, null, null);
        assertSearch(List.of(annaNorrEarlier, annaNorrLater, annaSoder), Set.of(), ANNA, null, null, null);
        assertSearch(List.of(annaSoder), Set.of(), null, "HEMTJANST_SOCIAL_SAMVARO", null, null);
        assertSearch(List.of(annaNorrLater, boNorr, annaSoder, cecVaster), Set.of(), null, null, "2026-03-01",
                "2026-03-31");
        assertSearch(List.of(annaNorrEarlier, annaSoder, cecVaster), Set.of(), null, null, "2026-01-01",
                "2026-01-31");
        assertSearch(List.of(annaNorrLater, boNorr), Set.of("NORR"), null, "BOENDESTOD", "2026-03-01", null);
        assertSearch(List.of(), Set.of(), TestPins.pin("19900101", 238), null, null, null);

        Page<Grant> middle = TestScopes.searchScoped(grants, new GrantQuery(Set.of(), null, null, null, null, 1, 2));
        assertEquals(List.of(annaNorrLater, boNorr), middle.items());
        assertEquals(5, middle.total());
        Page<Grant> beyond = TestScopes.searchScoped(grants, new GrantQuery(Set.of(), null, null, null, null, 5, 2));
        assertEquals(List.of(), beyond.items());
        assertEquals(5, beyond.total());
    }

    @Test
    void aGrantIsEndedWithItsVersionAndAStaleOrUnknownOneCannotBe() {
        Grant open = grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-01-05", null));

        Grant ended = grants.end(open.id(), 1, LocalDate.of(2026, 3, 1), "bertil", T2);
        assertEquals(new Grant(open.id(), ANNA, "NORR", "BOENDESTOD", 2, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 1), "bertil", T2, 2), ended);
        assertEquals(Optional.of(ended), grants.find(open.id()));
        assertEquals(List.of(), TestScopes.validInScoped(grants, weeks(2026, 10, 2026, 10)), "ended before week 10");

        ConflictException stale = assertThrows(ConflictException.class,
                () -> grants.end(open.id(), 1, LocalDate.of(2026, 4, 1), "cecilia", T3));
        assertTrue(stale.getMessage().contains("version 2"), stale.getMessage());
        assertEquals(Optional.of(ended), grants.find(open.id()));
        assertThrows(NotFoundException.class, () -> grants.end(999_999, 1, LocalDate.of(2026, 4, 1), "x", T3));

        // the same last day again is still a change: a new version
        assertEquals(3, grants.end(open.id(), 2, LocalDate.of(2026, 3, 1), "bertil", T3).version());
    }

    @Test
    void anAnnulledGrantKeepsItsHistoryAndCountsNowhere() {
        Grant open = grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-01-05", null));
        Grant ended = grants.end(open.id(), 1, LocalDate.of(2026, 6, 30), "bertil", T2);

        Grant annulled = grants.annul(open.id(), 2, "Fel klient", "cecilia", T3);
        assertEquals(new Grant(open.id(), ANNA, "NORR", "BOENDESTOD", 2, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 6, 30), "cecilia", T3, 3, GrantStatus.ANNULLED, "Fel klient"), annulled);
        assertEquals(Optional.of(annulled), grants.find(open.id()), "kept, readable");
        assertEquals(List.of(new GrantRevision(1, GrantRevisionKind.CREATED, "anna", open.changedAt(), open),
                new GrantRevision(2, GrantRevisionKind.ENDED, "bertil", T2, ended),
                new GrantRevision(3, GrantRevisionKind.ANNULLED, "cecilia", T3, annulled)), grants.history(open.id()));
        assertEquals(List.of(), grants.history(999_999));

        // counted nowhere: not valid in any week, not found by a search unless annulled ones are asked for
        assertEquals(List.of(), TestScopes.validInScoped(grants, weeks(2026, 10, 2026, 10)));
        assertEquals(List.of(), TestScopes.searchScoped(grants, new GrantQuery(Set.of(), ANNA, null, null, null, 0, 10)).items());
        assertEquals(List.of(annulled), TestScopes.searchScoped(grants, new GrantQuery(Set.of(), ANNA, null, null, null, 0, 10, true))
                .items());

        // annulled is final: neither annulled again nor ended; a stale version is a conflict too
        assertThrows(ConflictException.class, () -> grants.annul(open.id(), 3, "igen", "cecilia", T3));
        assertThrows(ConflictException.class, () -> grants.end(open.id(), 3, LocalDate.of(2026, 7, 1), "x", T3));
        assertThrows(NotFoundException.class, () -> grants.annul(999_999, 1, "x", "x", T3));
        Grant other = grants.insert(grant(BO, "NORR", "BOENDESTOD", "2026-01-05", null));
        assertThrows(ConflictException.class, () -> grants.annul(other.id(), 2, "x", "x", T3));
        assertEquals(Optional.of(other), grants.find(other.id()));
    }

    @Test
    void ofTwoEndsOfTheSameVersionAtOnceExactlyOneIsStored() throws Exception {
        Grant open = grants.insert(grant(ANNA, "NORR", "BOENDESTOD", "2026-01-05", null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long version = grants.find(open.id()).orElseThrow().version();
                LocalDate a = LocalDate.of(2026, 6, 1 + round);
                LocalDate b = LocalDate.of(2026, 7, 1 + round);
                Grant winner = race(pool, "round " + round,
                        () -> grants.end(open.id(), version, a, "anna", T2),
                        () -> grants.end(open.id(), version, b, "bo", T3));
                assertEquals(version + 1, winner.version());
                assertEquals(Optional.of(winner), grants.find(open.id()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertSearch(List<Grant> expected, Set<String> units, PersonalIdentityNumber client, String type,
            String from, String to) {
        GrantQuery query = new GrantQuery(units, client, type, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), 0, 10);
        Page<Grant> page = TestScopes.searchScoped(grants, query);
        assertEquals(expected, page.items(), query.toString());
        assertEquals(expected.size(), page.total(), query + ": total");
    }

    private static Grant grant(PersonalIdentityNumber client, String unit, String type, String from, String to) {
        return new Grant(0, client, unit, type, 2, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                "anna", Instant.parse("2026-01-02T08:00:00Z"), 0);
    }

    private static WeekQuery weeks(int fromYear, int fromWeek, int toYear, int toWeek) {
        return new WeekQuery(new IsoWeek(fromYear, fromWeek), new IsoWeek(toYear, toWeek), Set.of(), null, null);
    }

    private static Set<Long> ids(Grant... grants) {
        return ids(List.of(grants));
    }

    private static Set<Long> ids(List<Grant> grants) {
        return Set.copyOf(grants.stream().map(Grant::id).toList());
    }
}
