package se.folja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);

    @Test
    void aPeriodUpToTheMostYearsIsAccepted() {
        Period period = Period.of(FROM, LocalDate.of(2031, 9, 1), 5);
        assertEquals(FROM, period.from());
        assertTrue(period.contains(LocalDate.of(2031, 9, 1)));
        assertEquals(FROM, Period.of(FROM, FROM, 5).to());
    }

    @Test
    void aDayLongerThanTheMostYearsIsRefusedNamingTo() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Period.of(FROM, LocalDate.of(2031, 9, 2), 5));
        assertEquals(List.of(new FieldError("to", "must be at most 5 years after from")), e.errors());
        Period.of(FROM, LocalDate.of(2036, 9, 1), 10);
        assertThrows(ValidationException.class, () -> Period.of(FROM, LocalDate.of(2036, 9, 2), 10));
    }

    @Test
    void missingAndReversedDaysAreNamedAllAtOnce() {
        ValidationException missing = assertThrows(ValidationException.class, () -> Period.of(null, null, 10));
        assertEquals(List.of("from", "to"), missing.errors().stream().map(FieldError::field).toList());
        ValidationException reversed = assertThrows(ValidationException.class,
                () -> Period.of(FROM, FROM.minusDays(1), 10));
        assertEquals(List.of(new FieldError("to", "must not be before from")), reversed.errors());
    }

    @Test
    void aDayOutsideTheAcceptedRangeIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Period.of(LocalDate.of(1800, 1, 1), FROM, 10));
        assertEquals("from", e.errors().get(0).field());
    }

    @Test
    void checkAddsToARequestsOtherErrors() {
        ValidationException.Builder errors = ValidationException.builder().add("limit", "must be 1-500");
        assertNull(Period.check(FROM, null, 10, errors));
        assertEquals(List.of("limit", "to"), errors.errors().stream().map(FieldError::field).toList());
    }
}
