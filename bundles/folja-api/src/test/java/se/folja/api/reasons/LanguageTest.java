package se.folja.api.reasons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource({"sv,SV", "SV,SV", "sv-SE,SV", "en,EN", "EN,EN", "en-GB,EN", " en ,EN"})
    void swedishAndEnglishTagsAreUnderstood(String tag, Language expected) {
        assertEquals(Optional.of(expected), Language.fromTag(tag));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "de", "fi", "svenska", "x-klingon"})
    void otherTagsAreNotALanguage(String tag) {
        assertEquals(Optional.empty(), Language.fromTag(tag));
    }

    @ParameterizedTest
    @CsvSource({"SV,sv", "EN,en"})
    void theTagIsLowerCase(Language language, String tag) {
        assertEquals(tag, language.tag());
    }
}
