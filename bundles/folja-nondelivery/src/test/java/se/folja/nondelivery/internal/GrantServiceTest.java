package se.folja.nondelivery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantRequest;
import se.folja.api.nondelivery.GrantRevision;
import se.folja.api.nondelivery.GrantRevisionKind;
import se.folja.api.nondelivery.GrantStatus;
import se.folja.api.person.LegalGender;

class GrantServiceTest {

    private final Fakes.Grants store = new Fakes.Grants();
    private final GrantService grants = new GrantService(store, new Fakes.Lists(), Clock.fixed(Fakes.T0,
            ZoneOffset.UTC));

    @Test
    void aGrantKnowsItsClientsBirthDateAgeAndLegalGender() {
        Grant grant = grants.create(new GrantRequest(Fakes.BO, "NORR", "BOENDESTOD", 3, "2026-01-05", null),
                Fakes.staffOf("NORR"));

        assertEquals(LocalDate.of(1996, 7, 4), grant.client().birthDate());
        assertEquals(29, grant.client().ageAt(LocalDate.of(2026, 3, 1)));
        assertEquals(LegalGender.MALE, grant.client().legalGender());
        assertEquals(3, grant.sessionsPerWeek());
        assertEquals(null, grant.validTo());
    }

    @Test
    void everyInvalidFieldIsNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> grants.create(
                new GrantRequest("12345", "NORR", "GAMMAL_INSATS", 0, "2026-01-05", "2026-01-04"),
                Fakes.staffOf("NORR")));
        assertEquals(List.of("client", "interventionType", "sessionsPerWeek", "validTo"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("sessionsPerWeek", "validFrom"), assertThrows(ValidationException.class,
                () -> grants.create(new GrantRequest(Fakes.BO, "NORR", "BOENDESTOD", null, null, null),
                        Fakes.staffOf("NORR"))).errors().stream().map(FieldError::field).toList());
        assertThrows(ForbiddenException.class, () -> grants.create(
                new GrantRequest(Fakes.BO, "SODER", "BOENDESTOD", 3, "2026-01-05", null), Fakes.staffOf("NORR")));
        assertEquals(0, store.grants.size());
    }

    @Test
    void aGrantEnteredByMistakeIsAnnulledWithAReasonWhateverItsFirstDayAndKeepsItsHistory() {
        Grant grant = grants.create(new GrantRequest(Fakes.BO, "NORR", "BOENDESTOD", 3, "2026-01-05", null),
                Fakes.staffOf("NORR"));

        assertEquals(List.of("reason"), assertThrows(ValidationException.class,
                () -> grants.annul(grant.id(), 1, " ", Fakes.staffOf("NORR"))).errors().stream()
                .map(FieldError::field).toList());
        assertThrows(ForbiddenException.class, () -> grants.annul(grant.id(), 1, "Fel", Fakes.staffOf("SODER")));
        assertThrows(ForbiddenException.class, () -> grants.history(grant.id(), Fakes.staffOf("SODER")));

        Grant annulled = grants.annul(grant.id(), 1, "  Fel brukare ", Fakes.staffOf("NORR"));
        assertEquals(GrantStatus.ANNULLED, annulled.status());
        assertEquals("Fel brukare", annulled.annulmentReason());
        assertEquals(List.of(GrantRevisionKind.ANNULLED), grants.history(grant.id(), Fakes.staffOf("NORR")).stream()
                .map(GrantRevision::kind).toList());
        assertThrows(ConflictException.class, () -> grants.annul(grant.id(), 2, "igen", Fakes.staffOf("NORR")));
        assertThrows(ConflictException.class, () -> grants.end(grant.id(), 2, LocalDate.of(2026, 2, 1),
                Fakes.staffOf("NORR")), "an annulled grant is not ended");
    }
}
