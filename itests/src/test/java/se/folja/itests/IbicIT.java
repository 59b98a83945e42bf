package se.folja.itests;

import static se.folja.itests.Api.API;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.Given.assessment;
import static se.folja.itests.Given.testCodeList;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.JsonAssert.texts;
import static se.folja.itests.TestData.ASSESSED;
import static se.folja.itests.TestData.CSV_TYPE;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.NORTH;
import static se.folja.itests.TestData.NORTH_STAFF;
import static se.folja.itests.TestData.SOUTH_STAFF;
import static se.folja.itests.TestData.UNKNOWN_CLIENT;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * IBIC over HTTP and the shell: life areas, the municipality's ICF code list loaded as CSV or FHIR, codes mapped
 * one at a time or thousands at once, local terms mapped in versions, assessments and the needs counted from
 * them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class IbicIT extends AreaTest {

    @Inject
    private SessionFactory sessionFactory;

    @Test
    public void theLifeAreasAreIbicsNineItsOwnTwoAndTheRelatedFactors() throws Exception {
        JsonNode set = json(api.get("/ibic/life-areas", "staff"));
        assertEquals("2021.1", set.path("version").asText());
        List<String> areas = new ArrayList<>();
        set.path("areas").forEach(a -> areas.add(a.path("code").asText()));
        assertEquals(List.of("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "TRYGGHET", "NARSTAENDESTOD",
                "BODY_FUNCTIONS", "BODY_STRUCTURES", "ENVIRONMENTAL_FACTORS"), areas);
        assertEquals("Hemliv", set.path("areas").get(5).path("labelSv").asText());
        assertEquals("d6", set.path("areas").get(5).path("icf").get(0).asText());
        assertEquals(set, json(api.get("/ibic/life-areas?version=2021.1", "statistician")));
        assertProblem(api.get("/ibic/life-areas?version=1999", "staff"), 404);
        assertProblem(api.get("/ibic/life-areas", null), 401);
        assertTrue(json(api.get("/openapi.json", "staff")).path("paths").has("/ibic/map"));
    }

    @Test
    public void anAdministratorLoadsTheCodeListAndCodesAreThenCheckedAndTitled() throws Exception {
        JsonNode loaded = json(Given.testCodeListLoaded(api));
        assertEquals(30 + 40, loaded.path("codes").asInt());
        assertEquals("IT", loaded.path("name").asText());
        assertEquals("admin", loaded.path("loadedBy").asText());
        assertEquals(loaded, json(api.get("/ibic/icf-codes", "staff")));

        JsonNode d610 = json(api.get("/ibic/map?icf=D610", "staff"));
        assertEquals("d610", d610.path("icf").asText());
        assertEquals("D6", d610.path("lifeArea").path("code").asText());
        assertEquals("Hemliv", d610.path("lifeArea").path("labelSv").asText());
        assertEquals("Test; d610", d610.path("titleSv").asText());
        assertTrue(d610.path("listed").asBoolean());
        JsonNode missing = assertProblem(api.get("/ibic/map?icf=d640", "staff"), 400);
        assertEquals("icf", missing.path("errors").get(0).path("field").asText());
        assertEquals("is not in the loaded ICF code list", missing.path("errors").get(0).path("message").asText());
        assertEquals("icf", assertProblem(api.get("/ibic/map?icf=d64", "staff"), 400)
                .path("errors").get(0).path("field").asText());

        // A bad file: every bad line named, nothing stored, the loaded list still in force
        JsonNode refused = assertProblem(api.send("POST", "/admin/ibic/icf-codes", "admin",
                "code,title_sv\nd640,Hushåll\nd64,Trasig\nd640,Igen\n", CSV_TYPE), 400);
        assertEquals("code (line 3)", refused.path("errors").get(0).path("field").asText());
        assertEquals("code (line 4)", refused.path("errors").get(1).path("field").asText());
        assertEquals(loaded, json(api.get("/ibic/icf-codes", "admin")));
        assertProblem(api.send("POST", "/admin/ibic/icf-codes", "staff", testCodeList(), CSV_TYPE), 403);
        assertProblem(api.send("POST", "/admin/ibic/icf-codes", "admin", testCodeList(), "text/plain"), 415);

        // A FHIR CodeSystem with nested concepts replaces it
        HttpResponse<String> fhir = api.send("POST", "/admin/ibic/icf-codes", "admin", """
                {"resourceType":"CodeSystem","title":"IT FHIR","version":"it-1","language":"sv","concept":[
                 {"code":"d6","display":"Kapitel","concept":[{"code":"d640","display":"Hushåll",
                  "designation":[{"language":"en","value":"Household"}]}]}]}""", "application/fhir+json");
        assertEquals(fhir.body(), 201, fhir.statusCode());
        assertEquals("it-1", json(fhir).path("version").asText());
        JsonNode d640 = json(api.get("/ibic/map?icf=d640", "staff"));
        assertEquals("Household", d640.path("titleEn").asText());
        assertEquals("concept[0].concept[0].code", assertProblem(api.send("POST", "/admin/ibic/icf-codes", "admin",
                "{\"resourceType\":\"CodeSystem\",\"concept\":[{\"code\":\"d6\",\"concept\":[{\"code\":\"d6x\"}]}]}",
                "application/fhir+json"), 400).path("errors").get(0).path("field").asText());
        Given.testCodeListLoaded(api);
    }

    @Test
    public void thousandsOfCodesAreMappedInOneRequest() throws Exception {
        Given.testCodeListLoaded(api);
        StringBuilder body = new StringBuilder("{\"codes\":[");
        for (int i = 0; i < 5000; i++) {
            body.append(i == 0 ? "" : ",").append(switch (i % 4) {
                case 0 -> "\"d610\"";
                case 1 -> "\"D9150\"";
                case 2 -> "\"b3\"";
                default -> "\"d64\"";
            });
        }
        body.append("]}");
        HttpResponse<String> answer = api.send("POST", "/ibic/map", "statistician", body.toString(), JSON_TYPE);
        assertEquals(answer.body(), 200, answer.statusCode());
        JsonNode batch = json(answer);
        assertEquals(3750, batch.path("mapped").asInt());
        assertEquals(1250, batch.path("failed").asInt());
        assertEquals(5000, batch.path("results").size());
        assertEquals("D6", batch.path("results").get(0).path("lifeArea").asText());
        assertEquals("d9150", batch.path("results").get(1).path("icf").asText());
        assertEquals("D9", batch.path("results").get(1).path("lifeArea").asText());
        assertEquals("BODY_FUNCTIONS", batch.path("results").get(2).path("lifeArea").asText());
        assertTrue(batch.path("results").get(3).path("error").asText().startsWith("must have"));
        assertNull(batch.path("results").get(3).get("lifeArea"));
        assertEquals("codes", assertProblem(api.send("POST", "/ibic/map", "staff", "{}", JSON_TYPE), 400)
                .path("errors").get(0).path("field").asText());
    }

    @Test
    public void theShellLoadsACodeListAndRefusesABadOne() throws Exception {
        Path good = Files.createTempFile("icf", ".csv");
        Path bad = Files.createTempFile("icf-bad", ".csv");
        try {
            Files.writeString(good, testCodeList(), StandardCharsets.UTF_8);
            Files.writeString(bad, "code\nd610\nd61\n", StandardCharsets.UTF_8);
            String loaded = execute("folja:icf-load --name IT-shell " + good);
            assertTrue(loaded, loaded.contains("Inläst / Loaded: IT-shell, 70 koder / codes"));
            JsonNode list = json(api.get("/ibic/icf-codes", "admin"));
            assertEquals("IT-shell", list.path("name").asText());
            assertEquals("it-admin", list.path("loadedBy").asText());
            String refused = execute("folja:icf-load " + bad);
            assertTrue(refused, refused.contains("Nothing was loaded") && refused.contains("code (line 3)"));
            assertEquals(list, json(api.get("/ibic/icf-codes", "admin")));
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(bad);
        }
    }

    @Test
    public void theShellMapsCodes() throws Exception {
        Given.testCodeListLoaded(api);
        String out = execute("folja:ibic-map d610 D9 x1");
        assertTrue(out, out.contains("d610") && out.contains("Hemliv / Domestic life") && out.contains("Test; d610"));
        assertTrue(out, out.contains("Samhällsgemenskap, socialt och medborgerligt liv"));
        assertTrue(out, out.contains("x1") && out.contains("must start with an ICF component letter"));
    }

    @Test
    public void administratorsMapLocalTermsInVersionsThatCanBeReadBack() throws Exception {
        Given.testCodeListLoaded(api);
        HttpResponse<String> before = api.get("/ibic/mappings", "staff");
        long start = Long.parseLong(before.headers().firstValue("ETag").orElseThrow().replace("\"", ""));

        HttpResponse<String> put = api.send("PUT", "/admin/ibic/mappings/need-label/IT-St%C3%A4dning", "admin",
                "{\"icf\":\"D610\"}", JSON_TYPE, "If-Match", "\"" + start + "\"");
        assertEquals(put.body(), 200, put.statusCode());
        JsonNode v1 = json(put);
        assertEquals(start + 1, v1.path("version").asLong());
        assertEquals("\"" + (start + 1) + "\"", put.headers().firstValue("ETag").orElseThrow());
        JsonNode term = find(v1.path("terms"), "IT-Städning");
        assertEquals("d610", term.path("icf").asText());
        assertEquals("D6", term.path("lifeArea").asText());
        assertEquals("rest", term.path("source").asText());
        assertEquals("no change, no version", start + 1, json(api.send("PUT",
                "/admin/ibic/mappings/NEED_LABEL/IT-St%C3%A4dning", "admin", "{\"icf\":\"d610\"}", JSON_TYPE))
                .path("version").asLong());

        assertProblem(api.send("PUT", "/admin/ibic/mappings/need-label/IT-Otrygghet", "admin",
                "{\"lifeArea\":\"TRYGGHET\"}", JSON_TYPE, "If-Match", "\"" + start + "\""), 409);
        JsonNode v2 = json(api.send("PUT", "/admin/ibic/mappings/need-label/IT-Otrygghet", "admin",
                "{\"lifeArea\":\"TRYGGHET\"}", JSON_TYPE));
        JsonNode slash = json(api.send("PUT", "/admin/ibic/mappings/need-label/IT-Hush%C3%A5ll/st%C3%A4d", "admin",
                "{\"icf\":\"d6\"}", JSON_TYPE));
        assertEquals("a label may hold a slash", "d6", find(slash.path("terms"), "IT-Hushåll/städ").path("icf").asText());
        v2 = json(api.send("DELETE", "/admin/ibic/mappings/need-label/IT-Hush%C3%A5ll/st%C3%A4d", "admin", null, null));
        assertEquals("icf", firstErrorField(api.send("PUT", "/admin/ibic/mappings/need-label/IT-Fel", "admin",
                "{\"icf\":\"d64\"}", JSON_TYPE)));
        assertEquals("kind", firstErrorField(api.send("PUT", "/admin/ibic/mappings/place/IT-Fel", "admin",
                "{\"icf\":\"d610\"}", JSON_TYPE)));
        assertEquals("lifeArea", firstErrorField(api.send("PUT", "/admin/ibic/mappings/need-label/IT-Fel", "admin",
                "{\"lifeArea\":\"BODY_FUNCTIONS\"}", JSON_TYPE)));
        assertEquals("term", firstErrorField(api.send("PUT", "/admin/ibic/mappings/intervention-type/FINNS_INTE",
                "admin", "{\"icf\":\"d6\"}", JSON_TYPE)));
        assertProblem(api.send("PUT", "/admin/ibic/mappings/need-label/IT-Fel", "staff", "{\"icf\":\"d610\"}",
                JSON_TYPE), 403);

        HttpResponse<String> removed = api.send("DELETE", "/admin/ibic/mappings/need-label/IT-St%C3%A4dning", "admin",
                null, null);
        assertEquals(removed.body(), 200, removed.statusCode());
        assertTrue(find(json(removed).path("terms"), "IT-Städning").isMissingNode());
        assertProblem(api.send("DELETE", "/admin/ibic/mappings/need-label/IT-St%C3%A4dning", "admin", null, null), 404);

        JsonNode past = json(api.get("/ibic/mappings/versions/" + (start + 1), "statistician"));
        assertEquals("d610", find(past.path("terms"), "IT-Städning").path("icf").asText());
        JsonNode newest = json(api.get("/ibic/mappings/versions", "admin")).get(0);
        assertEquals(v2.path("version").asLong() + 1, newest.path("version").asLong());
        // who changed the mappings: for administrators only, as in the catalogues and the follow-up templates
        assertEquals("admin", newest.path("changedBy").asText());
        assertEquals("admin", v1.path("changedBy").asText());
        assertFalse(past.toString(), past.hasNonNull("changedBy"));
        assertFalse(json(api.get("/ibic/mappings/versions", "staff")).get(0).hasNonNull("changedBy"));
        assertFalse(json(api.get("/ibic/mappings", "staff")).hasNonNull("changedBy"));
        assertProblem(api.get("/ibic/mappings/versions/999999", "staff"), 404);
    }

    @Test
    public void staffRecordCorrectAndReadAssessmentsWithHistory() throws Exception {
        Given.assessedClientIsKnown(api);
        api.send("PUT", "/admin/ibic/mappings/need-label/IT-Tv%C3%A4tt", "admin", "{\"icf\":\"d6100\"}", JSON_TYPE);
        HttpResponse<String> recorded = api.send("POST", "/assessments", NORTH_STAFF, assessment(ASSESSED, NORTH,
                "2026-01-15", "{\"icf\":\"d610\",\"qualifier\":2,\"goalQualifier\":1,\"goalText\":\"Klarar"
                        + " tvätten\"},{\"lifeArea\":\"TRYGGHET\",\"qualifier\":3},{\"term\":\"IT-Tvätt\","
                        + "\"qualifier\":8}"), JSON_TYPE);
        assertEquals(recorded.body(), 201, recorded.statusCode());
        JsonNode first = json(recorded);
        String location = recorded.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf(API) + API.length());
        assertEquals(List.of("D6", "TRYGGHET", "D6"), texts(first.path("needs"), "lifeArea"));
        assertEquals("d6100", first.path("needs").get(2).path("icf").asText());
        assertEquals("the loaded list's title", "Test; d610", first.path("needs").get(0).path("titleSv").asText());
        assertEquals("IT-Tvätt", first.path("needs").get(2).path("term").asText());
        assertEquals("HL-IT", first.path("caseOfficer").asText());
        assertTrue(first.path("mappingVersion").asLong() >= 1);
        assertEquals("2021.1", first.path("lifeAreasVersion").asText());
        assertEquals(first, json(api.get(path, NORTH_STAFF)));

        assertProblem(api.send("PUT", path, NORTH_STAFF, assessment(ASSESSED, NORTH, "2026-01-16", "{\"icf\":\"d910\","
                + "\"qualifier\":1}"), JSON_TYPE), 428);
        HttpResponse<String> corrected = api.send("PUT", path, NORTH_STAFF, assessment(ASSESSED, NORTH, "2026-01-16",
                "{\"icf\":\"d910\",\"qualifier\":1}"), JSON_TYPE, "If-Match", "\"1\"");
        assertEquals(corrected.body(), 200, corrected.statusCode());
        assertEquals(2, json(corrected).path("version").asInt());
        assertProblem(api.send("PUT", path, NORTH_STAFF, assessment(ASSESSED, NORTH, "2026-01-16", "{\"icf\":\"d910\","
                + "\"qualifier\":1}"), JSON_TYPE, "If-Match", "\"1\""), 409);
        JsonNode history = json(api.get(path + "/history", NORTH_STAFF));
        assertEquals(List.of("RECORDED", "CORRECTED"), texts(history, "kind"));
        assertEquals("the first revision is kept", 3, history.get(0).path("assessment").path("needs").size());
        assertEquals("D9", history.get(1).path("assessment").path("needs").get(0).path("lifeArea").asText());

        assertProblem(api.get(path, SOUTH_STAFF), 403);
        assertProblem(api.get(path, "statistician"), 403);
        JsonNode found = json(api.search("/assessments/search", NORTH_STAFF,
                "{\"client\":\"" + ASSESSED + "\",\"unit\":[\"" + NORTH + "\"]}"));
        assertTrue(found.path("total").asInt() >= 1);
        assertEquals(ASSESSED.replace("-", ""), found.path("items").get(0).path("client").asText());
    }

    @Test
    public void badAssessmentsAreRefusedNamingEveryFieldAndNothingIsStored() throws Exception {
        Given.assessedClientIsKnown(api);
        long before = json(api.get("/assessments?unit=" + NORTH + "&limit=1", NORTH_STAFF)).path("total").asLong();
        JsonNode problem = assertProblem(api.send("POST", "/assessments", NORTH_STAFF, assessment(UNKNOWN_CLIENT, NORTH,
                "2026-01-15", "{\"icf\":\"d64\",\"qualifier\":2},{\"icf\":\"d650\",\"qualifier\":1},"
                        + "{\"icf\":\"d610\",\"qualifier\":5},{\"term\":\"Okänd\",\"qualifier\":1}"),
                JSON_TYPE), 400);
        assertEquals(List.of("client", "needs[0].icf", "needs[1].icf", "needs[2].qualifier", "needs[3].term"),
                texts(problem.path("errors"), "field"));
        assertEquals("is not in the loaded ICF code list", problem.path("errors").get(2).path("message").asText());
        assertFalse("no personnummer in a problem", problem.toString().contains("19870101"));
        assertProblem(api.send("POST", "/assessments", SOUTH_STAFF, assessment(ASSESSED, NORTH, "2026-01-15",
                "{\"icf\":\"d610\",\"qualifier\":2}"), JSON_TYPE), 403);
        assertEquals("needs", firstErrorField(api.send("POST", "/assessments", NORTH_STAFF, assessment(ASSESSED, NORTH,
                "2026-01-15", ""), JSON_TYPE)));
        assertEquals("assessedOn", firstErrorField(api.send("POST", "/assessments", NORTH_STAFF, assessment(ASSESSED,
                NORTH, "2999-01-01", "{\"icf\":\"d610\",\"qualifier\":2}"), JSON_TYPE)));
        assertProblem(api.send("POST", "/assessments", NORTH_STAFF, "{\"needs\":[{\"qualifier\":\"x\"}]}",
                JSON_TYPE), 400);
        assertEquals(before, json(api.get("/assessments?unit=" + NORTH + "&limit=1", NORTH_STAFF)).path("total")
                .asLong());
    }

    @Test
    public void lifeAreasAreCountedPerUnitCaseOfficerClientAndInTotal() throws Exception {
        Given.assessedClientIsKnown(api);
        assertEquals(201, api.send("POST", "/assessments", NORTH_STAFF, assessment(ASSESSED, NORTH, "2026-02-01",
                "{\"icf\":\"d910\",\"qualifier\":2},{\"icf\":\"d911\",\"qualifier\":3},"
                        + "{\"icf\":\"d610\",\"qualifier\":0}"), JSON_TYPE).statusCode());
        String period = "from=2026-02-01&to=2026-02-28&unit=" + NORTH;
        JsonNode total = json(api.get("/ibic/needs?" + period, NORTH_STAFF));
        assertEquals("total", total.path("groupBy").asText());
        assertEquals(1, total.path("clients").asInt());
        assertEquals("d610 with qualifier 0 is no assessed need", 1, total.path("rows").size());
        assertEquals("D9", total.path("rows").get(0).path("lifeArea").asText());
        assertEquals(2, total.path("rows").get(0).path("needs").asInt());
        assertEquals("Samhällsgemenskap, socialt och medborgerligt liv", total.path("rows").get(0).path("labelSv")
                .asText());
        assertEquals(NORTH, json(api.get("/ibic/needs?groupBy=unit&" + period, NORTH_STAFF)).path("rows").get(0)
                .path("group").asText());
        assertEquals("HL-IT", json(api.get("/ibic/needs?groupBy=caseOfficer&" + period, NORTH_STAFF)).path("rows")
                .get(0).path("group").asText());
        // counts of assessments per unit, case officer or client: for the units' members only
        assertProblem(api.get("/ibic/needs?groupBy=caseOfficer&" + period, "statistician"), 403);
        assertProblem(api.get("/ibic/needs?groupBy=unit&" + period, "admin"), 403);
        assertEquals(ASSESSED.replace("-", ""), json(api.get("/ibic/needs?groupBy=client&" + period, NORTH_STAFF))
                .path("rows").get(0).path("group").asText());
        assertProblem(api.get("/ibic/needs?groupBy=client&" + period, "statistician"), 403);
        assertProblem(api.get("/ibic/needs?" + period, SOUTH_STAFF), 403);
        assertEquals(List.of("from", "groupBy"), texts(assertProblem(api.get("/ibic/needs?from=2026-13-01&to=2026-02-01"
                + "&groupBy=week", NORTH_STAFF), 400).path("errors"), "field"));
        assertEquals("to", firstErrorField(api.get("/ibic/needs?from=2026-02-01&to=2026-01-01", NORTH_STAFF)));
    }

    @Test
    public void theDemoCancellingClientsNeedsAreMainlyInKalmarsThreeLifeAreas() throws Exception {
        String units = "unit=BOSTOD_NORR,BOSTOD_SODER,BOSTOD_CENTRUM,BOSTOD_VAST,BOSTOD_OST";
        String period = "from=2026-09-01&to=2026-10-31&" + units;
        JsonNode result = Await.await("the demo municipality's 140 cancellations by life area",
                Duration.ofSeconds(120), () -> json(api.get("/ibic/cancellations?" + period, "statistician")),
                cancellations -> cancellations.path("cancellations").asInt() == 140);
        assertEquals(140, result.path("cancellations").asInt());
        assertEquals(40, result.path("cancellingClients").asInt());
        assertEquals(0, result.path("clientsWithoutAssessment").asInt());
        List<String> ranked = texts(result.path("areas"), "lifeArea");
        assertEquals(List.of("D6", "D2", "D9"), ranked.subList(0, 3));
        assertEquals("Hemliv", result.path("areas").get(0).path("labelSv").asText());
        assertEquals("LIFE_AREA", result.path("areas").get(0).path("kind").asText());
        assertTrue(result.path("areas").get(0).path("shareOfClients").asDouble() > 0.5);
        JsonNode norr = json(api.get("/ibic/cancellations?from=2026-09-01&to=2026-10-31&unit=BOSTOD_NORR", "staff"));
        assertTrue(norr.path("cancellations").asInt() > 0 && norr.path("cancellations").asInt() < 140);
        assertProblem(api.get("/ibic/cancellations?from=2026-09-01&to=2026-10-31&unit=BOSTOD_VAST", "staff"), 403);
        assertEquals(41, json(api.get("/ibic/needs?from=2026-09-01&to=2026-10-31", "staff")).path("clients").asInt()
                + json(api.get("/ibic/needs?from=2026-09-01&to=2026-10-31", "staff2")).path("clients").asInt());
    }

    static JsonNode find(JsonNode terms, String term) {
        for (JsonNode t : terms) {
            if (t.path("term").asText().equals(term)) {
                return t;
            }
        }
        return MissingNode.getInstance();
    }

    /** @return the field the first error of a 400 problem names */
    static String firstErrorField(HttpResponse<String> response) throws Exception {
        return assertProblem(response, 400).path("errors").get(0).path("field").asText();
    }

    /** Runs a shell command as an administrator, as Karaf's own tests do, and returns what it printed. */
    String execute(String command) throws Exception {
        return KarafShell.execute(sessionFactory, "it-admin", command);
    }
}
