package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Units and membership over HTTP, on top of the catalogue tests (one container for all): administrators
 * maintain the units; staff belong to those their roles {@code folja-unit-<CODE>} name.
 */
public abstract class UnitContract extends InterventionTypeContract {

    @Before
    public void theTestUnitsExist() throws Exception {
        for (String unit : List.of(NORTH, SOUTH)) {
            HttpResponse<String> created = send("POST", "/admin/units", "admin",
                    "{\"code\":\"" + unit + "\",\"labelSv\":\"Testenhet " + unit + "\",\"labelEn\":\"Test unit "
                            + unit + "\"}", JSON_TYPE);
            assertTrue(created.body(), created.statusCode() == 201 || created.statusCode() == 409);
        }
    }

    @Test
    public void staffSeeTheUnitsTheirRolesNameAndAdministratorsSeeEvery() throws Exception {
        assertEquals(List.of(NORTH), codes(json(get("/units", NORTH_STAFF))));
        assertEquals(List.of(SOUTH), codes(json(get("/units", SOUTH_STAFF))));
        assertEquals("Test unit " + NORTH, option(json(get("/units?lang=en", NORTH_STAFF)), NORTH).path("label")
                .asText());
        List<String> all = codes(json(get("/units", "admin")));
        assertTrue(all.toString(), all.containsAll(List.of(NORTH, SOUTH)));
        assertTrue(codes(json(get("/units", "statistician"))).containsAll(List.of(NORTH, SOUTH)));
        assertProblem(get("/units", null), 401);
        assertProblem(get("/admin/units", NORTH_STAFF), 403);
        assertTrue(json(get("/openapi.json", "staff")).path("paths").has("/admin/units/{code}/retire"));
    }

    @Test
    public void anAdministratorMaintainsTheUnits() throws Exception {
        String code = "IT_RETIRED";
        HttpResponse<String> created = send("POST", "/admin/units", "admin",
                "{\"code\":\"" + code + "\",\"labelSv\":\"Boendestöd Väst\",\"labelEn\":\"Housing support West\"}",
                JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/admin/units/" + code));
        assertProblem(send("POST", "/admin/units", "admin",
                "{\"code\":\"" + code + "\",\"labelSv\":\"Dubblett\",\"labelEn\":\"Duplicate\"}", JSON_TYPE), 409);
        assertEquals(List.of("code", "labelEn"), texts(assertProblem(send("POST", "/admin/units", "admin",
                "{\"code\":\"väst\",\"labelSv\":\"Väst\"}", JSON_TYPE), 400).path("errors"), "field"));

        assertProblem(send("POST", "/admin/units/" + code + "/retire", "admin", null, null), 428);
        HttpResponse<String> retired = send("POST", "/admin/units/" + code + "/retire", "admin", null, null,
                "If-Match", "\"1\"");
        assertEquals(retired.body(), 200, retired.statusCode());
        assertFalse(codes(json(get("/units", "admin"))).contains(code));
        JsonNode stored = json(get("/admin/units/" + code, "admin"));
        assertFalse(stored.path("active").asBoolean());
        assertEquals(2, stored.path("version").asInt());
        assertEquals("admin", stored.path("changedBy").asText());
        assertProblem(get("/admin/units/FINNS_INTE", "admin"), 404);
    }
}
