package se.folja.followup.internal;

import se.folja.api.ValidationException;
import se.folja.api.followup.FollowUpTemplateReader;

/**
 * The errors of one document, in the order found, at most {@link FollowUpTemplateReader#MAX_ERRORS} kept. The
 * count goes on past the cap, so that a part that had an error is never built.
 */
final class Errors {

    private final ValidationException.Builder kept = ValidationException.builder();
    private int count;

    void add(String path, String message) {
        count++;
        if (kept.size() < FollowUpTemplateReader.MAX_ERRORS) {
            kept.add(path, message);
        }
    }

    /** @return how many errors were found, also past the cap */
    int count() {
        return count;
    }

    boolean full() {
        return count >= FollowUpTemplateReader.MAX_ERRORS;
    }

    void throwIfAny() {
        kept.throwIfAny();
    }
}
