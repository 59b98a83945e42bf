package se.folja.nondelivery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ForbiddenException;
import se.folja.api.IsoWeek;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.ClientWeek;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.NonDeliveryRequest;
import se.folja.api.nondelivery.PendingEntry;
import se.folja.api.nondelivery.UnitWeek;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.api.person.PersonalIdentityNumber;

class WeekViewServiceTest {

    private final Fakes.Store store = new Fakes.Store();
    private final Fakes.Grants grants = new Fakes.Grants();
    private final Fakes.Lists lists = new Fakes.Lists();
    private final Fakes.Pending pending = new Fakes.Pending();
    private final NonDeliveryService registrations = new NonDeliveryService(store, pending, new Fakes.Reasons(), lists,
            Clock.fixed(Instant.parse("2027-01-10T08:00:00Z"), ZoneOffset.UTC));
    private final WeekViewService view = new WeekViewService(store, grants);
    private final Actor north = Fakes.staffOf("NORR");
    private final Actor both = new Actor("both", Set.of("NORR", "SODER"), false);
    private final PersonalIdentityNumber anna = PersonalIdentityNumber.ofDigits("199503159825");
    private int entries;

    private void grant(String unit, int sessions, String from, String to) {
        grants.insert(new Grant(0, anna, unit, "BOENDESTOD", sessions, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), "anna", Fakes.T0, 0));
    }

    private void cancel(String unit, String start) {
        pending.record(new PendingEntry("E-" + ++entries, unit, null, null, Fakes.T0));
        registrations.register(new NonDeliveryRequest("E-" + entries, "199503159825", unit, "BOENDESTOD", start,
                "BORTREST", null), Actor.SYSTEM);
    }

    private static WeekQuery weeks(String from, String to, String... units) {
        return new WeekQuery(IsoWeek.parse(from), IsoWeek.parse(to), Set.of(units), null, null);
    }

    @Test
    void aWeekIsWhollyCancelledWhenEveryGrantedSessionIs() {
        grant("NORR", 2, "2026-03-02", null);
        cancel("NORR", "2026-03-02T09:00");
        cancel("NORR", "2026-03-05T09:00");
        cancel("NORR", "2026-03-10T09:00");

        List<ClientWeek> result = view.clientWeeks(weeks("2026-W10", "2026-W12"), north);

        assertEquals(3, result.size());
        assertEquals(new ClientWeek(anna, "NORR", IsoWeek.parse("2026-W10"), 2, 2, true), result.get(0));
        assertEquals(new ClientWeek(anna, "NORR", IsoWeek.parse("2026-W11"), 2, 1, false), result.get(1));
        assertEquals(new ClientWeek(anna, "NORR", IsoWeek.parse("2026-W12"), 2, 0, false), result.get(2));
    }

    @Test
    void aGrantCountsForTheWeeksWhoseThursdayItCovers() {
        // starts on Friday of W10: not counted there; ends on Thursday of W12: counted there; not after
        grant("NORR", 3, "2026-03-06", "2026-03-19");
        // W53 of 2026 (Thursday 2026-12-31) and W01 of 2027 (Thursday 2027-01-07)
        grant("SODER", 1, "2026-12-31", "2027-01-06");

        List<ClientWeek> north = view.clientWeeks(weeks("2026-W10", "2026-W13", "NORR"), both);
        assertEquals(List.of("2026-W11", "2026-W12"), north.stream().map(w -> w.week().toString()).toList());
        assertEquals(List.of(3, 3), north.stream().map(ClientWeek::grantedSessions).toList());

        List<ClientWeek> newYear = view.clientWeeks(weeks("2026-W52", "2027-W01", "SODER"), both);
        assertEquals(List.of("2026-W53"), newYear.stream().map(w -> w.week().toString()).toList());
    }

    @Test
    void unitWeeksSumTheirClientsAndShowEveryWeek() {
        grant("NORR", 2, "2026-03-02", null);
        cancel("NORR", "2026-03-02T09:00");
        cancel("NORR", "2026-03-03T09:00");

        List<UnitWeek> result = view.unitWeeks(weeks("2026-W09", "2026-W11"), north);

        assertEquals(List.of(new UnitWeek("NORR", IsoWeek.parse("2026-W09"), 0, 0, 0, 0),
                new UnitWeek("NORR", IsoWeek.parse("2026-W10"), 1, 2, 2, 1),
                new UnitWeek("NORR", IsoWeek.parse("2026-W11"), 1, 2, 0, 0)), result);
        assertEquals(2 * 3, view.unitWeeks(weeks("2026-W09", "2026-W11"), both).size(),
                "every week of each of the reader's units");
    }

    @Test
    void periodsAndUnitsAreChecked() {
        assertEquals("to", assertThrows(ValidationException.class,
                () -> view.clientWeeks(weeks("2026-W11", "2026-W10"), north)).errors().get(0).field());
        assertEquals("to", assertThrows(ValidationException.class,
                () -> view.unitWeeks(weeks("2026-W01", "2028-W10"), north)).errors().get(0).field());
        assertThrows(ForbiddenException.class, () -> view.clientWeeks(weeks("2026-W10", "2026-W10", "SODER"), north));
        assertEquals(List.of(), view.clientWeeks(weeks("2026-W10", "2026-W10"), new Actor("nobody")));
    }

    @Test
    void onlyMembersOfTheUnitsReadTheWeekView() {
        grant("NORR", 2, "2026-03-02", null);
        cancel("NORR", "2026-03-02T09:00");
        Actor statistician = new Actor("stina", Set.of(), true);
        for (Actor everyUnit : List.of(statistician, new Actor("admin", Set.of(), true))) {
            assertEquals(Actor.MEMBERS_ONLY, assertThrows(ForbiddenException.class,
                    () -> view.unitWeeks(weeks("2026-W10", "2026-W10"), everyUnit)).getMessage());
            assertThrows(ForbiddenException.class, () -> view.unitWeeks(weeks("2026-W10", "2026-W10", "NORR"),
                    everyUnit));
            assertThrows(ForbiddenException.class, () -> view.clientWeeks(weeks("2026-W10", "2026-W10", "NORR"),
                    everyUnit));
        }
        Actor adminOfNorr = new Actor("admin", Set.of("NORR"), true);
        assertEquals(List.of(new UnitWeek("NORR", IsoWeek.parse("2026-W10"), 1, 2, 1, 0)),
                view.unitWeeks(weeks("2026-W10", "2026-W10"), adminOfNorr), "a member reads a count of 1 exactly");
        assertThrows(ForbiddenException.class, () -> view.unitWeeks(weeks("2026-W10", "2026-W10", "SODER"),
                adminOfNorr));
    }
}
