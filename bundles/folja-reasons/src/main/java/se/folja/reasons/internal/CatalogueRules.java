package se.folja.reasons.internal;

import java.util.regex.Pattern;

import se.folja.api.Text;
import se.folja.api.ValidationException;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.UnitCode;

/**
 * The rules every administrator-maintained list shares (reason codes, intervention types): stable codes
 * and short one-line labels in Swedish and English.
 */
final class CatalogueRules {

    /** Upper-case letters, digits and underscores, starting with a letter: safe in URLs, logs and exports. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    /** The database columns' width: no configuration may allow more. */
    static final int LONGEST_LABEL = 200;

    private CatalogueRules() {
    }

    /**
     * Adds an error for {@code code} unless it is present and well-formed for {@code kind}: a unit's code follows
     * {@link UnitCode} (real unit codes have hyphens and dots, e.g. {@code BS-1}); other codes {@link #CODE}.
     */
    static void code(ListKind kind, String code, ValidationException.Builder errors) {
        if (kind != ListKind.UNIT) {
            code(code, errors);
        } else if (code == null || code.isBlank()) {
            errors.add("code", "is required");
        } else if (!UnitCode.isValid(code)) {
            errors.add("code", UnitCode.RULE);
        }
    }

    /** Adds an error for {@code field} unless {@code code} is present and well-formed. */
    static void code(String code, ValidationException.Builder errors) {
        if (code == null || code.isBlank()) {
            errors.add("code", "is required");
        } else if (!CODE.matcher(code).matches()) {
            errors.add("code", "must be 2-40 characters: upper-case letters A-Z, digits and"
                    + " underscores, starting with a letter");
        }
    }

    /**
     * @return the label stripped of surrounding space, or null if absent; an error is added for a missing
     *     required label, a blank one, one longer than {@code maxLength}, or one that breaks the line
     */
    static String label(String field, String value, boolean required, int maxLength, ValidationException.Builder errors) {
        if (value == null) {
            if (required) {
                errors.add(field, "is required");
            }
            return null;
        }
        String label = value.strip();
        int max = Math.min(LONGEST_LABEL, maxLength);
        if (label.isEmpty()) {
            errors.add(field, "must not be blank");
        } else if (label.length() > max) {
            errors.add(field, "must be at most " + max + " characters");
        } else {
            // control characters, U+2028/U+2029 and lone surrogates: the rule every text follows
            Text.oneLine(field, label, errors);
        }
        return label;
    }
}
