package se.folja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void oneInvalidFieldIsNamedInTheMessage() {
        ValidationException e = ValidationException.of("labelSv", "must not be blank");
        assertEquals("Invalid field 'labelSv': must not be blank", e.getMessage());
        assertEquals(List.of(new FieldError("labelSv", "must not be blank")), e.errors());
    }

    @Test
    void severalInvalidFieldsAreCountedAndAllKept() {
        ValidationException e = new ValidationException(List.of(
                new FieldError("code", "is required"), new FieldError("initiator", "is required")));
        assertEquals("2 fields are invalid", e.getMessage());
        assertEquals(List.of("code", "initiator"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aValidationFailureWithoutAFieldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
    }

    @Test
    void anActorNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> new Actor(" "));
        assertThrows(NullPointerException.class, () -> new Actor(null));
        assertEquals("anna", new Actor("anna").userName());
    }

    @Test
    void theBuilderCollectsEveryFieldAndThrowsOnlyWhenOneIsInvalid() {
        ValidationException.Builder errors = ValidationException.builder();
        errors.throwIfAny();
        assertTrue(errors.check(true, "offset", "must be 0 or more"));
        assertFalse(errors.check(false, "limit", "must be 1-500"));
        errors.add("to", "must not be before from");
        assertTrue(errors.has("limit"));
        assertFalse(errors.has("offset"));
        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals(List.of("limit", "to"), e.errors().stream().map(FieldError::field).toList());
    }
}
