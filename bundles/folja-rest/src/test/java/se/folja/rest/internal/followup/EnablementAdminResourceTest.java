package se.folja.rest.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.folja.rest.internal.followup.Doubles.BASE;
import static se.folja.rest.internal.followup.Doubles.caller;
import static se.folja.rest.internal.followup.Doubles.uri;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.problem.ProblemException;
import se.folja.rest.internal.problem.ProblemJson;
import se.folja.rest.internal.problem.ProblemMapper;
import se.folja.rest.internal.security.Roles;

/** Enabling, changing and disabling: what the service is asked, and how the request's fields are read. */
class EnablementAdminResourceTest {

    private static final SecurityContext ADMIN = caller("admin", Roles.ADMIN);
    static final Enablement ENABLED = new Enablement(7, "ORS", 1, "BOSTOD_NORR", LocalDate.of(2026, 11, 1), null,
            EnablementStatus.ENABLED, EnablementSource.REST, null, 3, "admin", Instant.parse("2026-11-01T09:00:00Z"));

    private final Doubles.EnablementsDouble enablements = new Doubles.EnablementsDouble();
    private final EnablementAdminResource resource = new EnablementAdminResource(enablements);

    EnablementAdminResourceTest() {
        enablements.answer = ENABLED;
    }

    @Test
    void anEnablementIs201WithLocationAndItsRevisionAsETag() throws Exception {
        Response response = resource.enable(JsonProvider.MAPPER.readValue("{\"template\":\"ORS\",\"version\":1,"
                + "\"unit\":\"BOSTOD_NORR\",\"from\":\"2026-11-01\",\"to\":\"2027-10-31\"}",
                EnablementRequestJson.class), ADMIN, uri());

        assertEquals(201, response.getStatus());
        assertEquals(BASE + "followup-enablements/7", response.getLocation().toString());
        assertEquals("3", response.getEntityTag().getValue());
        assertEquals("admin", ((EnablementJson) response.getEntity()).changedBy());
        assertEquals(List.of(List.of(new EnableRequest("ORS", 1, "BOSTOD_NORR", LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 10, 31)), EnablementSource.REST, "admin")), enablements.calls);
    }

    @Test
    void absentVersionAndDaysReachTheServiceAsNullForItsDefaults() throws Exception {
        resource.enable(JsonProvider.MAPPER.readValue("{\"template\":\"ORS\",\"unit\":\"BOSTOD_NORR\"}",
                EnablementRequestJson.class), ADMIN, uri());

        assertEquals(List.of(List.of(new EnableRequest("ORS", null, "BOSTOD_NORR", null, null), EnablementSource.REST,
                "admin")), enablements.calls);
    }

    @Test
    void badDaysAreRefusedNamingEachAndTheServiceIsNotAsked() {
        ValidationException e = assertThrows(ValidationException.class, () -> resource.enable(
                new EnablementRequestJson("ORS", null, "BOSTOD_NORR", "2026-11-31", "1. november"), ADMIN, uri()));

        assertEquals(List.of("from", "to"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of(), enablements.calls);
        assertEquals("body", assertThrows(ValidationException.class, () -> resource.enable(null, ADMIN, uri()))
                .errors().get(0).field());
    }

    @Test
    void aMistypedOrUnknownFieldIsAProblemNamingIt() {
        assertEquals("version", problemField("{\"template\":\"ORS\",\"unit\":\"X\",\"version\":\"2\"}",
                EnablementRequestJson.class));
        assertEquals("version", problemField("{\"template\":\"ORS\",\"unit\":\"X\",\"version\":1.5}",
                EnablementRequestJson.class));
        assertEquals("unit", problemField("{\"template\":\"ORS\",\"unit\":7}", EnablementRequestJson.class));
        assertEquals("until", problemField("{\"template\":\"ORS\",\"unit\":\"X\",\"until\":\"2027-01-01\"}",
                EnablementRequestJson.class));
        assertEquals("to", problemField("{\"to\":20270101}", EnablementEditJson.class));
        assertEquals("template", problemField("{\"template\":\"ORS\"}", EnablementEditJson.class));
    }

    @Test
    void toNullOrEmptyMakesItOpenEndedWhileAnAbsentToKeepsIt() throws Exception {
        change("{\"to\":null}");
        change("{\"to\":\"\"}");
        change("{\"version\":2}");
        change("{\"from\":\"2026-12-01\",\"version\":null}");
        change("{\"to\":\"2027-06-30\"}");

        assertEquals(List.of(
                new Doubles.Change(7, 3, null, null, null, true, EnablementSource.REST, "admin"),
                new Doubles.Change(7, 3, null, null, null, true, EnablementSource.REST, "admin"),
                new Doubles.Change(7, 3, 2, null, null, false, EnablementSource.REST, "admin"),
                new Doubles.Change(7, 3, null, LocalDate.of(2026, 12, 1), null, false, EnablementSource.REST, "admin"),
                new Doubles.Change(7, 3, null, null, LocalDate.of(2027, 6, 30), false, EnablementSource.REST,
                        "admin")), enablements.calls);
    }

    @Test
    void aChangeNeedsIfMatchAndSomethingToChange() throws Exception {
        EnablementEditJson body = JsonProvider.MAPPER.readValue("{\"version\":2}", EnablementEditJson.class);
        ProblemException missing = assertThrows(ProblemException.class,
                () -> resource.change("7", null, body, ADMIN));
        assertEquals(428, missing.response().getStatus());
        assertEquals("If-Match", assertThrows(ValidationException.class,
                () -> resource.change("7", "\"three\"", body, ADMIN)).errors().get(0).field());
        for (String nothing : List.of("{}", "{\"version\":null}", "{\"from\":null}")) {
            EnablementEditJson empty = JsonProvider.MAPPER.readValue(nothing, EnablementEditJson.class);
            assertEquals("body", assertThrows(ValidationException.class,
                    () -> resource.change("7", "\"3\"", empty, ADMIN)).errors().get(0).field(), nothing);
        }
        assertEquals("to", assertThrows(ValidationException.class, () -> resource.change("7", "\"3\"",
                JsonProvider.MAPPER.readValue("{\"to\":\"2027-02-30\"}", EnablementEditJson.class), ADMIN))
                .errors().get(0).field());
        assertEquals("id", assertThrows(ValidationException.class, () -> resource.change("sju", "\"3\"", body, ADMIN))
                .errors().get(0).field());
        assertEquals(List.of(), enablements.calls);
    }

    @Test
    void aDisablementNeedsIfMatchAndCarriesItsRevision() {
        assertEquals(428, assertThrows(ProblemException.class, () -> resource.disable("7", " ", ADMIN)).response()
                .getStatus());

        Response response = resource.disable("7", "\"3\"", ADMIN);

        assertEquals(List.of(List.of("disable", 7L, 3L, EnablementSource.REST, "admin")), enablements.calls);
        assertEquals("3", response.getEntityTag().getValue());
    }

    private void change(String json) throws Exception {
        Response response = resource.change("7", "\"3\"", JsonProvider.MAPPER.readValue(json,
                EnablementEditJson.class), ADMIN);
        assertEquals(200, response.getStatus());
    }

    /** @return the field the problem for reading {@code json} names, as a client would get it */
    private static String problemField(String json, Class<?> type) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonProvider.MAPPER.readValue(json, type), json);
        Response response = new ProblemMapper().toResponse(e);
        assertEquals(400, response.getStatus(), json);
        return ((ProblemJson) response.getEntity()).errors().get(0).field();
    }
}
