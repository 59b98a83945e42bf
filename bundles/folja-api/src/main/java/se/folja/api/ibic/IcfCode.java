package se.folja.api.ibic;

import java.util.Objects;

/**
 * A structurally valid ICF code: a component letter, the chapter digit, and for a category two more digits
 * (two-level, {@code d640}) and one more per further level ({@code d6400}, {@code b11420}). Whether the code
 * exists in ICF is a question for the municipality's code list ({@link IcfCodeLists}); this type knows only the
 * structure.
 *
 * @param code the normalised code: lower-case letter, digits, e.g. {@code d640}
 * @param component the component the letter names
 * @param chapter the chapter, 1 to the component's number of chapters
 * @param level 1 for a chapter ({@code d6}), 2 for a two-level category ({@code d640}), 3 ({@code d6400}) or 4
 *     ({@code b11420})
 * @since 1.0.0
 */
public record IcfCode(String code, IcfComponent component, int chapter, int level) {

    /** The longest code: a letter and five digits. */
    public static final int MAX_LENGTH = 6;

    public IcfCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(component, "component");
    }

    /**
     * @param text a code in either case, surrounding blanks ignored, e.g. {@code D640} or {@code d6400}
     * @return the code
     * @throws IllegalArgumentException if it is not a structurally valid ICF code; the message says what is wrong
     *     and can be shown to the user
     */
    public static IcfCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required, e.g. d640");
        }
        String code = text.strip();
        IcfComponent component = IcfComponent.ofLetter(code.charAt(0)).orElseThrow(() ->
                new IllegalArgumentException("must start with an ICF component letter: b, s, d or e"));
        String digits = code.substring(1);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("must be a component letter followed by digits, e.g. d640");
        }
        int level = switch (digits.length()) {
            case 1 -> 1;
            case 3 -> 2;
            case 4 -> 3;
            case 5 -> 4;
            default -> throw new IllegalArgumentException(
                    "must have 1 (chapter), 3, 4 or 5 digits after the letter, e.g. d6, d640, d6400");
        };
        int chapter = digits.charAt(0) - '0';
        if (chapter < 1 || chapter > component.chapters()) {
            throw new IllegalArgumentException("names no ICF chapter: " + component.letter() + " has chapters 1-"
                    + component.chapters());
        }
        return new IcfCode(component.letter() + digits, component, chapter, level);
    }

    /** @return whether {@code text} is a structurally valid ICF code */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return the chapter's code, e.g. {@code d6} for {@code d6400} */
    public String chapterCode() {
        return code.substring(0, 2);
    }

    /** @return the category one level up, or null for a chapter ({@code d640} for {@code d6400}, {@code d6} for {@code d640}) */
    public String parentCode() {
        return switch (level) {
            case 1 -> null;
            case 2 -> chapterCode();
            default -> code.substring(0, code.length() - 1);
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
