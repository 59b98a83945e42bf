package se.folja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\u009bb", "\u0008"})
    void controlCharactersAreRefusedEverywhere(String text) {
        ValidationException.Builder builder = ValidationException.builder();
        assertFalse(Text.multiLine("comment", text, builder));
        assertFalse(Text.oneLine("labelSv", text, builder));
        List<FieldError> errors = builder.errors();
        assertEquals("comment", errors.get(0).field());
        assertEquals("labelSv", errors.get(1).field());
        assertTrue(errors.get(0).message().contains("control characters"), errors.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ud800b", "a\udc00", "\ud83d", "x\udfff\ud800"})
    void loneSurrogatesAreRefused(String text) {
        assertTrue(Text.problem(text, true).contains("lone surrogate"));
        assertTrue(Text.problem(text, false).contains("lone surrogate"));
    }

    @Test
    void aPairedSurrogateIsText() {
        assertNull(Text.problem("ok \ud83d\ude00 åäö", false));
        assertNull(Text.problem("\ud83d\ude00", true));
    }

    @Test
    void longFreeTextMayHoldLineBreaksAndTabsButALineMayNot() {
        String paragraph = "Första raden\r\nAndra\traden\nTredje";
        assertNull(Text.problem(paragraph, true));
        assertTrue(Text.problem(paragraph, false).contains("control characters"));
        assertTrue(Text.problem("a\u2028b", false).contains("separators"));
        assertNull(Text.problem("a\u2028b", true));
    }

    @Test
    void theMessageGivesThePositionNotTheText() {
        String message = Text.problem("19850101-1234\u0000", true);
        assertTrue(message.endsWith("position 14)"), message);
        assertFalse(message.contains("1985"));
    }

    @Test
    void nullIsLeftToTheCaller() {
        assertTrue(Text.multiLine("comment", null, ValidationException.builder()));
    }
}
