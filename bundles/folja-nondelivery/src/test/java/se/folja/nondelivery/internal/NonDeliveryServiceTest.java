package se.folja.nondelivery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.IsoWeek;
import se.folja.api.NotFoundException;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryCorrection;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.NonDeliveryRequest;
import se.folja.api.nondelivery.NonDeliverySort;
import se.folja.api.nondelivery.NonDeliveryStatus;
import se.folja.api.nondelivery.PendingEntry;
import se.folja.api.nondelivery.Registration;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;

class NonDeliveryServiceTest {

    private final Fakes.Store store = new Fakes.Store();
    private final Fakes.Pending pending = new Fakes.Pending();
    private final NonDeliveryService service = new NonDeliveryService(store, pending, new Fakes.Reasons(),
            new Fakes.Lists(), Clock.fixed(Fakes.T0, ZoneOffset.UTC));
    private final Actor north = Fakes.staffOf("NORR");

    /** The host announces the entry of a unit without client and planned start: the request's decide. */
    private Registration announcedAndRegistered(NonDeliveryRequest request, Actor actor) {
        announce(request.journalEntryId().strip(), request.unit(), null, null);
        return service.register(request, actor);
    }

    private void announce(String entry, String unit, String client, String start) {
        pending.record(new PendingEntry(entry, unit,
                client == null ? null : PersonalIdentityNumber.parse(client, LocalDate.of(2026, 3, 1)),
                start == null ? null : OffsetDateTime.parse(start), Fakes.T0));
    }

    private static NonDeliveryRequest request(String entry, String client, String unit, String start, String reason) {
        return new NonDeliveryRequest(entry, client, unit, "BOENDESTOD", start, reason, null);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aRegistrationIsStoredWithTheNormalisedNumberSwedishTimeAndTheReasonsInitiator() {
        Registration r = announcedAndRegistered(new NonDeliveryRequest(" J-1 ", Fakes.ANNA, "NORR", "BOENDESTOD",
                "2026-03-02T09:30", "PERSONALBRIST", "  Ringde  "), north);

        assertTrue(r.created());
        NonDelivery n = r.nonDelivery();
        assertEquals("J-1", n.journalEntryId());
        assertEquals("199503159825", n.client().digits());
        assertEquals("2026-03-02T09:30+01:00", n.plannedStart().toString());
        assertEquals("2026-W10", n.week().toString());
        assertEquals(Initiator.ORGANISATION, n.initiator());
        assertEquals("Ringde", n.comment());
        assertEquals("anna", n.registeredBy());
        assertEquals(List.of(WriteBackAction.SET_REASON), store.writeBacks);
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.register(
                new NonDeliveryRequest("", "19950315-9826", "NORR", "GAMMAL_INSATS", "2026-02-30T09:00", "COVID19",
                        "x".repeat(2001)), north));

        assertEquals(List.of("journalEntryId", "client", "interventionType", "plannedStart", "reasonCode", "comment"),
                fields(e));
        String messages = e.errors().stream().map(FieldError::message).collect(Collectors.joining("|"));
        assertFalse(messages.contains("19950315"), messages);
        assertTrue(messages.contains("is retired"), messages);
        assertEquals(0, store.inserts);
        assertEquals(List.of("unit"), fields(assertThrows(ValidationException.class, () -> service.register(
                request("J-2", Fakes.ANNA, "OKAND", "2026-03-02T09:30", "BORTREST"), Actor.SYSTEM))));
        assertEquals(List.of("unit"), fields(assertThrows(ValidationException.class, () -> service.register(
                request("J-2", Fakes.ANNA, "NEDLAGD", "2026-03-02T09:30", "BORTREST"), Actor.SYSTEM))));
        assertEquals(List.of("reasonCode"), fields(assertThrows(ValidationException.class, () -> service.register(
                request("J-2", Fakes.ANNA, "NORR", "2026-03-02T09:30", "OKAND"), north))));
    }

