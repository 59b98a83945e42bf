package se.folja.api.ibic;

import java.util.Optional;

/**
 * The components of ICF, each named by the letter that starts its codes, with the chapters it has.
 *
 * @since 1.0.0
 */
public enum IcfComponent {
    /** Body functions (<em>kroppsfunktioner</em>), chapters b1–b8. */
    BODY_FUNCTIONS('b', 8),
    /** Body structures (<em>kroppsstrukturer</em>), chapters s1–s8. */
    BODY_STRUCTURES('s', 8),
    /** Activities and participation (<em>aktiviteter och delaktighet</em>), chapters d1–d9: IBIC's life areas. */
    ACTIVITIES_AND_PARTICIPATION('d', 9),
    /** Environmental factors (<em>omgivningsfaktorer</em>), chapters e1–e5. */
    ENVIRONMENTAL_FACTORS('e', 5);

    private final char letter;
    private final int chapters;

    IcfComponent(char letter, int chapters) {
        this.letter = letter;
        this.chapters = chapters;
    }

    /** @return the lower-case letter that starts the component's codes */
    public char letter() {
        return letter;
    }

    /** @return the number of chapters; they are numbered from 1 */
    public int chapters() {
        return chapters;
    }

    /** @return the component whose codes start with {@code letter} (either case), if any */
    public static Optional<IcfComponent> ofLetter(char letter) {
        char lower = Character.toLowerCase(letter);
        for (IcfComponent component : values()) {
            if (component.letter == lower) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }
}
