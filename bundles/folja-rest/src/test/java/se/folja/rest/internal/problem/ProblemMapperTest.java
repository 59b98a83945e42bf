package se.folja.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.rest.internal.catalogue.NewReasonJson;
import se.folja.rest.internal.json.JsonProvider;

class ProblemMapperTest {

    private static final String PERSONNUMMER = "19121212-1212";

    private final ProblemMapper mapper = new ProblemMapper();

    /** Parses the body as the POST resource would and returns what Jackson threw. */
    private static JsonProcessingException parseFailure(String json) {
        return assertThrows(JsonProcessingException.class,
                () -> JsonProvider.MAPPER.readValue(json, NewReasonJson.class));
    }

    private static ProblemJson problem(Response response) {
        assertEquals(Problems.MEDIA_TYPE, response.getMediaType().toString());
        return assertInstanceOf(ProblemJson.class, response.getEntity());
    }

    @Test
    void unknownFieldIsA400NamingTheField() {
        Response response = mapper.toResponse(parseFailure(
                "{\"code\":\"BORTREST\",\"labelSv\":\"Bortrest\",\"colour\":\"red\"}"));

        assertEquals(400, response.getStatus());
        ProblemJson body = problem(response);
        assertEquals(400, body.status());
        assertEquals("urn:folja:problem:validation", body.type());
        assertEquals(1, body.errors().size());
        assertEquals("colour", body.errors().get(0).field());
        assertTrue(body.errors().get(0).message().contains("labelSv"),
                "the message lists the known fields: " + body.errors().get(0).message());
    }

    @Test
    void wrongEnumValueNamesInitiatorAndListsTheAllowedValues() {
        Response response = mapper.toResponse(parseFailure("{\"code\":\"X\",\"initiator\":\"NOBODY\"}"));

        assertEquals(400, response.getStatus());
        FieldError error = problem(response).errors().get(0);
        assertEquals("initiator", error.field());
        assertTrue(error.message().contains("CLIENT, ORGANISATION"), error.message());
    }

    @Test
    void stringWhereANumberBelongsNamesSortOrder() {
        Response response = mapper.toResponse(parseFailure("{\"code\":\"X\",\"sortOrder\":\"first\"}"));

        assertEquals(400, response.getStatus());
        ProblemJson body = problem(response);
        assertEquals("urn:folja:problem:validation", body.type());
        assertEquals("sortOrder", body.errors().get(0).field());
        assertTrue(body.errors().get(0).message().contains("whole number"), body.errors().get(0).message());
    }

    @Test
    void truncatedJsonIsMalformedJson() {
        Response response = mapper.toResponse(parseFailure("{\"code\":\"X\",\"labelSv\":"));

        assertEquals(400, response.getStatus());
        ProblemJson body = problem(response);
        assertEquals("urn:folja:problem:malformed-json", body.type());
        assertNull(body.errors());
    }

    @Test
    void validationExceptionIsA400WithEveryField() {
        List<FieldError> errors = List.of(new FieldError("code", "is required"),
                new FieldError("labelEn", "is too long"));

        Response response = mapper.toResponse(new ValidationException(errors));

        assertEquals(400, response.getStatus());
        ProblemJson body = problem(response);
        assertEquals("urn:folja:problem:validation", body.type());
        assertEquals(errors, body.errors());
    }

    @Test
    void notFoundIsA404() {
        Response response = mapper.toResponse(new NotFoundException("reason code", "BORTREST"));

        assertEquals(404, response.getStatus());
        ProblemJson body = problem(response);
        assertEquals(404, body.status());
        assertEquals("urn:folja:problem:not-found", body.type());
        assertTrue(body.detail().contains("BORTREST"), body.detail());
    }

    @Test
    void forbiddenIsA403() {
        Response response = mapper.toResponse(new ForbiddenException("You do not belong to that unit"));

        assertEquals(403, response.getStatus());
        assertEquals(Problems.MEDIA_TYPE, response.getMediaType().toString());
        ProblemJson body = problem(response);
        assertEquals("urn:folja:problem:forbidden", body.type());
        assertEquals("You do not belong to that unit", body.detail());
    }