    @Test
    void plannedStartsAreSwedishTimeAcrossTheClockChanges() {
        // spring forward: 02:30 does not exist on 2026-03-29
        assertEquals(List.of("plannedStart"), fields(assertThrows(ValidationException.class, () -> service.register(
                request("J-3", Fakes.ANNA, "NORR", "2026-03-29T02:30", "BORTREST"), north))));
        // autumn back: 02:30 happens twice on 2026-10-25; without an offset the first, with one as given
        assertEquals("2026-10-25T02:30+02:00", announcedAndRegistered(request("J-4", Fakes.ANNA, "NORR",
                "2026-10-25T02:30", "BORTREST"), north).nonDelivery().plannedStart().toString());
        assertEquals("2026-10-25T02:30+01:00", announcedAndRegistered(request("J-5", Fakes.ANNA, "NORR",
                "2026-10-25T02:30+01:00", "BORTREST"), north).nonDelivery().plannedStart().toString());
        assertEquals("2026-03-03T00:30+01:00", announcedAndRegistered(request("J-6", Fakes.ANNA, "NORR",
                "2026-03-02T23:30Z", "BORTREST"), north).nonDelivery().plannedStart().toString());
        assertEquals(List.of("plannedStart"), fields(assertThrows(ValidationException.class, () -> service.register(
                request("J-7", Fakes.ANNA, "NORR", "2028-03-02T09:00", "BORTREST"), north))));
        assertEquals(List.of("plannedStart"), fields(assertThrows(ValidationException.class, () -> service.register(
                request("J-7", Fakes.ANNA, "NORR", "tisdag", "BORTREST"), north))));
    }

    @Test
    void theSameRequestAgainIsAnsweredAsTheFirstAndADifferentOneIsAConflict() {
        NonDeliveryRequest first = request("J-8", Fakes.ANNA, "NORR", "2026-03-02T09:30", "BORTREST");
        NonDelivery stored = announcedAndRegistered(first, north).nonDelivery();

        Registration again = service.register(request("J-8", "199503159825", "NORR", "2026-03-02T08:30Z",
                "BORTREST"), north);
        assertFalse(again.created());
        assertEquals(stored, again.nonDelivery());
        assertEquals(1, store.inserts);

        ConflictException conflict = assertThrows(ConflictException.class, () -> service.register(
                request("J-8", Fakes.ANNA, "NORR", "2026-03-02T09:30", "MAENDE"), north));
        assertTrue(conflict.getMessage().contains("J-8"));
        assertFalse(conflict.getMessage().contains("19950315"));
        assertThrows(ForbiddenException.class, () -> service.register(first, Fakes.staffOf("SODER")));
    }

    @Test
    void staffReachOnlyTheirUnitsAndLearnNothingOfOthers() {
        NonDelivery stored = announcedAndRegistered(request("J-9", Fakes.ANNA, "NORR", "2026-03-02T09:30", "BORTREST"),
                north).nonDelivery();
        Actor south = Fakes.staffOf("SODER");

        assertThrows(ForbiddenException.class, () -> service.get(stored.id(), south));
        assertThrows(ForbiddenException.class, () -> service.history(stored.id(), south));
        assertThrows(ForbiddenException.class, () -> service.register(
                request("J-10", Fakes.ANNA, "NORR", "2026-03-02T09:30", "BORTREST"), south));
        ForbiddenException unknown = assertThrows(ForbiddenException.class, () -> service.register(
                request("J-10", Fakes.ANNA, "FINNS_INTE", "2026-03-02T09:30", "BORTREST"), south));
        assertEquals(Actor.NOT_YOUR_UNIT, unknown.getMessage());
        assertThrows(NotFoundException.class, () -> service.get(999, south));
        assertEquals(stored, service.get(stored.id(), Actor.SYSTEM));
    }

