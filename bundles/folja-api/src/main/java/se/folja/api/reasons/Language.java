package se.folja.api.reasons;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages in which labels are kept: Swedish first, English second.
 *
 * @since 1.0.0
 */
public enum Language {
    SV, EN;

    /**
     * @param tag a language tag such as {@code sv}, {@code en} or {@code sv-SE}; may be null
     * @return the language, or empty if the tag is null or names another language
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.trim()).getLanguage();
        for (Language language : values()) {
            if (language.tag().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** @return the lower-case ISO 639-1 tag, e.g. {@code sv} */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
