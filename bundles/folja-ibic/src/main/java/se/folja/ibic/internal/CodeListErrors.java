package se.folja.ibic.internal;

import se.folja.api.Text;
import se.folja.api.ValidationException;

/** The problems of a code list being read, up to a number worth showing; the first {@link #MOST} are reported. */
final class CodeListErrors {

    static final int MOST = 20;
    static final int LONGEST_TITLE = 500;

    private final ValidationException.Builder errors = ValidationException.builder();

    void add(String field, String message) {
        if (errors.size() < MOST) {
            errors.add(field, message);
        }
    }

    boolean full() {
        return errors.size() >= MOST;
    }

    void check() {
        errors.throwIfAny();
    }

    /** @return the title stripped, null if blank; records an error if too long or with control characters */
    String title(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String title = value.strip();
        if (title.length() > LONGEST_TITLE || Text.problem(title, false) != null) {
            add(field, "must be at most " + LONGEST_TITLE + " characters without control characters");
            return null;
        }
        return title;
    }
}
