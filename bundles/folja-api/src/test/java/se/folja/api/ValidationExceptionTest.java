package se.folja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
