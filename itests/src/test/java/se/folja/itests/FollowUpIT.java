package se.folja.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.Api.API;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.JsonAssert.texts;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.NORTH;
import static se.folja.itests.TestData.NORTH_STAFF;
import static se.folja.itests.TestData.SOUTH_STAFF;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Follow-up templates and their enablement per unit, over HTTP, the Karaf shell and a configuration file in
 * {@code etc/}: the built-in templates as shipped, uploads in versions, enabling, changing and disabling with the
 * history, and who sees what. Each test uses its own template codes, units or periods, so the tests share one
 * container with the other areas in any order. The demo users {@code staff} (BOSTOD_NORR, BOSTOD_SODER,
 * BOSTOD_CENTRUM) and {@code staff2} (BOSTOD_VAST, BOSTOD_OST) play two units' staff.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FollowUpIT extends AreaTest {

    static final List<String> BUILT_IN = List.of("ALDREOMSORG_SOCIAL_SAMVARO", "KALMAR_BOENDESTOD", "ORS",
            "TROSA_MISSBRUK");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The factory PID whose configurations are reconciled into enablements. */
    private static final String FACTORY_PID = "se.folja.followup.enablement";

    @Inject
    private BundleContext bundleContext;
    @Inject
    private SessionFactory sessionFactory;

    @Test
    public void theBuiltInTemplatesAreListedAndServedByteForByteAsShipped() throws Exception {
        JsonNode list = Await.await("the four built-in templates", PATIENCE,
                () -> json(api.get("/followup-templates", "staff")),
                templates -> texts(templates, "code").containsAll(BUILT_IN));
        JsonNode ors = byCode(list, "ORS");
        assertEquals(1, ors.path("version").asInt());
        assertEquals("BUILT_IN", ors.path("origin").asText());
        assertTrue(ors.path("title").path("sv").asText().startsWith("ORS"));
        assertFalse("a login name for administrators only", ors.has("storedBy"));
        assertEquals("system", byCode(json(api.get("/followup-templates", "admin")), "ORS").path("storedBy").asText());
        assertEquals(List.of(1), json(api.get("/followup-templates/ORS/versions", "statistician")).findValues("version")
                .stream().map(JsonNode::asInt).toList());

        for (String code : BUILT_IN) {
            byte[] shipped = shipped(code);
            HttpResponse<byte[]> document = api.getBytes("/followup-templates/" + code + "/versions/1", "staff");
            assertEquals(code, 200, document.statusCode());
            assertEquals("application/json", document.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertArrayEquals(code + " as shipped in folja-followup", shipped, document.body());
            String sha256 = sha256(shipped);
            assertEquals(sha256, byCode(list, code).path("sha256").asText());
            assertEquals(shipped.length, byCode(list, code).path("size").asInt());
            assertEquals("\"" + sha256 + "\"", document.headers().firstValue("ETag").orElse(""));
            assertArrayEquals(shipped, api.getBytes("/followup-templates/" + code, "statistician").body());
        }

        HttpResponse<String> unchanged = api.send("GET", "/followup-templates/ORS", "staff", null, null,
                "If-None-Match", "\"" + sha256(shipped("ORS")) + "\"");
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());
        assertProblem(api.get("/followup-templates/NO_SUCH_TEMPLATE", "staff"), 404);
        assertProblem(api.get("/followup-templates/ORS/versions/99", "staff"), 404);
        assertEquals("version", assertProblem(api.get("/followup-templates/ORS/versions/first", "staff"), 400)
                .path("errors").get(0).path("field").asText());
        assertProblem(api.get("/followup-templates", null), 401);
    }

    @Test
    public void anAdministratorUploadsATemplateAndEachDifferentDocumentIsItsNextVersion() throws Exception {
        String code = uniqueCode("IT-UP");
        String first = template(code, "Uppföljning för test");

        HttpResponse<String> created = api.send("POST", "/admin/followup-templates", "admin", first, JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode v1 = json(created);
        assertEquals(1, v1.path("version").asInt());
        assertEquals("UPLOADED", v1.path("origin").asText());
        assertEquals("admin", v1.path("storedBy").asText());
        assertEquals(sha256(first.getBytes(StandardCharsets.UTF_8)), v1.path("sha256").asText());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.endsWith(API + "/followup-templates/" + code + "/versions/1"));
        assertArrayEquals("downloaded exactly as uploaded", first.getBytes(StandardCharsets.UTF_8),
                api.getBytes(location.substring(location.indexOf(API) + API.length()), "staff").body());

        HttpResponse<String> again = api.send("POST", "/admin/followup-templates", "admin", first, JSON_TYPE);
        assertEquals(again.body(), 200, again.statusCode());
        assertEquals(v1, json(again));
        assertFalse(again.headers().firstValue("Location").isPresent());

        String changed = template(code, "Uppföljning för test, andra utgåvan");
        HttpResponse<String> second = api.send("POST", "/admin/followup-templates", "admin", changed, JSON_TYPE);
        assertEquals(second.body(), 201, second.statusCode());
        assertEquals(2, json(second).path("version").asInt());
        JsonNode latest = byCode(json(api.get("/followup-templates", "staff")), code);
        assertEquals(2, latest.path("version").asInt());
        assertEquals("Uppföljning för test, andra utgåvan", latest.path("title").path("sv").asText());
        assertArrayEquals(changed.getBytes(StandardCharsets.UTF_8),
                api.getBytes("/followup-templates/" + code, "staff").body());
        assertArrayEquals(first.getBytes(StandardCharsets.UTF_8),
                api.getBytes("/followup-templates/" + code + "/versions/1", "staff").body());

        // refused: every error named by its JSON path, and nothing stored
        String invalid = template(code, "Trasig").replace("\"type\": \"boolean\"", "\"type\": \"quantity\"")
                .replace("\"kind\": \"BASELINE\"", "\"kind\": \"BASELINE\", \"weeks\": 4");
        JsonNode refused = assertProblem(api.send("POST", "/admin/followup-templates", "admin", invalid, JSON_TYPE),
                400);
        assertEquals(List.of("$.respondents[0].questionnaire.item[0].type", "$.occasions[0].weeks"),
                texts(refused.path("errors"), "field"));
        assertEquals(List.of(1, 2), json(api.get("/followup-templates/" + code + "/versions", "admin"))
                .findValues("version").stream().map(JsonNode::asInt).toList());
        String newCode = uniqueCode("IT-BAD");
        assertProblem(api.send("POST", "/admin/followup-templates", "admin", template(newCode, "Trasig")
                .replace("\"status\": \"active\"", "\"status\": \"published\""), JSON_TYPE), 400);
        assertProblem(api.get("/followup-templates/" + newCode, "admin"), 404);
        assertEquals("$", assertProblem(api.send("POST", "/admin/followup-templates", "admin", "{\"code\":",
                JSON_TYPE), 400).path("errors").get(0).path("field").asText());

        // too large, or not an administrator's
        assertProblem(api.send("POST", "/admin/followup-templates", "admin", " ".repeat(2 * 1024 * 1024) + first,
                JSON_TYPE), 413);
        assertProblem(api.send("POST", "/admin/followup-templates", "staff", template(uniqueCode("IT-STAFF"), "Nej"),
                JSON_TYPE), 403);
        assertProblem(api.send("POST", "/admin/followup-templates", "statistician", first, JSON_TYPE), 403);
        assertProblem(api.send("POST", "/admin/followup-templates", "admin", first, "text/plain"), 415);
        assertEquals(2, json(api.get("/followup-templates/" + code + "/versions", "admin")).size());
    }

    @Test
    public void anAdministratorEnablesOrsForAUnitWhoseStaffAloneSeeItThenChangesAndDisablesIt() throws Exception {
        String unit = "BOSTOD_VAST";
        HttpResponse<String> enabled = api.send("POST", "/admin/followup-enablements", "admin",
                "{\"template\":\"ORS\",\"unit\":\"" + unit + "\",\"from\":\"2031-01-01\",\"to\":\"2031-06-30\"}",
                JSON_TYPE);
        assertEquals(enabled.body(), 201, enabled.statusCode());
        JsonNode enablement = json(enabled);
        long id = enablement.path("id").asLong();
        String path = "/followup-enablements/" + id;
        assertTrue(enabled.headers().firstValue("Location").orElse("").endsWith(API + path));
        assertEquals("\"1\"", enabled.headers().firstValue("ETag").orElse(""));
        assertEquals("ORS", enablement.path("template").asText());
        assertEquals("the latest version", 1, enablement.path("version").asInt());
        assertEquals("ENABLED", enablement.path("status").asText());
        assertEquals("REST", enablement.path("source").asText());

        // one version of a template per unit and day
        assertProblem(api.send("POST", "/admin/followup-enablements", "admin", "{\"template\":\"ORS\",\"unit\":\""
                + unit + "\",\"from\":\"2031-06-01\"}", JSON_TYPE), 409);
        JsonNode fields = assertProblem(api.send("POST", "/admin/followup-enablements", "admin",
                "{\"template\":\"NO_SUCH_TEMPLATE\",\"unit\":\"NO_SUCH_UNIT\",\"from\":\"2031-01-01\"}", JSON_TYPE),
                400);
        assertEquals(List.of("template", "unit"), texts(fields.path("errors"), "field"));
        assertEquals("to", firstErrorField(api.send("POST", "/admin/followup-enablements", "admin",
                "{\"template\":\"ORS\",\"unit\":\"" + unit + "\",\"from\":\"2032-02-01\",\"to\":\"2032-01-01\"}",
                JSON_TYPE)));
        assertEquals("version", firstErrorField(api.send("POST", "/admin/followup-enablements", "admin",
                "{\"template\":\"ORS\",\"unit\":\"" + unit + "\",\"version\":\"1\"}", JSON_TYPE)));
        assertEquals("unitCode", firstErrorField(api.send("POST", "/admin/followup-enablements", "admin",
                "{\"template\":\"ORS\",\"unitCode\":\"" + unit + "\"}", JSON_TYPE)));
        assertEquals("from", firstErrorField(api.send("POST", "/admin/followup-enablements", "admin",
                "{\"template\":\"ORS\",\"unit\":\"" + unit + "\",\"from\":\"2031-02-30\"}", JSON_TYPE)));
        assertProblem(api.send("POST", "/admin/followup-enablements", "staff2", "{\"template\":\"ORS\",\"unit\":\""
                + unit + "\",\"from\":\"2033-01-01\"}", JSON_TYPE), 403);

        // the unit's staff see it; another unit's staff neither in their list nor by its id
        assertTrue(ids(api.get("/followup-enablements", "staff2")).contains(id));
        assertTrue(ids(api.get("/followup-enablements?unit=" + unit + "&template=ORS", "staff2")).contains(id));
        assertFalse(ids(api.get("/followup-enablements", "staff")).contains(id));
        assertProblem(api.get("/followup-enablements?unit=" + unit, "staff"), 403);
        assertProblem(api.get(path, "staff"), 403);
        assertProblem(api.get(path + "/history", "staff"), 403);
        assertTrue(ids(api.get("/followup-enablements?unit=" + unit, "statistician")).contains(id));
        assertEquals("unit", firstErrorField(api.get("/followup-enablements?unit=NO_SUCH_UNIT", "admin")));
        HttpResponse<String> read = api.get(path, "staff2");
        assertEquals("\"1\"", read.headers().firstValue("ETag").orElse(""));
        assertFalse("a login name for administrators only", json(read).has("changedBy"));

        // changed with the ETag read last: a stale one changes nothing
        assertProblem(api.send("PATCH", "/admin/" + path.substring(1), "admin", "{\"to\":\"2031-03-31\"}",
                JSON_TYPE), 428);
        HttpResponse<String> changed = api.send("PATCH", "/admin/" + path.substring(1), "admin",
                "{\"to\":\"2031-03-31\"}", JSON_TYPE, "If-Match", "\"1\"");
        assertEquals(changed.body(), 200, changed.statusCode());
        assertEquals("\"2\"", changed.headers().firstValue("ETag").orElse(""));
        assertEquals("2031-03-31", json(changed).path("to").asText());
        assertProblem(api.send("PATCH", "/admin/" + path.substring(1), "admin", "{\"to\":null}", JSON_TYPE,
                "If-Match", "\"1\""), 409);
        assertEquals("2031-03-31", json(api.get(path, "admin")).path("to").asText());
        HttpResponse<String> openEnded = api.send("PATCH", "/admin/" + path.substring(1), "admin", "{\"to\":null}",
                JSON_TYPE, "If-Match", "\"2\"");
        assertEquals(openEnded.body(), 200, openEnded.statusCode());
        assertFalse(json(openEnded).has("to"));
        assertProblem(api.send("PATCH", "/admin/" + path.substring(1), "staff2", "{\"to\":\"2031-02-28\"}",
                JSON_TYPE, "If-Match", "\"3\""), 403);

        // disabled: kept, with its history, and out of the unit's list
        assertProblem(api.send("POST", "/admin/" + path.substring(1) + "/disable", "admin", null, null), 428);
        assertProblem(api.send("POST", "/admin/" + path.substring(1) + "/disable", "admin", null, null,
                "If-Match", "\"2\""), 409);
        HttpResponse<String> disabled = api.send("POST", "/admin/" + path.substring(1) + "/disable", "admin", null,
                null, "If-Match", "\"3\"");
        assertEquals(disabled.body(), 200, disabled.statusCode());
        assertEquals("DISABLED", json(disabled).path("status").asText());
        assertFalse(ids(api.get("/followup-enablements", "staff2")).contains(id));
        assertTrue(ids(api.get("/followup-enablements?includeEnded=true&template=ORS", "admin")).contains(id));

        JsonNode history = json(api.get(path + "/history", "admin"));
        assertEquals(List.of("ENABLED", "CHANGED", "CHANGED", "DISABLED"), texts(history, "kind"));
        assertEquals(List.of("admin", "admin", "admin", "admin"), texts(history, "changedBy"));
        assertFalse(history.get(0).has("before"));
        assertEquals("2031-06-30", history.get(1).path("before").path("to").asText());
        assertEquals("2031-03-31", history.get(1).path("after").path("to").asText());
        assertEquals("2031-03-31", history.get(2).path("before").path("to").asText());
        assertFalse(history.get(2).path("after").has("to"));
        assertEquals("ENABLED", history.get(3).path("before").path("status").asText());
        assertEquals("DISABLED", history.get(3).path("after").path("status").asText());
        for (JsonNode change : history) {
            assertFalse(change.path("changedAt").asText().isEmpty());
        }
        assertFalse(json(api.get(path + "/history", "staff2")).toString().contains("\"admin\""));
    }

    @Test
    public void theShellListsTemplatesAndEnablesAndDisablesForAUnit() throws Exception {
        String unit = "BOSTOD_SODER";
        String template = "ALDREOMSORG_SOCIAL_SAMVARO";
        Await.await("the built-in templates", PATIENCE, () -> json(api.get("/followup-templates", "admin")),
                templates -> texts(templates, "code").containsAll(BUILT_IN));
        String templates = execute("folja:followup-templates");
        for (String code : BUILT_IN) {
            assertTrue(templates, templates.contains(code));
        }

        // Karaf's shell reads options only before the arguments
        String enabled = execute("folja:followup-enable --version 1 --from 2031-01-01 --to 2031-12-31 " + template
                + " " + unit);
        JsonNode list = json(api.get("/followup-enablements?unit=" + unit + "&template=" + template, "admin"));
        assertEquals(enabled + "\n" + list, 1, list.size());
        JsonNode enablement = list.get(0);
        long id = enablement.path("id").asLong();
        assertTrue(enabled, enabled.contains(Long.toString(id)));
        assertEquals("SHELL", enablement.path("source").asText());
        assertEquals("it-admin", enablement.path("changedBy").asText());
        assertEquals("2031-01-01", enablement.path("from").asText());
        assertEquals("2031-12-31", enablement.path("to").asText());
        assertTrue(ids(api.get("/followup-enablements?unit=" + unit, "staff")).contains(id));
        String listed = execute("folja:followup-enablements");
        assertTrue(listed, listed.contains(template) && listed.contains(unit));

        String refused = executeRefused("folja:followup-enable --from 2031-06-01 " + template + " " + unit);
        assertEquals("an overlapping enablement is refused and nothing stored", 1,
                json(api.get("/followup-enablements?unit=" + unit + "&template=" + template, "admin")).size());
        assertFalse(refused, refused.isBlank());

        execute("folja:followup-disable " + id);
        JsonNode disabled = json(api.get("/followup-enablements/" + id, "admin"));
        assertEquals("DISABLED", disabled.path("status").asText());
        assertEquals("SHELL", disabled.path("source").asText());
        assertFalse(ids(api.get("/followup-enablements?unit=" + unit, "staff")).contains(id));
        assertEquals(List.of("ENABLED", "DISABLED"), texts(json(api.get("/followup-enablements/" + id + "/history",
                "admin")), "kind"));
    }

    @Test
    public void aConfigurationFileInEtcEnablesATemplateWhichOnlyItChangesAndItsDeletionDisablesIt()
            throws Exception {
        String template = "TROSA_MISSBRUK";
        String query = "/followup-enablements?unit=" + NORTH + "&template=" + template;
        Await.await("the built-in templates", PATIENCE, () -> json(api.get("/followup-templates", "admin")),
                templates -> texts(templates, "code").containsAll(BUILT_IN));
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Path file = etc.resolve(FACTORY_PID + "-it-trosa.cfg");
        Path written = etc.resolve(FACTORY_PID + "-it-trosa.cfg.tmp");
        try {
            configure(written, file, template, "2031-12-31");

            JsonNode enablement = Await.await("the configuration's enablement", PATIENCE,
                    () -> json(api.get(query, "admin")), list -> list.size() == 1).get(0);
            long id = enablement.path("id").asLong();
            String admin = "/admin/followup-enablements/" + id;
            assertEquals("CONFIGURATION", enablement.path("source").asText());
            assertNotNull(enablement.path("configuration").textValue());
            assertTrue(enablement.path("configuration").asText(),
                    enablement.path("configuration").asText().startsWith(FACTORY_PID));
            assertEquals("ENABLED", enablement.path("status").asText());
            assertEquals("2031-12-31", enablement.path("to").asText());
            assertTrue(ids(api.get("/followup-enablements", NORTH_STAFF)).contains(id));
            assertFalse(ids(api.get("/followup-enablements", SOUTH_STAFF)).contains(id));

            // changed only in its configuration
            String etag = api.get("/followup-enablements/" + id, "admin").headers().firstValue("ETag").orElseThrow();
            assertProblem(api.send("PATCH", admin, "admin", "{\"to\":\"2031-06-30\"}", JSON_TYPE, "If-Match", etag),
                    409);
            assertProblem(api.send("POST", admin + "/disable", "admin", null, null, "If-Match", etag), 409);
            assertEquals(enablement, json(api.get("/followup-enablements/" + id, "admin")));

            // a changed file changes it
            configure(written, file, template, "2031-06-30");
            JsonNode changed = Await.await("the enablement changed with its configuration", PATIENCE,
                    () -> json(api.get("/followup-enablements/" + id, "admin")),
                    e -> e.path("to").asText().equals("2031-06-30"));
            assertEquals(2, changed.path("revision").asInt());
            assertEquals("CONFIGURATION", changed.path("source").asText());

            Files.delete(file);
            JsonNode disabled = Await.await("the enablement disabled with its configuration", PATIENCE,
                    () -> json(api.get("/followup-enablements/" + id, "admin")),
                    e -> e.path("status").asText().equals("DISABLED"));
            assertEquals(List.of("ENABLED", "CHANGED", "DISABLED"), texts(json(api.get("/followup-enablements/" + id
                    + "/history", "admin")), "kind"));
            assertFalse(ids(api.get("/followup-enablements", NORTH_STAFF)).contains(id));
            assertEquals(template, disabled.path("template").asText());
        } finally {
            Files.deleteIfExists(written);
            Files.deleteIfExists(file);
        }
    }

    /**
     * Writes the enablement's configuration file whole, then moves it into place (replacing an earlier one): Felix
     * FileInstall, which watches {@code etc/}, never reads half a file.
     */
    private static void configure(Path written, Path file, String template, String to) throws IOException {
        Files.writeString(written, "template = " + template + "\nunit = " + NORTH + "\nfrom = 2031-01-01\nto = " + to
                + "\n", StandardCharsets.UTF_8);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A small valid template: one client question, a baseline occasion. */
    static String template(String code, String titleSv) {
        return """
                {
                  "resourceType": "FoljaFollowUpTemplate",
                  "code": "%s",
                  "title": {"sv": "%s", "en": "Follow-up for tests"},
                  "respondents": [
                    {"role": "CLIENT", "questionnaire": {"resourceType": "Questionnaire", "status": "active",
                      "item": [{"linkId": "satisfied", "type": "boolean", "text": "Är du nöjd med stödet?"}]}}
                  ],
                  "occasions": [{"code": "baseline", "kind": "BASELINE"}]
                }
                """.formatted(code, titleSv);
    }

    /** @return a template code no earlier run in the same database used */
    static String uniqueCode(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime(), 36)).toUpperCase(Locale.ROOT);
    }

    /** @return the built-in template's document as folja-followup ships it in its jar */
    private byte[] shipped(String code) throws IOException {
        for (Bundle bundle : bundleContext.getBundles()) {
            URL entry = bundle.getEntry("templates/" + code + ".json");
            if (entry != null) {
                try (InputStream in = entry.openStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no bundle ships templates/" + code + ".json");
    }

    private static JsonNode byCode(JsonNode list, String code) {
        for (JsonNode node : list) {
            if (node.path("code").asText().equals(code)) {
                return node;
            }
        }
        throw new AssertionError(code + " is not in " + list);
    }

    private static List<Long> ids(HttpResponse<String> list) throws IOException {
        assertEquals(list.body(), 200, list.statusCode());
        return json(list).findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private static String firstErrorField(HttpResponse<String> response) throws IOException {
        return assertProblem(response, 400).path("errors").get(0).path("field").asText();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /**
     * Runs a shell command that is to be refused.
     *
     * @return what it printed, and the message of what it threw, if it threw
     */
    private String executeRefused(String command) throws Exception {
        try {
            return execute(command);
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** Runs a shell command as an administrator, as Karaf's own tests do, and returns what it printed. */
    private String execute(String command) throws Exception {
        return KarafShell.execute(sessionFactory, "it-admin", command);
    }
}
