package se.folja.api.ibic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IcfCodeTest {

    @ParameterizedTest
    @CsvSource({
            "d6, d6, ACTIVITIES_AND_PARTICIPATION, 6, 1",
            "d640, d640, ACTIVITIES_AND_PARTICIPATION, 6, 2",
            "D6400, d6400, ACTIVITIES_AND_PARTICIPATION, 6, 3",
            "b11420, b11420, BODY_FUNCTIONS, 1, 4",
            "' s7502 ', s7502, BODY_STRUCTURES, 7, 3",
            "e310, e310, ENVIRONMENTAL_FACTORS, 3, 2",
            "d9, d9, ACTIVITIES_AND_PARTICIPATION, 9, 1",
            "b8, b8, BODY_FUNCTIONS, 8, 1",
            "e5, e5, ENVIRONMENTAL_FACTORS, 5, 1"})
    void aValidCodeIsNormalisedWithItsComponentChapterAndLevel(String text, String code, IcfComponent component,
            int chapter, int level) {
        IcfCode parsed = IcfCode.parse(text);
        assertEquals(code, parsed.code());
        assertEquals(component, parsed.component());
        assertEquals(chapter, parsed.chapter());
        assertEquals(level, parsed.level());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "x640", "640", "d", "d0", "d64", "d640000", "d 640", "d64a", "b9", "s9",
            "e6", "e0", "d6.2", "dd640", "d６40"})
    void aStructurallyInvalidCodeIsRefusedWithAMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IcfCode.parse(text));
        assertFalse(e.getMessage().isBlank());
        assertFalse(IcfCode.isValid(text));
    }

    @Test
    void aMissingCodeIsRefused() {
        assertEquals("is required, e.g. d640", assertThrows(IllegalArgumentException.class,
                () -> IcfCode.parse(null)).getMessage());
    }

    @Test
    void theMessageNamesTheChaptersOfTheComponent() {
        assertEquals("names no ICF chapter: e has chapters 1-5",
                assertThrows(IllegalArgumentException.class, () -> IcfCode.parse("e610")).getMessage());
    }

    @Test
    void parentsClimbTheHierarchy() {
        assertEquals("d640", IcfCode.parse("d6400").parentCode());
        assertEquals("d6", IcfCode.parse("d640").parentCode());
        assertEquals("b1142", IcfCode.parse("b11420").parentCode());
        assertNull(IcfCode.parse("d6").parentCode());
        assertEquals("d6", IcfCode.parse("d6400").chapterCode());
        assertTrue(IcfCode.isValid("d640"));
    }
}