    @Test
    void conflictIsA409() {
        Response response = mapper.toResponse(new ConflictException("BORTREST was changed since version 3"));

        assertEquals(409, response.getStatus());
        ProblemJson body = problem(response);
        assertEquals("urn:folja:problem:conflict", body.type());
        assertEquals("BORTREST was changed since version 3", body.detail());
    }

    @Test
    void methodNotAllowedIsA405KeepingAllow() {
        Response response = mapper.toResponse(new NotAllowedException("GET", new String[] {"POST"}));

        assertEquals(405, response.getStatus());
        ProblemJson body = problem(response);
        assertEquals(405, body.status());
        assertEquals("urn:folja:problem:method-not-allowed", body.type());
        String allow = response.getHeaderString("Allow");
        assertNotNull(allow);
        assertTrue(allow.contains("GET") && allow.contains("POST"), allow);
    }

    @Test
    void problemExceptionAnswersWithItsOwnResponse() {
        Response own = Problems.PRECONDITION_REQUIRED.response("Send If-Match");

        Response response = mapper.toResponse(new ProblemException(own));

        assertEquals(428, response.getStatus());
        assertEquals("Send If-Match", problem(response).detail());
    }

    @Test
    void unexpectedExceptionIsA500WithoutItsMessage() throws Exception {
        RuntimeException failure = new IllegalStateException("duplicate key for client " + PERSONNUMMER,
                new RuntimeException("row " + PERSONNUMMER + " locked"));

        Response response = mapper.toResponse(failure);

        assertEquals(500, response.getStatus());
        ProblemJson body = problem(response);
        assertEquals("urn:folja:problem:internal", body.type());
        assertTrue(body.detail().contains("incident id"), body.detail());
        String json = JsonProvider.MAPPER.writeValueAsString(body);
        assertFalse(json.contains(PERSONNUMMER), json);
        assertFalse(json.contains("duplicate key"), json);
        assertFalse(json.contains("IllegalStateException") || json.contains("java.lang"), "no exception type: " + json);
        assertFalse(json.contains("ProblemMapperTest") || body.detail().contains("\tat "), "no stack trace: " + json);
    }

    @Test
    void theLogOfAnUnexpectedFailureNamesTheIncidentButNotTheMessage() {
        RuntimeException failure = new IllegalStateException("duplicate key for client " + PERSONNUMMER,
                new RuntimeException("row " + PERSONNUMMER + " locked"));
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String detail;
        try {
            // slf4j-simple, the test binding, writes to whatever System.err is at the time of the call
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            detail = problem(mapper.toResponse(failure)).detail();
        } finally {
            System.setErr(stderr);
        }
        String logged = captured.toString(StandardCharsets.UTF_8);

        Matcher incident = Pattern.compile("incident id is ([0-9a-f-]{36})").matcher(detail);
        assertTrue(incident.find(), detail);
        assertTrue(logged.contains(incident.group(1)), "the log names the incident of the response: " + logged);
        assertTrue(logged.contains(IllegalStateException.class.getName()), logged);
        assertFalse(logged.contains(PERSONNUMMER), logged);
    }

    @Test
    void describeLogsTypesAndFramesButNoMessages() {
        RuntimeException failure = new IllegalStateException("duplicate key for client " + PERSONNUMMER,
                new IllegalArgumentException("row " + PERSONNUMMER + " locked"));

        String logged = ProblemMapper.describe(failure);

        assertFalse(logged.contains(PERSONNUMMER), logged);
        assertTrue(logged.contains(IllegalStateException.class.getName()), logged);
        assertTrue(logged.contains("Caused by: " + IllegalArgumentException.class.getName()), logged);
        assertTrue(logged.contains("ProblemMapperTest"), "stack frames are kept: " + logged);
    }

    @Test
    void twoUnexpectedFailuresGetDifferentIncidentIds() {
        String first = problem(mapper.toResponse(new RuntimeException())).detail();
        String second = problem(mapper.toResponse(new RuntimeException())).detail();

        assertFalse(first.equals(second), first);
    }
}
