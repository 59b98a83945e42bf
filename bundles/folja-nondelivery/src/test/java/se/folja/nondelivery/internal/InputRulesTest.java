package se.folja.nondelivery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantRequest;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryCorrection;
import se.folja.api.nondelivery.NonDeliveryRequest;
import se.folja.api.nondelivery.PendingEntry;

/** Free text, dates and planned starts follow the rules every service shares; nothing is stored on a refusal. */
class InputRulesTest {

    private final Fakes.Store store = new Fakes.Store();
    private final Fakes.Pending pending = announced("J-1", "J-2", "J-3", "J-4", "J-5");
    private final NonDeliveryService service = new NonDeliveryService(store, pending, new Fakes.Reasons(),
            new Fakes.Lists(), Clock.fixed(Fakes.T0, ZoneOffset.UTC));
    private final Fakes.Grants grantStore = new Fakes.Grants();
    private final GrantService grants = new GrantService(grantStore, new Fakes.Lists(), Clock.fixed(Fakes.T0,
            ZoneOffset.UTC));
    private final Actor north = Fakes.staffOf("NORR");

    /** The host has announced these entries of NORR, without client and planned start. */
    private static Fakes.Pending announced(String... entries) {
        Fakes.Pending pending = new Fakes.Pending();
        for (String entry : entries) {
            pending.record(new PendingEntry(entry, "NORR", null, null, Fakes.T0));
        }
        return pending;
    }

    private static NonDeliveryRequest withComment(String entry, String comment) {
        return new NonDeliveryRequest(entry, Fakes.ANNA, "NORR", "BOENDESTOD", "2026-03-02T09:30", "BORTREST",
                comment);
    }

    private static FieldError only(ValidationException e) {
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }

    @Test
    void controlCharactersAndLoneSurrogatesInACommentAreRefused() {
        for (String comment : List.of("a\u0000b", "ring\u001b[31m", "pling\u0007", "half \ud800 pair")) {
            FieldError error = only(assertThrows(ValidationException.class,
                    () -> service.register(withComment("J-1", comment), north)));
            assertEquals("comment", error.field());
        }
        assertEquals(0, store.inserts);
        // line breaks and tabs belong in long free text
        assertEquals("Rad 1\r\nRad\t2", service.register(withComment("J-2", "Rad 1\r\nRad\t2"), north)
                .nonDelivery().comment());
    }

    @Test
    void aCorrectedCommentAndAnAnnulmentReasonFollowTheSameRule() {
        NonDelivery stored = service.register(withComment("J-3", null), north).nonDelivery();
        assertEquals("comment", only(assertThrows(ValidationException.class, () -> service.correct(stored.id(), 1,
                new NonDeliveryCorrection(null, null, null, null, null, "x\u0000"), north))).field());
        assertEquals("reason", only(assertThrows(ValidationException.class,
                () -> service.annul(stored.id(), 1, "fel \udc00", north))).field());
        assertEquals(1, service.get(stored.id(), north).version());
    }

    @Test
    void aPlannedStartWithAOneDigitHourSaysWhatTheFormIs() {
        FieldError error = only(assertThrows(ValidationException.class, () -> service.register(
                new NonDeliveryRequest("J-4", Fakes.ANNA, "NORR", "BOENDESTOD", "2026-01-12T9:00:00+01:00",
                        "BORTREST", null), north)));
        assertEquals("plannedStart", error.field());
        assertTrue(error.message().contains("two-digit hours") && error.message().contains("+01:00"),
                error.message());
        assertEquals("2026-01-12T09:00+01:00", service.register(new NonDeliveryRequest("J-5", Fakes.ANNA, "NORR",
                "BOENDESTOD", "2026-01-12T09:00:00+01:00", "BORTREST", null), north).nonDelivery().plannedStart()
                .toString());
    }

    @Test
    void grantDaysOutsideTheRangeAreRefused() {
        for (String day : List.of("1800-01-01", "+99999-01-01", "2100-01-01")) {
            FieldError error = only(assertThrows(ValidationException.class, () -> grants.create(
                    new GrantRequest(Fakes.BO, "NORR", "BOENDESTOD", 3, day, null), north)));
            assertEquals("validFrom", error.field());
            assertEquals("validTo", only(assertThrows(ValidationException.class, () -> grants.create(
                    new GrantRequest(Fakes.BO, "NORR", "BOENDESTOD", 3, "2026-01-05", day), north))).field());
        }
        assertEquals(0, grantStore.grants.size());
    }

    @Test
    void aGrantIsEndedNotExtended() {
        Grant grant = grants.create(new GrantRequest(Fakes.BO, "NORR", "BOENDESTOD", 3, "2026-01-05", "2026-06-30"),
                north);
        FieldError error = only(assertThrows(ValidationException.class,
                () -> grants.end(grant.id(), grant.version(), LocalDate.of(2030, 1, 1), north)));
        assertEquals("validTo", error.field());
        assertTrue(error.message().contains("2026-06-30"), error.message());
        assertEquals(LocalDate.of(2026, 6, 30), grants.get(grant.id(), north).validTo());

        Grant open = grants.create(new GrantRequest(Fakes.BO, "NORR", "BOENDESTOD", 3, "2026-01-05", null), north);
        assertEquals("validTo", only(assertThrows(ValidationException.class,
                () -> grants.end(open.id(), open.version(), LocalDate.parse("+99999-01-01"), north))).field());
        assertEquals(LocalDate.of(2026, 3, 31),
                grants.end(open.id(), open.version(), LocalDate.of(2026, 3, 31), north).validTo());
    }
}
