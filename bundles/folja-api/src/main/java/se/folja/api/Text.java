package se.folja.api;

/**
 * The one rule for text that people type into Följa (*fritext*): what characters a value may hold. Every
 * service that stores text asks this class, so that a comment, an annulment reason, a goal text and a label
 * all refuse the same characters.
 *
 * <ul>
 *   <li>No text may hold a control character (NUL, BEL, ESC, DEL, the C1 controls U+0080–U+009F…) or a lone
 *       surrogate (half of a UTF-16 pair, which no UTF-8 can carry: it would be stored as {@code ?} or
 *       refused by the database).</li>
 *   <li>{@link #multiLine Long free text} (comments, reasons, goal texts) may hold line breaks (LF, CR) and
 *       tabs: people write paragraphs and paste from Excel.</li>
 *   <li>{@link #oneLine One-line text} (labels, names, titles) may not: no tab, no line break, and neither of
 *       the separators U+2028 (line) and U+2029 (paragraph).</li>
 * </ul>
 *
 * Messages never repeat the text (it may be personal data); they give the position of the first offending
 * character, counted from 1 in UTF-16 code units.
 *
 * @since 1.1.0
 */
public final class Text {

    private Text() {
    }

    /**
     * Checks long free text.
     *
     * @param field the field's name for the error, e.g. {@code comment} or {@code needs[0].goalText}
     * @param text the text; null is accepted (absence is the caller's rule)
     * @param errors where an error naming {@code field} is added if the text is refused
     * @return true if the text is acceptable
     * @since 2.0.0
     */
    public static boolean multiLine(String field, CharSequence text, ValidationException.Builder errors) {
        String problem = problem(text, true);
        return errors.check(problem == null, field, problem);
    }

    /**
     * Checks one-line text: a label, a name, a title.
     *
     * @param field the field's name for the error
     * @param text the text; null is accepted (absence is the caller's rule)
     * @param errors where an error naming {@code field} is added if the text is refused
     * @return true if the text is acceptable
     * @since 2.0.0
     */
    public static boolean oneLine(String field, CharSequence text, ValidationException.Builder errors) {
        String problem = problem(text, false);
        return errors.check(problem == null, field, problem);
    }

    /**
     * @param text the text, null accepted
     * @param lineBreaks whether LF, CR and TAB are allowed (long free text)
     * @return what is wrong with the text, without quoting it; null if nothing
     * @since 1.1.0
     */
    public static String problem(CharSequence text, boolean lineBreaks) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain a lone surrogate (half of a UTF-16 pair) at position " + (i + 1);
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain a lone surrogate (half of a UTF-16 pair) at position " + (i + 1);
            }
            if (lineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c)) {
                return (lineBreaks ? "must not contain control characters other than tab and line breaks"
                        : "must not contain control characters such as tabs or line breaks")
                        + " (found one at position " + (i + 1) + ")";
            }
            if (!lineBreaks && (c == '\u2028' || c == '\u2029')) {
                return "must not contain line or paragraph separators (found one at position " + (i + 1) + ")";
            }
        }
        return null;
    }

}
