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

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/** The intervention types over HTTP: the shipped ones, and an administrator maintaining them. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class InterventionTypeIT extends AreaTest {

    @Test
    public void staffChooseFromTheShippedInterventionTypes() throws Exception {
        JsonNode types = json(api.get("/intervention-types", "staff"));
        List<String> codes = codes(types);
        assertTrue(codes.containsAll(List.of("BEHANDLING", "BOENDESTOD", "HEMTJANST_SOCIAL_SAMVARO")));
        assertEquals("Boendestöd", option(types, "BOENDESTOD").path("label").asText());
        assertEquals("Housing support",
                option(json(api.get("/intervention-types?lang=en", "statistician")), "BOENDESTOD").path("label").asText());
        assertProblem(api.get("/intervention-types?lang=fi", "staff"), 400);
        assertProblem(api.get("/intervention-types", null), 401);
        assertProblem(api.get("/admin/intervention-types", "staff"), 403);
        assertTrue(json(api.get("/openapi.json", "staff")).path("paths").has("/admin/intervention-types/{code}/retire"));
    }

    @Test
    public void anAdministratorMaintainsTheInterventionTypes() throws Exception {
        HttpResponse<String> created = api.send("POST", "/admin/intervention-types", "admin",
                "{\"code\":\"DAGLIG_VERKSAMHET\",\"labelSv\":\"Daglig verksamhet\",\"labelEn\":\"Daily activities\"}",
                JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("admin", json(created).path("changedBy").asText());
        assertTrue(codes(json(api.get("/intervention-types", "staff"))).contains("DAGLIG_VERKSAMHET"));

        assertEquals(200, api.send("PATCH", "/admin/intervention-types/DAGLIG_VERKSAMHET", "admin",
                "{\"labelEn\":\"Daily activity\"}", JSON_TYPE, "If-Match", "\"1\"").statusCode());
        assertProblem(api.send("PATCH", "/admin/intervention-types/DAGLIG_VERKSAMHET", "admin",
                "{\"labelEn\":\"Stale\"}", JSON_TYPE, "If-Match", "\"1\""), 409);
        HttpResponse<String> retired = api.send("POST", "/admin/intervention-types/DAGLIG_VERKSAMHET/retire", "admin",
                null, null, "If-Match", "\"2\"");
        assertEquals(retired.body(), 200, retired.statusCode());
        assertFalse(codes(json(api.get("/intervention-types", "staff"))).contains("DAGLIG_VERKSAMHET"));
        JsonNode stored = json(api.get("/admin/intervention-types/DAGLIG_VERKSAMHET", "admin"));
        assertEquals("Daily activity", stored.path("labelEn").asText());
        assertFalse(stored.path("active").asBoolean());
        assertEquals(3, stored.path("version").asInt());
    }

    @Test
    public void badInterventionTypesAreRefusedNamingTheField() throws Exception {
        JsonNode invalid = assertProblem(api.send("POST", "/admin/intervention-types", "admin",
                "{\"code\":\"boendestöd\",\"labelSv\":\"\"}", JSON_TYPE), 400);
        assertEquals(List.of("code", "labelSv", "labelEn"), texts(invalid.path("errors"), "field"));
        assertProblem(api.send("POST", "/admin/intervention-types", "admin",
                "{\"code\":\"BOENDESTOD\",\"labelSv\":\"Dubblett\",\"labelEn\":\"Duplicate\"}", JSON_TYPE), 409);
        assertProblem(api.get("/admin/intervention-types/FINNS_INTE", "admin"), 404);
        assertEquals("Boendestöd", json(api.get("/admin/intervention-types/BOENDESTOD", "admin")).path("labelSv").asText());
    }
}
