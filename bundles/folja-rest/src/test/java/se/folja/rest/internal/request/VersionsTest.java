package se.folja.rest.internal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.folja.api.ValidationException;
import se.folja.rest.internal.problem.ProblemException;
import se.folja.rest.internal.problem.Problems;

class VersionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3\"", "W/\"3\"", " \"3\" "})
    void ifMatchReadsTheVersion(String header) {
        assertEquals(3L, Versions.ifMatch(header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingIfMatchIs428(String header) {
        ProblemException e = assertThrows(ProblemException.class, () -> Versions.ifMatch(header));

        assertEquals(428, e.response().getStatus());
        assertEquals(Problems.MEDIA_TYPE, e.response().getMediaType().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "\"\"", "*", "\"3\", \"4\"", "-1", "1234567890123456789"})
    void anythingButOneVersionIsAValidationErrorNamingIfMatch(String header) {
        ValidationException e = assertThrows(ValidationException.class, () -> Versions.ifMatch(header));

        assertEquals(1, e.errors().size());
        assertEquals("If-Match", e.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 3, 42})
    void theTagOfAVersionReadsBackAsThatVersion(long version) {
        assertEquals(version, Versions.ifMatch(Versions.tag(version).toString()));
    }
}
