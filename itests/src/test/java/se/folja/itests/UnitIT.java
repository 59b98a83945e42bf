package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.codes;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.JsonAssert.option;
import static se.folja.itests.JsonAssert.texts;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.NORTH;
import static se.folja.itests.TestData.NORTH_STAFF;
import static se.folja.itests.TestData.SOUTH;
import static se.folja.itests.TestData.SOUTH_STAFF;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Units and membership over HTTP: administrators maintain the units; staff belong to those their roles
 * {@code folja-unit-<CODE>} name.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class UnitIT extends AreaTest {

    @Test
    public void staffSeeTheUnitsTheirRolesNameAndAdministratorsSeeEvery() throws Exception {
        assertEquals(List.of(NORTH), codes(json(api.get("/units", NORTH_STAFF))));
        assertEquals(List.of(SOUTH), codes(json(api.get("/units", SOUTH_STAFF))));
        assertEquals("Test unit " + NORTH, option(json(api.get("/units?lang=en", NORTH_STAFF)), NORTH).path("label")
                .asText());
        List<String> all = codes(json(api.get("/units", "admin")));
        assertTrue(all.toString(), all.containsAll(List.of(NORTH, SOUTH)));
        assertTrue(codes(json(api.get("/units", "statistician"))).containsAll(List.of(NORTH, SOUTH)));
        assertProblem(api.get("/units", null), 401);
        assertProblem(api.get("/admin/units", NORTH_STAFF), 403);
        assertTrue(json(api.get("/openapi.json", "staff")).path("paths").has("/admin/units/{code}/retire"));
    }

    @Test
    public void anAdministratorMaintainsTheUnits() throws Exception {
        String code = "IT_RETIRED";
        HttpResponse<String> created = api.send("POST", "/admin/units", "admin",
                "{\"code\":\"" + code + "\",\"labelSv\":\"Boendestöd Väst\",\"labelEn\":\"Housing support West\"}",
                JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/admin/units/" + code));
        assertProblem(api.send("POST", "/admin/units", "admin",
                "{\"code\":\"" + code + "\",\"labelSv\":\"Dubblett\",\"labelEn\":\"Duplicate\"}", JSON_TYPE), 409);
        assertEquals(List.of("code", "labelEn"), texts(assertProblem(api.send("POST", "/admin/units", "admin",
                "{\"code\":\"väst\",\"labelSv\":\"Väst\"}", JSON_TYPE), 400).path("errors"), "field"));

        assertProblem(api.send("POST", "/admin/units/" + code + "/retire", "admin", null, null), 428);
        HttpResponse<String> retired = api.send("POST", "/admin/units/" + code + "/retire", "admin", null, null,
                "If-Match", "\"1\"");
        assertEquals(retired.body(), 200, retired.statusCode());
        assertFalse(codes(json(api.get("/units", "admin"))).contains(code));
        JsonNode stored = json(api.get("/admin/units/" + code, "admin"));
        assertFalse(stored.path("active").asBoolean());
        assertEquals(2, stored.path("version").asInt());
        assertEquals("admin", stored.path("changedBy").asText());
        assertProblem(api.get("/admin/units/FINNS_INTE", "admin"), 404);
    }
}
