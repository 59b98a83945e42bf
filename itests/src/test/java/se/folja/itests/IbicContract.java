package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * IBIC over HTTP and the shell, on top of the non-delivery tests (one container for all): life areas, the
 * municipality's ICF code list loaded as CSV or FHIR, and codes mapped one at a time or thousands at once.
 */
public abstract class IbicContract extends NonDeliveryContract {

    static final String CSV_TYPE = "text/csv";

    @Inject
    protected SessionFactory sessionFactory;

    @Before
    public void theDemoCodeListIsLoaded() throws Exception {
        awaitStatus("/ibic/icf-codes", "admin", 200);
    }

    /** A code list of the tests' own: every chapter and ten categories on each level of two chapters. */
    static String testCodeList() {
        StringBuilder csv = new StringBuilder("code;title_sv;title_en\n");
        String[] components = {"b8", "s8", "d9", "e5"};
        for (String component : components) {
            for (int chapter = 1; chapter <= component.charAt(1) - '0'; chapter++) {
                csv.append(component.charAt(0)).append(chapter).append(";Testkapitel;Test chapter\n");
            }
        }
        for (String chapter : List.of("d6", "d9")) {
            for (int i = 10; i < 20; i++) {
                csv.append(chapter).append(i).append(";\"Test; ").append(chapter).append(i).append("\";Test\n");
                csv.append(chapter).append(i).append('0').append(";Testnivå tre;\n");
            }
        }
        return csv.toString();
    }

    HttpResponse<String> loadTestCodeList() throws Exception {
        HttpResponse<String> loaded = send("POST", "/admin/ibic/icf-codes?name=IT", "admin", testCodeList(), CSV_TYPE);
        assertEquals(loaded.body(), 201, loaded.statusCode());
        return loaded;
    }

    @Test
    public void theLifeAreasAreIbicsNineItsOwnTwoAndTheRelatedFactors() throws Exception {
        JsonNode set = json(get("/ibic/life-areas", "staff"));
        assertEquals("2021.1", set.path("version").asText());
        List<String> areas = new ArrayList<>();
        set.path("areas").forEach(a -> areas.add(a.path("code").asText()));
        assertEquals(List.of("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "TRYGGHET", "NARSTAENDESTOD",
                "BODY_FUNCTIONS", "BODY_STRUCTURES", "ENVIRONMENTAL_FACTORS"), areas);
        assertEquals("Hemliv", set.path("areas").get(5).path("labelSv").asText());
        assertEquals("d6", set.path("areas").get(5).path("icf").get(0).asText());
        assertEquals(set, json(get("/ibic/life-areas?version=2021.1", "statistician")));
        assertProblem(get("/ibic/life-areas?version=1999", "staff"), 404);
        assertProblem(get("/ibic/life-areas", null), 401);
        assertTrue(json(get("/openapi.json", "staff")).path("paths").has("/ibic/map"));
    }

    @Test
    public void anAdministratorLoadsTheCodeListAndCodesAreThenCheckedAndTitled() throws Exception {
        JsonNode loaded = json(loadTestCodeList());
        assertEquals(30 + 40, loaded.path("codes").asInt());
        assertEquals("IT", loaded.path("name").asText());
        assertEquals("admin", loaded.path("loadedBy").asText());
        assertEquals(loaded, json(get("/ibic/icf-codes", "staff")));

        JsonNode d610 = json(get("/ibic/map?icf=D610", "staff"));
        assertEquals("d610", d610.path("icf").asText());
        assertEquals("D6", d610.path("lifeArea").path("code").asText());
        assertEquals("Hemliv", d610.path("lifeArea").path("labelSv").asText());
        assertEquals("Test; d610", d610.path("titleSv").asText());
        assertTrue(d610.path("listed").asBoolean());
        JsonNode missing = assertProblem(get("/ibic/map?icf=d640", "staff"), 400);
        assertEquals("icf", missing.path("errors").get(0).path("field").asText());
        assertEquals("is not in the loaded ICF code list", missing.path("errors").get(0).path("message").asText());
        assertEquals("icf", assertProblem(get("/ibic/map?icf=d64", "staff"), 400)
                .path("errors").get(0).path("field").asText());

        // A bad file: every bad line named, nothing stored, the loaded list still in force
        JsonNode refused = assertProblem(send("POST", "/admin/ibic/icf-codes", "admin",
                "code,title_sv\nd640,Hushåll\nd64,Trasig\nd640,Igen\n", CSV_TYPE), 400);
        assertEquals("code (line 3)", refused.path("errors").get(0).path("field").asText());
        assertEquals("code (line 4)", refused.path("errors").get(1).path("field").asText());
        assertEquals(loaded, json(get("/ibic/icf-codes", "admin")));
        assertProblem(send("POST", "/admin/ibic/icf-codes", "staff", testCodeList(), CSV_TYPE), 403);
        assertProblem(send("POST", "/admin/ibic/icf-codes", "admin", testCodeList(), "text/plain"), 415);

        // A FHIR CodeSystem with nested concepts replaces it
        HttpResponse<String> fhir = send("POST", "/admin/ibic/icf-codes", "admin", """
                {"resourceType":"CodeSystem","title":"IT FHIR","version":"it-1","language":"sv","concept":[
                 {"code":"d6","display":"Kapitel","concept":[{"code":"d640","display":"Hushåll",
                  "designation":[{"language":"en","value":"Household"}]}]}]}""", "application/fhir+json");
        assertEquals(fhir.body(), 201, fhir.statusCode());
        assertEquals("it-1", json(fhir).path("version").asText());
        JsonNode d640 = json(get("/ibic/map?icf=d640", "staff"));
        assertEquals("Household", d640.path("titleEn").asText());
        assertEquals("concept[0].concept[0].code", assertProblem(send("POST", "/admin/ibic/icf-codes", "admin",
                "{\"resourceType\":\"CodeSystem\",\"concept\":[{\"code\":\"d6\",\"concept\":[{\"code\":\"d6x\"}]}]}",
                "application/fhir+json"), 400).path("errors").get(0).path("field").asText());
        loadTestCodeList();
    }

    @Test
    public void thousandsOfCodesAreMappedInOneRequest() throws Exception {
        loadTestCodeList();
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
        HttpResponse<String> answer = send("POST", "/ibic/map", "statistician", body.toString(), JSON_TYPE);
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
        assertEquals("codes", assertProblem(send("POST", "/ibic/map", "staff", "{}", JSON_TYPE), 400)
                .path("errors").get(0).path("field").asText());
    }

    @Test
    public void theShellMapsCodes() throws Exception {
        loadTestCodeList();
        String out = execute("folja:ibic-map d610 D9 x1");
        assertTrue(out, out.contains("d610") && out.contains("Hemliv / Domestic life") && out.contains("Test; d610"));
        assertTrue(out, out.contains("Samhällsgemenskap, socialt och medborgerligt liv"));
        assertTrue(out, out.contains("x1") && out.contains("must start with an ICF component letter"));
    }

    /** Runs a shell command as an administrator, as Karaf's own tests do, and returns what it printed. */
    String execute(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("it-admin"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        subject.getPrincipals().add(new RolePrincipal("manager"));
        subject.getPrincipals().add(new RolePrincipal("viewer"));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
