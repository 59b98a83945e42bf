package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.codes;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.JsonAssert.option;
import static se.folja.itests.JsonAssert.texts;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.KALMAR;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reason catalogue over HTTP, as staff, administrators and statisticians use it. Each test uses its own reason
 * codes, so the tests share one container with the other areas in any order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ReasonCatalogueIT extends AreaTest {

    @Test
    public void staffSeeKalmarsReasonsInSwedishByDefault() throws Exception {
        HttpResponse<String> response = api.get("/reason-codes", "staff");
        assertEquals(200, response.statusCode());
        JsonNode list = json(response);
        List<String> codes = codes(list);
        assertTrue(codes.containsAll(KALMAR));
        assertEquals("Kalmar's order is kept", KALMAR, codes.stream().filter(KALMAR::contains).toList());
        JsonNode first = list.get(0);
        assertEquals("PERSONALBRIST", first.path("code").asText());
        assertEquals("Personalbrist", first.path("label").asText());
        assertEquals("ORGANISATION", first.path("initiator").asText());
        assertEquals("Mående", option(list, "MAENDE").path("label").asText());
        assertEquals("CLIENT", option(list, "MAENDE").path("initiator").asText());
        assertTrue(response.headers().firstValue("ETag").isPresent());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("private"));
    }

    @Test
    public void theDropdownSpeaksEnglishOnRequest() throws Exception {
        HttpResponse<String> response = api.get("/reason-codes?lang=en", "staff");
        assertEquals(200, response.statusCode());
        assertEquals("en", response.headers().firstValue("Content-Language").orElse(""));
        JsonNode list = json(response);
        assertEquals("Away / travelling", option(list, "BORTREST").path("label").asText());
        assertEquals("Staff shortage", option(list, "PERSONALBRIST").path("label").asText());
        assertNotEquals(api.get("/reason-codes?lang=sv", "staff").headers().firstValue("ETag"),
                response.headers().firstValue("ETag"));
    }

    @Test
    public void aHostPageRevalidatesTheDropdownWithItsETag() throws Exception {
        String etag = api.get("/reason-codes", "staff").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = api.send("GET", "/reason-codes", "staff", null, null, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    public void anUnknownLanguageIsRefusedNamingTheParameter() throws Exception {
        JsonNode problem = assertProblem(api.get("/reason-codes?lang=de", "staff"), 400);
        assertEquals("lang", problem.path("errors").get(0).path("field").asText());
    }

    @Test
    public void everyEndpointNeedsCredentialsAndTheRightRole() throws Exception {
        HttpResponse<String> anonymous = api.get("/reason-codes", null);
        assertProblem(anonymous, 401);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertProblem(api.sendAs("GET", "/reason-codes", "staff", "not-the-password", null, null), 401);
        assertProblem(api.get("/admin/reason-codes", null), 401);
        assertProblem(api.get("/admin/reason-codes", "staff"), 403);
        assertProblem(api.get("/admin/reason-codes", "statistician"), 403);
        assertProblem(api.send("POST", "/admin/reason-codes", "staff",
                "{\"code\":\"STAFF_MAY_NOT\",\"labelSv\":\"a\",\"labelEn\":\"b\",\"initiator\":\"CLIENT\"}", JSON_TYPE), 403);
        assertEquals(200, api.get("/reason-codes", "statistician").statusCode());
        assertEquals(200, api.get("/reason-codes", "admin").statusCode());
        assertProblem(api.get("/admin/reason-codes/STAFF_MAY_NOT", "admin"), 404);
    }

    @Test
    public void anAdministratorAddsRelabelsReordersAndRetiresAReasonAndReadsItsHistory() throws Exception {
        HttpResponse<String> created = api.send("POST", "/admin/reason-codes", "admin",
                "{\"code\":\"SJUKHUSVISTELSE\",\"labelSv\":\"Sjukhusvistelse\",\"labelEn\":\"Hospital stay\","
                        + "\"initiator\":\"CLIENT\"}", JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/admin/reason-codes/SJUKHUSVISTELSE"));
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElse(""));
        List<String> dropdown = codes(json(api.get("/reason-codes", "staff")));
        assertEquals("a new reason without sort order comes last", "SJUKHUSVISTELSE", dropdown.get(dropdown.size() - 1));

        HttpResponse<String> relabelled = api.send("PATCH", "/admin/reason-codes/SJUKHUSVISTELSE", "admin",
                "{\"labelSv\":\"Inlagd på sjukhus\",\"labelEn\":\"In hospital\"}", JSON_TYPE, "If-Match", "\"1\"");
        assertEquals(relabelled.body(), 200, relabelled.statusCode());
        assertEquals("\"2\"", relabelled.headers().firstValue("ETag").orElse(""));
        assertEquals("In hospital", option(json(api.get("/reason-codes?lang=en", "staff")), "SJUKHUSVISTELSE")
                .path("label").asText());

        HttpResponse<String> reordered = api.send("PATCH", "/admin/reason-codes/SJUKHUSVISTELSE", "admin",
                "{\"sortOrder\":5}", JSON_TYPE, "If-Match", "\"2\"");
        assertEquals(reordered.body(), 200, reordered.statusCode());
        assertEquals("SJUKHUSVISTELSE", json(api.get("/reason-codes", "staff")).get(0).path("code").asText());

        HttpResponse<String> retired = api.send("POST", "/admin/reason-codes/SJUKHUSVISTELSE/retire", "admin", null, null,
                "If-Match", "\"3\"");
        assertEquals(retired.body(), 200, retired.statusCode());
        assertFalse(json(retired).path("active").asBoolean());
        assertFalse("a retired reason leaves the dropdown",
                codes(json(api.get("/reason-codes", "staff"))).contains("SJUKHUSVISTELSE"));
        HttpResponse<String> stillThere = api.get("/admin/reason-codes/SJUKHUSVISTELSE", "admin");
        assertEquals("a retired reason is never deleted", 200, stillThere.statusCode());

        JsonNode history = json(api.get("/admin/reason-codes/SJUKHUSVISTELSE/history", "admin"));
        assertEquals(4, history.size());
        assertEquals(List.of("CREATED", "EDITED", "EDITED", "RETIRED"), texts(history, "kind"));
        for (JsonNode change : history) {
            assertEquals("admin", change.path("changedBy").asText());
            assertFalse(change.path("changedAt").asText().isEmpty());
        }
        assertTrue(history.get(0).path("before").isMissingNode());
        assertEquals("Sjukhusvistelse", history.get(1).path("before").path("labelSv").asText());
        assertEquals("Inlagd på sjukhus", history.get(1).path("after").path("labelSv").asText());
        assertEquals(5, history.get(2).path("after").path("sortOrder").asInt());
        assertEquals(List.of("active"), texts(history.get(3).path("changedFields")));

        HttpResponse<String> reactivated = api.send("POST", "/admin/reason-codes/SJUKHUSVISTELSE/reactivate", "admin",
                null, null, "If-Match", "\"4\"");
        assertEquals(200, reactivated.statusCode());
        assertTrue(codes(json(api.get("/reason-codes", "staff"))).contains("SJUKHUSVISTELSE"));
    }

    @Test
    public void theSecondOfTwoConcurrentEditsGets409AndLosesNothing() throws Exception {
        assertEquals(201, api.send("POST", "/admin/reason-codes", "admin",
                "{\"code\":\"KONFLIKT\",\"labelSv\":\"Konflikt\",\"labelEn\":\"Conflict\",\"initiator\":\"ORGANISATION\"}",
                JSON_TYPE).statusCode());
        String firstRead = api.get("/admin/reason-codes/KONFLIKT", "admin").headers().firstValue("ETag").orElseThrow();
        String secondRead = api.get("/admin/reason-codes/KONFLIKT", "admin").headers().firstValue("ETag").orElseThrow();

        assertEquals(200, api.send("PATCH", "/admin/reason-codes/KONFLIKT", "admin", "{\"labelSv\":\"Första\"}",
                JSON_TYPE, "If-Match", firstRead).statusCode());
        JsonNode problem = assertProblem(api.send("PATCH", "/admin/reason-codes/KONFLIKT", "admin",
                "{\"labelSv\":\"Andra\"}", JSON_TYPE, "If-Match", secondRead), 409);
        assertTrue(problem.path("detail").asText().contains("someone else"));
        assertProblem(api.send("POST", "/admin/reason-codes/KONFLIKT/retire", "admin", null, null,
                "If-Match", secondRead), 409);

        JsonNode stored = json(api.get("/admin/reason-codes/KONFLIKT", "admin"));
        assertEquals("Första", stored.path("labelSv").asText());
        assertTrue(stored.path("active").asBoolean());
        assertEquals(2, json(api.get("/admin/reason-codes/KONFLIKT/history", "admin")).size());
        assertProblem(api.send("PATCH", "/admin/reason-codes/KONFLIKT", "admin", "{\"labelSv\":\"Utan\"}", JSON_TYPE), 428);
    }

    @Test
    public void badInputIsA4xxProblemNamingTheFieldAndNothingIsStored() throws Exception {
        assertEquals("malformed-json", type(assertProblem(api.send("POST", "/admin/reason-codes", "admin",
                "{\"code\":\"HALV\",", JSON_TYPE), 400)));
        assertProblem(api.get("/admin/reason-codes/HALV", "admin"), 404);

        JsonNode unknownField = assertProblem(api.send("POST", "/admin/reason-codes", "admin",
                "{\"code\":\"FALT\",\"labelSv\":\"a\",\"labelEn\":\"b\",\"initiator\":\"CLIENT\",\"colour\":\"red\"}",
                JSON_TYPE), 400);
        assertEquals("colour", unknownField.path("errors").get(0).path("field").asText());

        JsonNode badEnum = assertProblem(api.send("POST", "/admin/reason-codes", "admin",
                "{\"code\":\"FALT\",\"labelSv\":\"a\",\"labelEn\":\"b\",\"initiator\":\"SOMEONE\"}", JSON_TYPE), 400);
        assertEquals("initiator", badEnum.path("errors").get(0).path("field").asText());

        JsonNode invalid = assertProblem(api.send("POST", "/admin/reason-codes", "admin",
                "{\"code\":\"bad code\",\"labelSv\":\" \",\"sortOrder\":-1}", JSON_TYPE), 400);
        assertEquals(List.of("code", "labelSv", "labelEn", "initiator", "sortOrder"), texts(invalid.path("errors"), "field"));
        assertProblem(api.get("/admin/reason-codes/FALT", "admin"), 404);

        assertEquals(409, assertProblem(api.send("POST", "/admin/reason-codes", "admin",
                "{\"code\":\"BORTREST\",\"labelSv\":\"Dubblett\",\"labelEn\":\"Duplicate\",\"initiator\":\"CLIENT\"}",
                JSON_TYPE), 409).path("status").asInt());
        assertEquals("Bortrest", json(api.get("/admin/reason-codes/BORTREST", "admin")).path("labelSv").asText());

        assertProblem(api.send("PATCH", "/admin/reason-codes/FINNS_INTE", "admin", "{\"labelSv\":\"x\"}", JSON_TYPE,
                "If-Match", "\"1\""), 404);
        assertEquals("If-Match", assertProblem(api.send("PATCH", "/admin/reason-codes/BORTREST", "admin",
                "{\"labelSv\":\"x\"}", JSON_TYPE, "If-Match", "latest"), 400).path("errors").get(0).path("field").asText());
        assertProblem(api.send("POST", "/admin/reason-codes", "admin", "code=X", "text/plain"), 415);
        assertProblem(api.send("DELETE", "/admin/reason-codes/BORTREST", "admin", null, null), 405);
        assertProblem(api.get("/no-such-resource", "staff"), 404);
        assertEquals(1, json(api.get("/admin/reason-codes/BORTREST/history", "admin")).size());
    }

    @Test
    public void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = api.get("/openapi.json", "statistician");
        assertEquals(200, response.statusCode());
        JsonNode api = json(response);
        assertTrue(api.path("openapi").asText().startsWith("3."));
        assertTrue(api.path("paths").has("/reason-codes"));
        assertTrue(api.path("paths").path("/admin/reason-codes/{code}").has("patch"));
        assertTrue(api.path("paths").path("/admin/reason-codes/{code}/history").has("get"));
        assertEquals("basic", api.path("components").path("securitySchemes").path("basicAuth").path("scheme").asText());
    }

    static String type(JsonNode problem) {
        return problem.path("type").asText().substring("urn:folja:problem:".length());
    }
}
