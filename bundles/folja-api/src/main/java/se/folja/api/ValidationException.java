package se.folja.api;

import java.util.ArrayList;
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

    /**
     * Collects the errors of a request field by field, so that the caller hears about every invalid field at once.
     *
     * <pre>{@code
     * ValidationException.Builder errors = ValidationException.builder();
     * if (limit < 1) errors.add("limit", "must be 1 or more");
     * errors.throwIfAny();
     * }</pre>
     *
     * @return an empty builder
     * @since 2.0.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The field errors of one request, in the order found. Not thread-safe: one request, one builder.
     *
     * @since 2.0.0
     */
    public static final class Builder {
        private final List<FieldError> errors = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param field the field's name as the client sent it
         * @param message what is wrong, without the field's value
         * @return this builder
         */
        public Builder add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        /** @return this builder, with every error of {@code more} added */
        public Builder addAll(List<FieldError> more) {
            errors.addAll(more);
            return this;
        }

        /**
         * Adds the error unless {@code valid}.
         *
         * @return {@code valid}
         */
        public boolean check(boolean valid, String field, String message) {
            if (!valid) {
                add(field, message);
            }
            return valid;
        }

        /** @return whether an error was already added for {@code field} */
        public boolean has(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        /** @return how many errors were added */
        public int size() {
            return errors.size();
        }

        /** @return whether no error was added */
        public boolean isEmpty() {
            return errors.isEmpty();
        }

        /** @return the errors so far, a copy */
        public List<FieldError> errors() {
            return List.copyOf(errors);
        }

        /** @throws ValidationException with every error added, if there is one */
        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
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
