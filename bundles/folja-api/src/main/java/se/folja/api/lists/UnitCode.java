package se.folja.api.lists;

import java.util.regex.Pattern;

/**
 * The one rule for a unit's code (<em>enhetskod</em>), wherever one is made, received or checked: 1 to 40
 * characters, upper-case letters A-Z, digits, hyphens, underscores and dots, beginning and ending with a letter or
 * digit — {@code BOSTOD_NORR}, {@code BS-1}, {@code HT.NORR}, {@code 4711}. Such a code is safe unencoded in a URL
 * path, in a JAAS role name ({@code folja-unit-BS-1}), in a log line and in a CSV or Excel cell; letters outside
 * A-Z (Å, Ä, Ö) are left out because role names travel through ISO-8859-1 property files and LDAP mappings.
 *
 * @since 1.1.0
 */
public final class UnitCode {

    /** The form of a unit code. */
    public static final Pattern FORM = Pattern.compile("[A-Z0-9](?:[A-Z0-9_.\\-]{0,38}[A-Z0-9])?");

    /** What a refused code is told, naming the rule but never repeating the value. */
    public static final String RULE = "must be 1-40 characters: upper-case letters A-Z, digits, hyphens,"
            + " underscores and dots, beginning and ending with a letter or digit (e.g. BS-1)";

    private UnitCode() {
    }

    /** @return whether {@code code} is a well-formed unit code; false for null */
    public static boolean isValid(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
