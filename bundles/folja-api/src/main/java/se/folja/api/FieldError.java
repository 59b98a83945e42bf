package se.folja.api;

import java.util.Objects;

/**
 * One problem with one field of a request.
 *
 * @param field the field's name as the client sent it (JSON property or query parameter), never null
 * @param message what is wrong, in English, without the field's value (it may be personal data)
 * @since 1.0.0
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
