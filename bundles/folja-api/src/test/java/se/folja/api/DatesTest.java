package se.folja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void daysOutsideTheRangeAreRefusedNamingTheField() {
        ValidationException.Builder builder = ValidationException.builder();
        assertFalse(Dates.check("validFrom", LocalDate.of(1800, 1, 1), builder));
        assertFalse(Dates.check("validTo", LocalDate.parse("+99999-01-01"), builder));
        assertFalse(Dates.check("validTo", LocalDate.of(2100, 1, 1), builder));
        List<FieldError> errors = builder.errors();
        assertEquals(List.of("validFrom", "validTo", "validTo"), errors.stream().map(FieldError::field).toList());
        assertEquals("must be between 1990-01-01 and 2099-12-31", errors.get(0).message());
    }

    @Test
    void theEndsAreIncluded() {
        assertTrue(Dates.inRange(LocalDate.of(1990, 1, 1)));
        assertTrue(Dates.inRange(LocalDate.of(2099, 12, 31)));
        assertFalse(Dates.inRange(LocalDate.of(1989, 12, 31)));
        assertTrue(Dates.inRange(null));
    }
}