    @Test
    void aCorrectionRecordsTheChangedFieldsAndWritesBackOnlyANewReason() {
        NonDelivery stored = announcedAndRegistered(request("J-11", Fakes.ANNA, "NORR", "2026-03-02T09:30", "BORTREST"),
                north).nonDelivery();

        NonDelivery commented = service.correct(stored.id(), 1,
                new NonDeliveryCorrection(null, null, null, null, null, "Sjuk"), north);
        assertEquals(2, commented.version());
        assertEquals(List.of(WriteBackAction.SET_REASON), store.writeBacks, "a comment is not written back");

        NonDelivery reasoned = service.correct(stored.id(), 2,
                new NonDeliveryCorrection(null, null, null, "2026-03-02T10:00", "PERSONALBRIST", ""), north);
        assertEquals(Initiator.ORGANISATION, reasoned.initiator());
        assertNull(reasoned.comment());
        assertEquals(List.of("plannedStart", "reasonCode", "comment"), store.revisions.get(2).changedFields());
        assertEquals(RevisionKind.CORRECTED, store.revisions.get(2).kind());
        assertEquals(List.of(WriteBackAction.SET_REASON, WriteBackAction.SET_REASON), store.writeBacks);

        assertEquals(reasoned, service.correct(stored.id(), 3,
                new NonDeliveryCorrection(null, "NORR", null, null, "PERSONALBRIST", null), north), "no change");
        assertThrows(ConflictException.class, () -> service.correct(stored.id(), 2,
                new NonDeliveryCorrection(null, null, null, null, "MAENDE", null), north));
        assertThrows(ForbiddenException.class, () -> service.correct(stored.id(), 3,
                new NonDeliveryCorrection(null, "SODER", null, null, null, null), north));
        assertEquals(List.of("body"), fields(assertThrows(ValidationException.class, () -> service.correct(
                stored.id(), 3, new NonDeliveryCorrection(null, null, null, null, null, null), north))));
    }

    @Test
    void anAnnulmentNeedsAReasonKeepsTheRowAndClearsTheJournalKeyword() {
        NonDelivery stored = announcedAndRegistered(request("J-12", Fakes.ANNA, "NORR", "2026-03-02T09:30", "BORTREST"),
                north).nonDelivery();

        assertEquals(List.of("reason"), fields(assertThrows(ValidationException.class,
                () -> service.annul(stored.id(), 1, "  ", north))));
        NonDelivery annulled = service.annul(stored.id(), 1, "Fel brukare", north);

        assertEquals(NonDeliveryStatus.ANNULLED, annulled.status());
        assertEquals("Fel brukare", annulled.annulmentReason());
        assertEquals(WriteBackAction.CLEAR_REASON, store.writeBacks.get(1));
        assertThrows(ConflictException.class, () -> service.annul(stored.id(), 2, "igen", north));
        assertThrows(ConflictException.class, () -> service.correct(stored.id(), 2,
                new NonDeliveryCorrection(null, null, null, null, "MAENDE", null), north));
        assertThrows(ConflictException.class, () -> service.register(
                request("J-12", Fakes.ANNA, "NORR", "2026-03-02T09:30", "BORTREST"), north), "annulled stays so");
    }

    @Test
    void anotherUnitsStaffCannotRegisterAnEntryAndItStaysWithItsUnit() {
        announce("P-1", "NORR", Fakes.ANNA, "2026-03-02T09:30+01:00");
        Actor south = Fakes.staffOf("SODER");

        assertThrows(ForbiddenException.class, () -> service.register(
                request("P-1", Fakes.ANNA, "SODER", "2026-03-02T09:30", "BORTREST"), south));
        assertThrows(ForbiddenException.class, () -> service.register(
                request("P-1", null, null, null, "BORTREST"), south));
        assertEquals(0, store.inserts);
        assertEquals(List.of(), store.writeBacks, "nothing written back to the other unit's entry");

        NonDelivery n = service.register(request("P-1", null, null, null, "BORTREST"), north).nonDelivery();
        assertEquals("NORR", n.unit());
        assertEquals("199503159825", n.client().digits());
        assertEquals("2026-03-02T09:30+01:00", n.plannedStart().toString());
        assertThrows(ForbiddenException.class, () -> service.register(
                request("P-1", null, null, null, "BORTREST"), south), "a repeat by another unit learns nothing");
    }

