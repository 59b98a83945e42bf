package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The intervention types over HTTP, on top of the reason catalogue's tests (one container for both). */
public abstract class InterventionTypeContract extends ReasonCatalogueContract {

    @Test
    public void staffChooseFromTheShippedInterventionTypes() throws Exception {
        JsonNode types = json(get("/intervention-types", "staff"));
        List<String> codes = codes(types);
        assertTrue(codes.containsAll(List.of("BEHANDLING", "BOENDESTOD", "HEMTJANST_SOCIAL_SAMVARO")));
        assertEquals("Boendestöd", option(types, "BOENDESTOD").path("label").asText());
        assertEquals("Housing support",
                option(json(get("/intervention-types?lang=en", "statistician")), "BOENDESTOD").path("label").asText());
        assertProblem(get("/intervention-types?lang=fi", "staff"), 400);
        assertProblem(get("/intervention-types", null), 401);
        assertProblem(get("/admin/intervention-types", "staff"), 403);
        assertTrue(json(get("/openapi.json", "staff")).path("paths").has("/admin/intervention-types/{code}/retire"));
    }

    @Test
    public void anAdministratorMaintainsTheInterventionTypes() throws Exception {
        HttpResponse<String> created = send("POST", "/admin/intervention-types", "admin",
                "{\"code\":\"DAGLIG_VERKSAMHET\",\"labelSv\":\"Daglig verksamhet\",\"labelEn\":\"Daily activities\"}",
                JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("admin", json(created).path("changedBy").asText());
        assertTrue(codes(json(get("/intervention-types", "staff"))).contains("DAGLIG_VERKSAMHET"));

        assertEquals(200, send("PATCH", "/admin/intervention-types/DAGLIG_VERKSAMHET", "admin",
                "{\"labelEn\":\"Daily activity\"}", JSON_TYPE, "If-Match", "\"1\"").statusCode());
        assertProblem(send("PATCH", "/admin/intervention-types/DAGLIG_VERKSAMHET", "admin",
                "{\"labelEn\":\"Stale\"}", JSON_TYPE, "If-Match", "\"1\""), 409);
        HttpResponse<String> retired = send("POST", "/admin/intervention-types/DAGLIG_VERKSAMHET/retire", "admin",
                null, null, "If-Match", "\"2\"");
        assertEquals(retired.body(), 200, retired.statusCode());
        assertFalse(codes(json(get("/intervention-types", "staff"))).contains("DAGLIG_VERKSAMHET"));
        JsonNode stored = json(get("/admin/intervention-types/DAGLIG_VERKSAMHET", "admin"));
        assertEquals("Daily activity", stored.path("labelEn").asText());
        assertFalse(stored.path("active").asBoolean());
        assertEquals(3, stored.path("version").asInt());
    }

    @Test
    public void badInterventionTypesAreRefusedNamingTheField() throws Exception {
        JsonNode invalid = assertProblem(send("POST", "/admin/intervention-types", "admin",
                "{\"code\":\"boendestöd\",\"labelSv\":\"\"}", JSON_TYPE), 400);
        assertEquals(List.of("code", "labelSv", "labelEn"), texts(invalid.path("errors"), "field"));
        assertProblem(send("POST", "/admin/intervention-types", "admin",
                "{\"code\":\"BOENDESTOD\",\"labelSv\":\"Dubblett\",\"labelEn\":\"Duplicate\"}", JSON_TYPE), 409);
        assertProblem(get("/admin/intervention-types/FINNS_INTE", "admin"), 404);
        assertEquals("Boendestöd", json(get("/admin/intervention-types/BOENDESTOD", "admin")).path("labelSv").asText());
    }
}
