package se.folja.itests;

import static se.folja.itests.Api.API;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.Given.assessment;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.Registrations.entry;
import static se.folja.itests.Registrations.registration;
import static se.folja.itests.TestData.ASSESSED;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.NORTH;
import static se.folja.itests.TestData.NORTH_STAFF;
import static se.folja.itests.TestData.SOUTH;
import static se.folja.itests.TestData.WOMAN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Wrong input over HTTP, as a hostile or careless client sends it: each is a 400 (or Jetty's own status)
 * application/problem+json naming the field or parameter, and nothing is stored.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class InputIT extends AreaTest {

    /** A client no other test uses: counts of its grants prove that nothing was stored. */
    static final String INPUT_CLIENT = "19910317-9819";

    @Inject
    private EventAdmin eventAdmin;
    private Registrations registrations;

    @Before
    public void given() throws Exception {
        registrations = new Registrations(api, eventAdmin);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private JsonNode refused(HttpResponse<String> response) throws IOException {
        JsonNode problem = assertProblem(response, 400);
        assertEquals(response.body(), "urn:folja:problem:validation", problem.path("type").asText());
        return problem;
    }

    private int grantsOfTheInputClient() throws Exception {
        return json(api.search("/grants/search", NORTH_STAFF,
                "{\"unit\":[\"" + NORTH + "\"],\"client\":\"" + INPUT_CLIENT + "\"}")).path("total").asInt();
    }

    private static String grant(String validFrom, String validTo) {
        return "{\"client\":\"" + INPUT_CLIENT + "\",\"unit\":\"" + NORTH + "\",\"interventionType\":\"BOENDESTOD\","
                + "\"sessionsPerWeek\":2,\"validFrom\":\"" + validFrom + "\""
                + (validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"") + "}";
    }

    @Test
    public void controlCharactersAndLoneSurrogatesInFreeTextAreRefusedAndNothingIsStored() throws Exception {
        String entry = entry("text");
        // JSON escapes: NUL, ESC, BEL and a high surrogate without its low half
        for (String comment : List.of("a\\u0000b", "\\u001b[31mr\\u00f6d", "pling\\u0007", "halv \\ud83d")) {
            JsonNode problem = refused(registrations.register(NORTH_STAFF, registration(entry, WOMAN, NORTH, "2026-03-16T09:00",
                    "BORTREST", comment)));
            assertEquals(List.of("comment"), fields(problem));
        }
        // nothing was stored: the entry registers now as new, and line breaks and tabs belong in free text
        HttpResponse<String> created = registrations.register(NORTH_STAFF, registration(entry, WOMAN, NORTH, "2026-03-16T09:00",
                "BORTREST", "rad 1\\r\\nrad\\t2"));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode stored = json(created);
        assertEquals("rad 1\r\nrad\t2", stored.path("comment").asText());
        long id = stored.path("id").asLong();

        assertEquals(List.of("reason"), fields(refused(api.send("POST", "/non-deliveries/" + id + "/annul", NORTH_STAFF,
                "{\"reason\":\"fel\\u0000\"}", JSON_TYPE, "If-Match", "\"1\""))));
        assertEquals(List.of("comment"), fields(refused(api.send("PATCH", "/non-deliveries/" + id, NORTH_STAFF,
                "{\"comment\":\"x\\udc00\"}", JSON_TYPE, "If-Match", "\"1\""))));
        assertEquals("\"1\"", api.get("/non-deliveries/" + id, NORTH_STAFF).headers().firstValue("ETag").orElse(""));

        Given.assessedClientIsKnown(api);
        assertEquals(List.of("needs[0].goalText"), fields(refused(api.send("POST", "/assessments", NORTH_STAFF,
                assessment(ASSESSED, NORTH, "2026-01-20", "{\"icf\":\"d610\",\"qualifier\":2,"
                        + "\"goalText\":\"Klarar\\u001b tv\\u00e4tten\"}"), JSON_TYPE))));
        assertEquals(List.of("labelSv"), fields(refused(api.send("POST", "/admin/reason-codes", "admin",
                "{\"code\":\"IT_SURROGAT\",\"labelSv\":\"Halv \\ud800\",\"labelEn\":\"Half\",\"initiator\":\"CLIENT\"}",
                JSON_TYPE))));
    }

    @Test
    public void daysOutsideTheRangeAreRefusedAndAGrantIsEndedNotExtended() throws Exception {
        int before = grantsOfTheInputClient();
        for (String day : List.of("1800-01-01", "+99999-01-01", "2100-01-01")) {
            assertEquals(List.of("validFrom"), fields(refused(api.send("POST", "/grants", NORTH_STAFF, grant(day, null),
                    JSON_TYPE))));
            assertEquals(List.of("validTo"), fields(refused(api.send("POST", "/grants", NORTH_STAFF,
                    grant("2026-01-05", day), JSON_TYPE))));
        }
        assertEquals(before, grantsOfTheInputClient());
        assertEquals(List.of("from"), fields(refused(api.get("/grants?unit=" + NORTH + "&from=1800-01-01", NORTH_STAFF))));

        HttpResponse<String> created = api.send("POST", "/grants", NORTH_STAFF, grant("2026-01-05", "2026-06-30"),
                JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        long id = json(created).path("id").asLong();
        JsonNode problem = refused(api.send("POST", "/grants/" + id + "/end", NORTH_STAFF, "{\"validTo\":\"2030-01-01\"}",
                JSON_TYPE, "If-Match", "\"1\""));
        assertEquals(List.of("validTo"), fields(problem));
        JsonNode read = json(api.get("/grants/" + id, NORTH_STAFF));
        assertEquals("2026-06-30", read.path("validTo").asText());
        assertEquals(1, read.path("version").asInt());
    }

    @Test
    public void jsonOfTheWrongTypeIsRefusedNamingTheField() throws Exception {
        String entry = entry("types");
        String good = registration(entry, WOMAN, NORTH, "2026-03-17T09:00", "BORTREST", null);
        assertEquals(List.of("client"), fields(refused(registrations.register(NORTH_STAFF,
                good.replace("\"client\":\"" + WOMAN + "\"", "\"client\":199503159825")))));
        // not a 403 for a unit named "true"
        assertEquals(List.of("unit"), fields(refused(registrations.register(NORTH_STAFF,
                good.replace("\"unit\":\"" + NORTH + "\"", "\"unit\":true")))));
        assertEquals(List.of("unit"), fields(refused(registrations.register(NORTH_STAFF,
                good.replace("{", "{\"unit\":\"" + SOUTH + "\",")))));
        String grant = grant("2026-01-05", null);
        assertEquals(List.of("sessionsPerWeek"), fields(refused(api.send("POST", "/grants", NORTH_STAFF,
                grant.replace("\"sessionsPerWeek\":2", "\"sessionsPerWeek\":\"2\""), JSON_TYPE))));
        JsonNode beyond = refused(api.send("POST", "/grants", NORTH_STAFF,
                grant.replace("\"sessionsPerWeek\":2", "\"sessionsPerWeek\":99999999999999999999"), JSON_TYPE));
        assertEquals(List.of("sessionsPerWeek"), fields(beyond));
        assertFalse(beyond.toString(), beyond.toString().contains("column"));
        // nothing was stored
        assertEquals(201, registrations.register(NORTH_STAFF, good).statusCode());
    }

    @Test
    public void unknownCodesInFiltersAndExportsAreRefusedNamingTheParameter() throws Exception {
        assertEquals(List.of("reason"), fields(refused(api.get("/non-deliveries?unit=" + NORTH + "&reason=FOO",
                NORTH_STAFF))));
        assertEquals(List.of("interventionType"), fields(refused(api.get("/non-deliveries?unit=" + NORTH
                + "&interventionType=FOO", NORTH_STAFF))));
        assertEquals(List.of("interventionType"), fields(refused(api.get("/grants?unit=" + NORTH
                + "&interventionType=FOO", NORTH_STAFF))));
        for (String export : List.of("non-deliveries", "life-areas", "summary")) {
            JsonNode problem = refused(api.get("/export/" + export + "?from=2026-09-01&to=2026-10-31&unit=NOPE",
                    "statistician"));
            assertEquals(List.of("unit"), fields(problem));
        }
        assertEquals(200, api.get("/non-deliveries?unit=" + NORTH + "&reason=BORTREST&interventionType=BOENDESTOD",
                NORTH_STAFF).statusCode());
    }

    @Test
    public void aPlannedStartWithAOneDigitHourSaysWhatTheFormIs() throws Exception {
        String entry = entry("start");
        JsonNode problem = refused(registrations.register(NORTH_STAFF, registration(entry, WOMAN, NORTH,
                "2026-01-12T9:00:00+01:00", "BORTREST", null)));
        assertEquals(List.of("plannedStart"), fields(problem));
        String message = problem.path("errors").get(0).path("message").asText();
        assertTrue(message, message.contains("two-digit hours") && message.contains("+01:00"));
        HttpResponse<String> created = registrations.register(NORTH_STAFF, registration(entry, WOMAN, NORTH,
                "2026-01-12T08:00:00Z", "BORTREST", null));
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(json(created).path("plannedStart").asText().startsWith("2026-01-12T09:00"));
    }

    @Test
    public void errorsJettyAnswersItselfAreProblems() throws Exception {
        assertRawProblem(raw("GET " + API + "/reason-codes/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"), 414);
        assertRawProblem(raw("GET " + API + "/reason-codes%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400);
        assertRawProblem(raw("GET " + API + "/reason-codes HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 431);
        assertRawProblem(raw("TRACE " + API + "/reason-codes HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                405);
    }

    /** @return the whole answer to a raw HTTP request: the JDK's client refuses to send these */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", Integer.parseInt(api.base().replaceAll(".*:(\\d+)/.*", "$1")))) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertRawProblem(String answer, int status) {
        assertTrue(answer, answer.startsWith("HTTP/1.1 " + status + " "));
        assertTrue(answer, answer.toLowerCase().contains("content-type: application/problem+json"));
        assertTrue(answer, answer.contains("\"status\":" + status));
        assertTrue(answer, answer.contains("\"type\":\"urn:folja:problem:"));
    }
}
