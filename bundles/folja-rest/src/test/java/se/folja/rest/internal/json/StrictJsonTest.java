package se.folja.rest.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import se.folja.api.FieldError;
import se.folja.rest.internal.ibic.AssessmentRequestJson;
import se.folja.rest.internal.nondelivery.GrantRequestJson;
import se.folja.rest.internal.nondelivery.NonDeliveryRequestJson;
import se.folja.rest.internal.problem.ProblemJson;
import se.folja.rest.internal.problem.ProblemMapper;
import se.folja.rest.internal.problem.Problems;

/**
 * Request bodies are read strictly: a value of the wrong JSON type is never coerced, a key given twice is
 * refused, a number beyond its type's range is refused, and each answer names the field by its JSON path.
 */
class StrictJsonTest {

    private final ProblemMapper mapper = new ProblemMapper();

    private <T> FieldError refused(String json, Class<T> type) {
        JsonProcessingException failure = assertThrows(JsonProcessingException.class,
                () -> JsonProvider.MAPPER.readValue(json, type));
        Response response = mapper.toResponse(failure);
        assertEquals(400, response.getStatus());
        assertEquals(Problems.MEDIA_TYPE, response.getMediaType().toString());
        ProblemJson body = assertInstanceOf(ProblemJson.class, response.getEntity());
        assertEquals("urn:folja:problem:validation", body.type(), body.detail());
        assertEquals(1, body.errors().size());
        return body.errors().get(0);
    }

    @Test
    void aNumberIsNotAPersonnummer() {
        FieldError error = refused("{\"client\":199001012385,\"unit\":\"U\"}", NonDeliveryRequestJson.class);
        assertEquals("client", error.field());
        assertTrue(error.message().contains("a string"), error.message());
    }

    @Test
    void aStringIsNotAWholeNumber() {
        FieldError error = refused("{\"client\":\"x\",\"sessionsPerWeek\":\"2\"}", GrantRequestJson.class);
        assertEquals("sessionsPerWeek", error.field());
        assertTrue(error.message().contains("whole number"), error.message());
    }

    @Test
    void trueIsNotAUnitCode() {
        FieldError error = refused("{\"unit\":true}", NonDeliveryRequestJson.class);
        assertEquals("unit", error.field());
        assertTrue(error.message().contains("a string"), error.message());
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        assertEquals("sessionsPerWeek", refused("{\"sessionsPerWeek\":2.0}", GrantRequestJson.class).field());
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        FieldError error = refused("{\"unit\":\"A\",\"comment\":\"x\",\"unit\":\"B\"}", NonDeliveryRequestJson.class);
        assertEquals("unit", error.field());
        assertTrue(error.message().contains("more than once"), error.message());
    }

    @Test
    void aNumberBeyondItsRangeNamesTheField() {
        FieldError error = refused("{\"client\":\"x\",\"sessionsPerWeek\":99999999999999999999}", GrantRequestJson.class);
        assertEquals("sessionsPerWeek", error.field());
        assertTrue(error.message().contains("whole number"), error.message());
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        FieldError error = refused("{\"unit\":\"U\",\"needs\":[{\"icf\":\"d510\",\"qualifier\":2},"
                + "{\"icf\":\"d510\",\"qualifier\":\"3\"}]}", AssessmentRequestJson.class);
        assertEquals("needs[1].qualifier", error.field());
    }

    @Test
    void anObjectIsNotAString() {
        assertEquals("comment", refused("{\"comment\":{\"a\":1}}", NonDeliveryRequestJson.class).field());
    }

    @Test
    void nullIsStillAbsence() throws Exception {
        NonDeliveryRequestJson read = JsonProvider.MAPPER.readValue("{\"comment\":null}", NonDeliveryRequestJson.class);
        assertEquals(null, read.comment());
    }
}
