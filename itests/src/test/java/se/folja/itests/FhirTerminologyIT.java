package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.KALMAR;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reason catalogue and IBIC's life areas as FHIR R4 terminology over HTTP: CodeSystem, ValueSet, $expand, the
 * search by url, and errors as OperationOutcomes. The reasons a test adds have codes of their own; no count
 * depends on what another area adds.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FhirTerminologyIT extends AreaTest {

    private static final String FHIR_JSON = "application/fhir+json";
    private static final String REASONS_CS = "https://folja.se/fhir/CodeSystem/reason-codes";
    private static final String REASONS_VS = "https://folja.se/fhir/ValueSet/reason-codes";
    private static final List<String> IBIC_AREAS = List.of("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9",
            "TRYGGHET", "NARSTAENDESTOD");

    /**
     * A follow-up template's questionnaire for one role is plain FHIR R4 with Följa's id, canonical url and version;
     * found by its url; an id Följa never gives is a 404 OperationOutcome.
     */
    @Test
    public void orsClientQuestionnaireIsServedAndFoundByItsUrlAndAnUnknownOneIsAnOperationOutcome() throws Exception {
        Await.await("ORS stored", java.time.Duration.ofSeconds(60),
                () -> json(api.get("/followup-templates/ORS/versions", "admin")), versions -> versions.size() >= 1);
        JsonNode ors = assertFhir(api.get("/fhir/Questionnaire/ORS-v1-client", "staff"), 200, "Questionnaire");
        assertEquals("ORS-v1-client", ors.path("id").asText());
        assertEquals("https://folja.se/fhir/Questionnaire/ORS-client", ors.path("url").asText());
        assertEquals("1", ors.path("version").asText());
        assertEquals(List.of("ors-individual", "ors-relations", "ors-social", "ors-general"),
                JsonAssert.texts(ors.path("item"), "linkId"));
        assertEquals(ors, assertFhir(api.get("/fhir/Questionnaire/ORS-v1-client", "statistician"), 200,
                "Questionnaire"));

        JsonNode found = assertFhir(api.get("/fhir/Questionnaire?url=" + encode("https://folja.se/fhir/Questionnaire/"
                + "ORS-client") + "&version=1", "staff"), 200, "Bundle");
        assertEquals("searchset", found.path("type").asText());
        assertEquals(1, found.path("total").asInt());
        assertEquals("ORS-v1-client", found.path("entry").get(0).path("resource").path("id").asText());
        assertEquals(0, assertFhir(api.get("/fhir/Questionnaire?url=" + encode("https://folja.se/fhir/Questionnaire/"
                + "NO.SUCH-client"), "staff"), 200, "Bundle").path("total").asInt());

        for (String unknown : List.of("ORS-v99-client", "ORS-v1-patient", "NO.SUCH-v1-client")) {
            JsonNode outcome = assertFhir(api.get("/fhir/Questionnaire/" + unknown, "staff"), 404, "OperationOutcome");
            assertEquals(unknown, "not-found", outcome.path("issue").get(0).path("code").asText());
        }
        assertEquals(401, api.get("/fhir/Questionnaire/ORS-v1-client", null).statusCode());
    }

    private static String type(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    /** Asserts a FHIR answer of this status and resource type, and returns the resource. */
    private static JsonNode assertFhir(HttpResponse<String> response, int status, String resourceType)
            throws IOException {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(FHIR_JSON, type(response));
        JsonNode resource = json(response);
        assertEquals(resourceType, resource.path("resourceType").asText());
        return resource;
    }

    private static JsonNode concept(JsonNode codeSystem, String code) {
        for (JsonNode concept : codeSystem.path("concept")) {
            if (concept.path("code").asText().equals(code)) {
                return concept;
            }
        }
        return null;
    }

    private static String property(JsonNode concept, String code) {
        for (JsonNode property : concept.path("property")) {
            if (property.path("code").asText().equals(code)) {
                JsonNode value = property.has("valueCode") ? property.path("valueCode") : property.path("valueBoolean");
                return value.asText();
            }
        }
        return null;
    }

    private static List<String> expanded(JsonNode valueSet, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode contains : valueSet.path("expansion").path("contains")) {
            values.add(contains.path(field).asText());
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    public void theReasonCodeSystemHoldsKalmarsReasonsInSwedishWithEnglishDesignations() throws Exception {
        HttpResponse<String> response = api.get("/fhir/CodeSystem/reason-codes", "staff");
        JsonNode cs = assertFhir(response, 200, "CodeSystem");

        assertEquals("reason-codes", cs.path("id").asText());
        assertEquals(REASONS_CS, cs.path("url").asText());
        assertEquals("complete", cs.path("content").asText());
        assertTrue(cs.path("caseSensitive").asBoolean());
        assertEquals("active", cs.path("status").asText());
        assertFalse(cs.path("version").asText().isEmpty());
        for (String code : KALMAR) {
            JsonNode concept = concept(cs, code);
            assertTrue(code, concept != null);
            assertEquals(code, "active", property(concept, "status"));
        }
        assertEquals("Bortrest", concept(cs, "BORTREST").path("display").asText());
        JsonNode english = concept(cs, "BORTREST").path("designation").get(0);
        assertEquals("en", english.path("language").asText());
        assertEquals("Away / travelling", english.path("value").asText());
        assertEquals(cs.path("concept").size(), cs.path("count").asInt());

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = api.send("GET", "/fhir/CodeSystem/reason-codes", "statistician", null, null,
                "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(200, api.get("/fhir/CodeSystem/reason-codes", "admin").statusCode());
    }

    @Test
    public void aRetiredReasonStaysInTheCodeSystemAsRetiredAndLeavesTheExpansion() throws Exception {
        String code = "FHIR_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        HttpResponse<String> created = api.send("POST", "/admin/reason-codes", "admin", "{\"code\":\"" + code
                + "\",\"labelSv\":\"Terminologitest\",\"labelEn\":\"Terminology test\",\"initiator\":\"CLIENT\"}",
                JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> before = api.get("/fhir/CodeSystem/reason-codes", "staff");
        JsonNode expansion = assertFhir(api.get("/fhir/ValueSet/reason-codes/$expand", "staff"), 200, "ValueSet");
        assertTrue(expanded(expansion, "code").contains(code));

        HttpResponse<String> retired = api.send("POST", "/admin/reason-codes/" + code + "/retire", "admin", null,
                null, "If-Match", "\"1\"");
        assertEquals(retired.body(), 200, retired.statusCode());

        HttpResponse<String> after = api.get("/fhir/CodeSystem/reason-codes", "staff");
        JsonNode cs = assertFhir(after, 200, "CodeSystem");
        JsonNode concept = concept(cs, code);
        assertTrue("a retired reason stays in the code system", concept != null);
        assertEquals("retired", property(concept, "status"));
        assertEquals("true", property(concept, "inactive"));
        assertEquals("active", property(concept(cs, "BORTREST"), "status"));
        assertNotEquals("the version moves with the catalogue", json(before).path("version").asText(),
                cs.path("version").asText());
        assertNotEquals(before.headers().firstValue("ETag"), after.headers().firstValue("ETag"));

        JsonNode now = assertFhir(api.get("/fhir/ValueSet/reason-codes/$expand", "staff"), 200, "ValueSet");
        List<String> codes = expanded(now, "code");
        assertFalse("a retired reason leaves the expansion", codes.contains(code));
        assertEquals("Kalmar's reasons in the catalogue's order", KALMAR,
                codes.stream().filter(KALMAR::contains).toList());
        assertEquals(codes.size(), now.path("expansion").path("total").asInt());
        assertFalse(now.path("expansion").path("timestamp").asText().isEmpty());
    }

    @Test
    public void theExpansionSpeaksEnglishOnRequest() throws Exception {
        JsonNode sv = assertFhir(api.get("/fhir/ValueSet/reason-codes/$expand", "staff"), 200, "ValueSet");
        JsonNode en = assertFhir(api.get("/fhir/ValueSet/reason-codes/$expand?displayLanguage=en", "staff"), 200,
                "ValueSet");

        assertEquals("Bortrest", sv.path("expansion").path("contains").get(expanded(sv, "code").indexOf("BORTREST"))
                .path("display").asText());
        assertEquals("Away / travelling", en.path("expansion").path("contains")
                .get(expanded(en, "code").indexOf("BORTREST")).path("display").asText());
        assertEquals(REASONS_CS, en.path("expansion").path("contains").get(0).path("system").asText());
        JsonNode byUrl = assertFhir(api.get("/fhir/ValueSet/$expand?url=" + encode(REASONS_VS)
                + "&displayLanguage=en", "staff"), 200, "ValueSet");
        assertEquals(expanded(en, "display"), expanded(byUrl, "display"));

        JsonNode invalid = assertFhir(api.get("/fhir/ValueSet/reason-codes/$expand?displayLanguage=de", "staff"),
                400, "OperationOutcome");
        assertEquals("invalid", invalid.path("issue").get(0).path("code").asText());
        assertEquals("displayLanguage", invalid.path("issue").get(0).path("expression").get(0).asText());
    }

    @Test
    public void theValueSetDefinitionIncludesTheActiveCodesOfTheCodeSystem() throws Exception {
        JsonNode vs = assertFhir(api.get("/fhir/ValueSet/reason-codes", "staff"), 200, "ValueSet");

        assertEquals(REASONS_VS, vs.path("url").asText());
        JsonNode include = vs.path("compose").path("include").get(0);
        assertEquals(REASONS_CS, include.path("system").asText());
        assertEquals("status", include.path("filter").get(0).path("property").asText());
        assertEquals("active", include.path("filter").get(0).path("value").asText());
        assertFalse(vs.has("expansion"));
    }

    @Test
    public void theLifeAreasAreACodeSystemAndAValueSetOfTheLifeAreasAndIbicsOwn() throws Exception {
        JsonNode areas = json(api.get("/ibic/life-areas", "staff"));
        JsonNode cs = assertFhir(api.get("/fhir/CodeSystem/ibic-life-areas", "staff"), 200, "CodeSystem");
        assertEquals("https://folja.se/fhir/CodeSystem/ibic-life-areas", cs.path("url").asText());
        assertEquals(areas.path("version").asText(), cs.path("version").asText());
        assertEquals(areas.path("areas").size(), cs.path("concept").size());
        assertEquals("Hemliv", concept(cs, "D6").path("display").asText());
        assertEquals("Domestic life", concept(cs, "D6").path("designation").get(0).path("value").asText());
        assertEquals("RELATED_FACTORS", property(concept(cs, "BODY_FUNCTIONS"), "kind"));

        JsonNode sv = assertFhir(api.get("/fhir/ValueSet/ibic-life-areas/$expand", "staff"), 200, "ValueSet");
        assertEquals(IBIC_AREAS, expanded(sv, "code"));
        assertEquals(11, sv.path("expansion").path("total").asInt());
        JsonNode en = assertFhir(api.get("/fhir/ValueSet/ibic-life-areas/$expand?displayLanguage=en", "statistician"),
                200, "ValueSet");
        assertEquals("Feeling of security", en.path("expansion").path("contains").get(9).path("display").asText());
    }

    @Test
    public void theValueSetsAndCodeSystemsAreFoundByTheirCanonicalUrl() throws Exception {
        JsonNode found = assertFhir(api.get("/fhir/ValueSet?url=" + encode(REASONS_VS), "staff"), 200, "Bundle");
        assertEquals("searchset", found.path("type").asText());
        assertEquals(1, found.path("total").asInt());
        assertEquals(REASONS_VS, found.path("entry").get(0).path("resource").path("url").asText());
        assertTrue(found.path("entry").get(0).path("fullUrl").asText().endsWith("/fhir/ValueSet/reason-codes"));

        JsonNode none = assertFhir(api.get("/fhir/ValueSet?url=" + encode("https://folja.se/fhir/ValueSet/nope"),
                "staff"), 200, "Bundle");
        assertEquals(0, none.path("total").asInt());

        JsonNode codeSystem = assertFhir(api.get("/fhir/CodeSystem?url="
                + encode("https://folja.se/fhir/CodeSystem/ibic-life-areas"), "staff"), 200, "Bundle");
        assertEquals(1, codeSystem.path("total").asInt());
        assertEquals("ibic-life-areas", codeSystem.path("entry").get(0).path("resource").path("id").asText());
        assertEquals(2, assertFhir(api.get("/fhir/CodeSystem", "staff"), 200, "Bundle").path("total").asInt());
    }

    @Test
    public void plainJsonIsAnsweredWhenAskedFor() throws Exception {
        HttpResponse<String> response = api.send("GET", "/fhir/ValueSet/reason-codes/$expand", "staff", null, null,
                "Accept", "application/json");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", type(response));
        assertEquals("ValueSet", json(response).path("resourceType").asText());

        HttpResponse<String> fhir = api.send("GET", "/fhir/CodeSystem/ibic-life-areas", "staff", null, null,
                "Accept", "application/fhir+json; fhirVersion=4.0, application/json;q=0.9");
        assertEquals(fhir.body(), 200, fhir.statusCode());
        assertEquals(FHIR_JSON, type(fhir));
    }

    @Test
    public void errorsAreOperationOutcomes() throws Exception {
        JsonNode unknown = assertFhir(api.get("/fhir/ValueSet/no-such-set", "staff"), 404, "OperationOutcome");
        JsonNode issue = unknown.path("issue").get(0);
        assertEquals("error", issue.path("severity").asText());
        assertEquals("not-found", issue.path("code").asText());
        assertFhir(api.get("/fhir/CodeSystem/no-such-system", "staff"), 404, "OperationOutcome");
        assertFhir(api.get("/fhir/ValueSet/no-such-set/$expand", "staff"), 404, "OperationOutcome");
        assertFhir(api.get("/fhir/ValueSet/$expand?url=" + encode("https://folja.se/fhir/ValueSet/nope"), "staff"),
                404, "OperationOutcome");

        HttpResponse<String> anonymous = api.get("/fhir/CodeSystem/reason-codes", null);
        JsonNode login = assertFhir(anonymous, 401, "OperationOutcome");
        assertEquals("login", login.path("issue").get(0).path("code").asText());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertFhir(api.sendAs("GET", "/fhir/ValueSet/reason-codes/$expand", "staff", "not-the-password", null, null),
                401, "OperationOutcome");

        assertFhir(api.send("POST", "/fhir/ValueSet/reason-codes", "staff", "{}", FHIR_JSON), 405,
                "OperationOutcome");
        JsonAssert.assertProblem(api.get("/reason-codes/NO_SUCH_THING_HERE", "staff"), 404);
    }

    @Test
    public void theOperationsAreInTheOpenApiDocumentUnderTheirTag() throws Exception {
        JsonNode openApi = json(api.get("/openapi.json", "staff"));
        JsonNode expand = openApi.path("paths").path("/fhir/ValueSet/{id}/$expand").path("get");
        assertEquals("FHIR terminology", expand.path("tags").get(0).asText());
        assertEquals("FHIR terminology",
                openApi.path("paths").path("/fhir/CodeSystem/{id}").path("get").path("tags").get(0).asText());
        assertTrue(openApi.path("paths").has("/fhir/ValueSet"));
    }
}