    @Test
    void aRequestDisagreeingWithItsEntryIsRefusedNamingTheField() {
        announce("P-2", "NORR", Fakes.ANNA, "2026-03-02T09:30+01:00");
        Actor both = Fakes.staffOf("NORR", "SODER");

        assertEquals(List.of("unit"), fields(assertThrows(ValidationException.class, () -> service.register(
                request("P-2", Fakes.ANNA, "SODER", "2026-03-02T09:30", "BORTREST"), both))));
        ValidationException client = assertThrows(ValidationException.class, () -> service.register(
                request("P-2", Fakes.BO, "NORR", "2026-03-02T09:30", "BORTREST"), both));
        assertEquals(List.of("client"), fields(client));
        assertFalse(client.errors().toString().contains("1995"), "no number in the message");
        assertEquals(List.of("plannedStart"), fields(assertThrows(ValidationException.class, () -> service.register(
                request("P-2", Fakes.ANNA, "NORR", "2026-03-02T10:30", "BORTREST"), both))));
        assertEquals(List.of("client", "unit", "plannedStart"), fields(assertThrows(ValidationException.class,
                () -> service.register(request("P-2", Fakes.BO, "SODER", "2026-03-03T09:30", "BORTREST"), both))));
        assertEquals(0, store.inserts);

        // the same values in another written form are the entry's
        NonDelivery n = service.register(request("P-2", "199503159825", " NORR ", "2026-03-02T08:30Z", "BORTREST"),
                both).nonDelivery();
        assertEquals("NORR", n.unit());
    }

    @Test
    void anEntryTheHostHasNotAnnouncedIsNotRegistered() {
        ConflictException unknown = assertThrows(ConflictException.class, () -> service.register(
                request("P-3", Fakes.ANNA, "NORR", "2026-03-02T09:30", "BORTREST"), north));
        assertTrue(unknown.getMessage().contains("journalEntryId"), unknown.getMessage());
        assertEquals(0, store.inserts);
        assertThrows(ForbiddenException.class, () -> service.register(
                request("P-3", Fakes.ANNA, "SODER", "2026-03-02T09:30", "BORTREST"), north));
        assertEquals(List.of("plannedStart"), fields(assertThrows(ValidationException.class, () -> service.register(
                request("P-3", Fakes.ANNA, "NORR", "igår", "BORTREST"), north))), "bad input is named first");

        announce("P-3", "NORR", null, null);
        assertTrue(service.register(request("P-3", Fakes.ANNA, "NORR", "2026-03-02T09:30", "BORTREST"), north)
                .created());
    }

    @Test
    void aCorrectionCannotMoveARegistrationAwayFromItsEntry() {
        announce("P-4", "NORR", Fakes.ANNA, "2026-03-02T09:30+01:00");
        Actor both = Fakes.staffOf("NORR", "SODER");
        NonDelivery stored = service.register(request("P-4", null, null, null, "BORTREST"), both).nonDelivery();

        assertEquals(List.of("unit"), fields(assertThrows(ValidationException.class, () -> service.correct(
                stored.id(), 1, new NonDeliveryCorrection(null, "SODER", null, null, null, null), both))));
        assertEquals(List.of("client"), fields(assertThrows(ValidationException.class, () -> service.correct(
                stored.id(), 1, new NonDeliveryCorrection(Fakes.BO, null, null, null, null, null), both))));
        assertEquals(List.of("plannedStart"), fields(assertThrows(ValidationException.class, () -> service.correct(
                stored.id(), 1, new NonDeliveryCorrection(null, null, null, "2026-03-02T10:00", null, null), both))));
        assertThrows(ForbiddenException.class, () -> service.correct(stored.id(), 1,
                new NonDeliveryCorrection(null, null, null, null, "MAENDE", null), Fakes.staffOf("SODER")));
        assertThrows(ForbiddenException.class, () -> service.annul(stored.id(), 1, "Fel", Fakes.staffOf("SODER")));
        assertEquals(1, store.revisions.size());

        assertEquals(2, service.correct(stored.id(), 1,
                new NonDeliveryCorrection(null, "NORR", null, null, "MAENDE", null), both).version());
    }

