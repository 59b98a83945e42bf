package se.folja.api.followup;

import java.util.Objects;

/**
 * A text in Swedish and, optionally, English (a template's title, purpose or a scale's title). Swedish first.
 *
 * @param sv the Swedish text, never null
 * @param en the English text, or null if there is none
 * @since 1.0.0
 */
public record LocalizedText(String sv, String en) {

    public LocalizedText {
        Objects.requireNonNull(sv, "sv");
    }

    /** Gives the lengths only: a template's texts are not logged. */
    @Override
    public String toString() {
        return "LocalizedText[sv=" + sv.length() + " chars, en=" + (en == null ? "none" : en.length() + " chars")
                + "]";
    }
}
