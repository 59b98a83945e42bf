package se.folja.api;

import java.util.List;

/**
 * The request was understood but one or more of its fields are invalid. Nothing was stored.
 *
 * @since 1.0.0
 */
public class ValidationException extends FoljaException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    /**
     * @param errors the invalid fields, at least one
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid request" : summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one field error is required");
        }
        this.errors = List.copyOf(errors);
    }

    /** A validation failure of a single field. */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** @return the invalid fields, never empty */
    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1
                ? "Invalid field '" + errors.get(0).field() + "': " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }
}
