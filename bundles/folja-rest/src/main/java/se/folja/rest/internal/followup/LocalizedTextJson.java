package se.folja.rest.internal.followup;

import se.folja.api.followup.LocalizedText;

/** A template's text in Swedish and, if it has one, English. */
public record LocalizedTextJson(String sv, String en) {

    static LocalizedTextJson of(LocalizedText text) {
        return new LocalizedTextJson(text.sv(), text.en());
    }
}