    @Test
    void aRegistrationStoredUnderAnotherUnitThanItsEntryIsChangedOnlyByStaffOfTheEntrysUnit() {
        announce("P-5", "NORR", null, null);
        // as an earlier version let staff of SODER store it
        NonDelivery stray = store.insert(new NonDelivery(0, "P-5", PersonalIdentityNumber.ofDigits("199503159825"),
                "SODER", "BOENDESTOD", OffsetDateTime.parse("2026-03-02T09:30+01:00"),
                IsoWeek.of(LocalDate.of(2026, 3, 2)), "BORTREST", Initiator.CLIENT, null,
                NonDeliveryStatus.ACTIVE, null, "sven", Fakes.T0, "sven", Fakes.T0, 0, false));
        Actor south = Fakes.staffOf("SODER");

        assertThrows(ForbiddenException.class, () -> service.annul(stray.id(), 1, "Fel", south));
        assertThrows(ForbiddenException.class, () -> service.correct(stray.id(), 1,
                new NonDeliveryCorrection(null, null, null, null, "MAENDE", null), south));
        assertEquals(NonDeliveryStatus.ANNULLED,
                service.annul(stray.id(), 1, "Fel enhet", Fakes.staffOf("NORR", "SODER")).status());
    }

    @Test
    void anImportedRegistrationIsCorrectedAndAnnulledWithoutAWriteBack() {
        announce("J-20", "NORR", null, null);
        NonDelivery imported = store.insertImported(new NonDelivery(0, "H-1", service.register(request("J-20",
                Fakes.ANNA, "NORR", "2026-03-02T09:30", "BORTREST"), north).nonDelivery().client(), "NORR",
                "BOENDESTOD", java.time.OffsetDateTime.parse("2026-02-02T09:30+01:00"),
                new se.folja.api.IsoWeek(2026, 6), "BORTREST", se.folja.api.reasons.Initiator.CLIENT, null,
                NonDeliveryStatus.ACTIVE, null, "admin", Fakes.T0, "admin", Fakes.T0, 0, true));
        store.writeBacks.clear();

        NonDelivery corrected = service.correct(imported.id(), 1,
                new NonDeliveryCorrection(null, null, null, null, "MAENDE", null), north);
        NonDelivery annulled = service.annul(corrected.id(), 2, "Fel rad i Excel", north);

        assertTrue(corrected.imported());
        assertTrue(annulled.imported());
        assertEquals(List.of(), store.writeBacks, "never written back, so nothing to set or clear");
    }

    @Test
    void aSearchCoversTheCallersUnitsOnly() {
        NonDeliveryQuery mine = new NonDeliveryQuery(null, null, Set.of(), null, null, null, null, false,
                NonDeliverySort.PLANNED_START, 0, 50);

        service.search(mine, Fakes.staffOf("NORR", "SODER"));
        assertEquals(new UnitScope.Units(Set.of("NORR", "SODER")), store.lastScope);
        service.search(mine, Actor.SYSTEM);
        assertEquals(UnitScope.EVERY, store.lastScope, "every unit");
        assertEquals(0, service.search(mine, new Actor("nobody")).total());
        assertThrows(ForbiddenException.class, () -> service.search(new NonDeliveryQuery(null, null, Set.of("SODER"), null, null, null, null,
                false, NonDeliverySort.PLANNED_START, 0, 50), north));
        assertEquals(List.of("limit"), fields(assertThrows(ValidationException.class, () -> service.search(
                new NonDeliveryQuery(null, null, Set.of(), null, null, null, null, false,
                        NonDeliverySort.PLANNED_START, 0, 1001), north))));
        assertEquals(List.of("to"), fields(assertThrows(ValidationException.class, () -> service.search(
                new NonDeliveryQuery(java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 3, 1),
                        Set.of(), null, null, null, null, false, NonDeliverySort.PLANNED_START, 0, 10), north))));
    }
}
