package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.Api.API;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.JsonAssert.texts;
import static se.folja.itests.TestData.FOLLOW_UP;
import static se.folja.itests.TestData.FOLLOW_UP_STAFF;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.SOUTH_STAFF;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Enrolments, their occasions and responses over HTTP: a template enabled for the tests' unit, proposals drawn from
 * grants by the template's population (the 3-months-to-2-years rule), enrolments confirmed from them or made by hand,
 * due occasions per unit and per member of staff, responses as each role of the social samvaro template and an ORS
 * baseline with their corrections, marks of entered in error and reading back as FHIR, ending and annulling; and
 * nobody but the unit's staff seeing any of it. Everything happens in {@value TestData#FOLLOW_UP} (member
 * {@value TestData#FOLLOW_UP_STAFF}), with clients of its own, so the demo's figures and other areas' counts are
 * untouched; {@code it-south} plays the staff of another unit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EnrolmentIT extends AreaTest {

    private static final String SAMVARO = "ALDREOMSORG_SOCIAL_SAMVARO";
    private static final String FHIR_JSON = "application/fhir+json";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String STAFF = FOLLOW_UP_STAFF;

    /** Synthetic clients of this class only (Luhn-valid numbers of people born around 1940). */
    private static final String RUNNING_FOUR_MONTHS = pnr("400312919");
    private static final String RUNNING_ONE_MONTH = pnr("410521919");
    private static final String RUNNING_THREE_YEARS = pnr("391130919");
    private static final String RUNNING_CHAINED = pnr("420708919");
    private static final String OTHER_TYPE = pnr("380814919");
    private static final String ORS_CLIENT = pnr("411203919");
    private static final String ORS_OTHER = pnr("400123919");

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    @Test
    public void proposalsFollowTheRunningTimeAndConfirmedEnrolmentsAreAnsweredByEachRoleSeenByTheUnitOnly()
            throws Exception {
        enable(SAMVARO);
        LocalDate today = today();
        long proposed = grant(RUNNING_FOUR_MONTHS, "HEMTJANST_SOCIAL_SAMVARO", today.minusMonths(4), null);
        grant(RUNNING_ONE_MONTH, "HEMTJANST_SOCIAL_SAMVARO", today.minusMonths(1), null);
        grant(RUNNING_THREE_YEARS, "HEMTJANST_SOCIAL_SAMVARO", today.minusYears(3), null);
        grant(OTHER_TYPE, "BOENDESTOD", today.minusMonths(6), null);
        // two months now, continuing without a gap a grant of ten months ago: the intervention has run ten months
        grant(RUNNING_CHAINED, "HEMTJANST_SOCIAL_SAMVARO", today.minusMonths(10), today.minusMonths(2).minusDays(1));
        long chained = grant(RUNNING_CHAINED, "HEMTJANST_SOCIAL_SAMVARO", today.minusMonths(2), null);

        String proposals = "/followup-proposals?unit=" + FOLLOW_UP + "&template=" + SAMVARO;
        JsonNode listed = json(ok(api.get(proposals, STAFF)));
        List<String> clients = texts(listed, "client");
        assertTrue(listed.toString(), clients.contains(digits(RUNNING_FOUR_MONTHS)));
        assertTrue(listed.toString(), clients.contains(digits(RUNNING_CHAINED)));
        assertFalse("less than 3 months", clients.contains(digits(RUNNING_ONE_MONTH)));
        assertFalse("more than 2 years", clients.contains(digits(RUNNING_THREE_YEARS)));
        assertFalse("another intervention type", clients.contains(digits(OTHER_TYPE)));
        JsonNode fourMonths = byField(listed, "client", digits(RUNNING_FOUR_MONTHS));
        assertEquals(proposed, fourMonths.path("grant").asLong());
        assertEquals(today.minusMonths(4).toString(), fourMonths.path("runningSince").asText());
        assertEquals("HEMTJANST_SOCIAL_SAMVARO", fourMonths.path("interventionType").asText());
        JsonNode tenMonths = byField(listed, "client", digits(RUNNING_CHAINED));
        assertEquals(chained, tenMonths.path("grant").asLong());
        assertEquals(today.minusMonths(10).toString(), tenMonths.path("runningSince").asText());
        assertEquals("template", firstErrorField(api.get("/followup-proposals?unit=" + FOLLOW_UP + "&template=ORS_NOT",
                STAFF)));

        // confirmed from the proposal: it leaves the proposals
        HttpResponse<String> created = api.send("POST", "/enrolments", STAFF, "{\"template\":\"" + SAMVARO
                + "\",\"unit\":\"" + FOLLOW_UP + "\",\"client\":\"" + RUNNING_FOUR_MONTHS + "\",\"grant\":" + proposed
                + ",\"responsible\":\"" + STAFF + "\"}", JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode enrolment = json(created);
        long id = enrolment.path("id").asLong();
        String path = "/enrolments/" + id;
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(API + path));
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElse(""));
        assertEquals(digits(RUNNING_FOUR_MONTHS), enrolment.path("client").asText());
        assertEquals(proposed, enrolment.path("grant").asLong());
        assertEquals(today.toString(), enrolment.path("start").asText());
        assertEquals("ONGOING", enrolment.path("status").asText());
        assertFalse(texts(json(ok(api.get(proposals, STAFF))), "client").contains(digits(RUNNING_FOUR_MONTHS)));
        assertProblem(api.send("POST", "/enrolments", STAFF, "{\"template\":\"" + SAMVARO + "\",\"unit\":\""
                + FOLLOW_UP + "\",\"client\":\"" + RUNNING_FOUR_MONTHS + "\"}", JSON_TYPE), 409);
        assertEquals(List.of("client", "grant"), texts(assertProblem(api.send("POST", "/enrolments", STAFF,
                "{\"template\":\"" + SAMVARO + "\",\"unit\":\"" + FOLLOW_UP + "\",\"client\":\"19400312-1230\","
                        + "\"grant\":" + proposed + "}", JSON_TYPE), 400).path("errors"), "field"));

        // the occasion is due for each role; each answers once
        String due = "/occasions/due?unit=" + FOLLOW_UP;
        JsonNode occasion = dueOf(json(ok(api.get(due, STAFF))), id, "follow-up");
        assertEquals(today.toString(), occasion.path("due").asText());
        assertEquals(List.of("CASE_OFFICER", "PROVIDER", "CLIENT"), JsonAssert.texts(occasion.path("unanswered")));
        assertFalse(occasion.path("overdue").asBoolean());

        // wrong answers, each named by its linkId, and nothing stored: not interviewed, the reason why is required,
        // and the interview's questions are not asked
        JsonNode refused = assertProblem(api.send("POST", path + "/responses", STAFF, response("follow-up", "CLIENT",
                "{\"linkId\":\"ku-intervjuad\",\"answer\":[{\"valueBoolean\":false}]},"
                        + "{\"linkId\":\"intervju\",\"item\":[{\"linkId\":\"ku-nojd\",\"answer\":"
                        + "[{\"valueBoolean\":true}]}]}"), JSON_TYPE), 400);
        assertEquals(List.of("item[ku-ej-intervjuad-orsak]", "item[ku-nojd]"), sortedFields(refused));
        assertEquals(0, json(ok(api.get("/responses?enrolment=" + id, STAFF))).path("total").asInt());

        List<Long> answered = new ArrayList<>();
        for (String[] role : List.of(new String[] {"CASE_OFFICER", CASE_OFFICER}, new String[] {"PROVIDER", PROVIDER},
                new String[] {"CLIENT", CLIENT})) {
            HttpResponse<String> submitted = api.send("POST", path + "/responses", STAFF,
                    response("follow-up", role[0], role[1]), JSON_TYPE);
            assertEquals(role[0] + ": " + submitted.body(), 201, submitted.statusCode());
            JsonNode stored = json(submitted);
            assertEquals(role[0], stored.path("role").asText());
            assertTrue(submitted.headers().firstValue("Location").orElse("")
                    .endsWith(API + "/responses/" + stored.path("id").asLong()));
            answered.add(stored.path("id").asLong());
        }
        assertProblem(api.send("POST", path + "/responses", STAFF, response("follow-up", "CLIENT", CLIENT), JSON_TYPE),
                409);
        assertFalse("every role answered", dueIds(json(ok(api.get(due, STAFF)))).contains(id));
        JsonNode responses = json(ok(api.get("/responses?enrolment=" + id, STAFF)));
        assertEquals(3, responses.path("total").asInt());
        JsonNode client = json(ok(api.get("/responses/" + answered.get(2), STAFF)));
        assertEquals(List.of("true"), values(client, "ku-intervjuad"));
        assertEquals(List.of("SAMTAL", "ANNAT"), values(client, "ku-aktiviteter"));
        assertEquals(List.of("Bakar bullar"), values(client, "ku-aktiviteter-annat"));

        // another unit's staff see nothing, administrators and statisticians reach no client data
        assertFalse(json(ok(api.get("/enrolments?limit=1000", SOUTH_STAFF))).toString()
                .contains(digits(RUNNING_FOUR_MONTHS)));
        assertEquals(0, json(ok(api.get("/responses?enrolment=" + id, SOUTH_STAFF))).path("total").asInt());
        assertProblem(api.get(path, SOUTH_STAFF), 403);
        assertProblem(api.get(path + "/history", SOUTH_STAFF), 403);
        assertProblem(api.get("/responses/" + answered.get(0), SOUTH_STAFF), 403);
        assertProblem(api.send("POST", path + "/responses", SOUTH_STAFF, response("follow-up", "CLIENT", CLIENT),
                JSON_TYPE), 403);
        assertProblem(api.get("/enrolments?unit=" + FOLLOW_UP, SOUTH_STAFF), 403);
        assertProblem(api.get(proposals, SOUTH_STAFF), 403);
        assertProblem(api.get(due, SOUTH_STAFF), 403);
        assertEquals(403, api.get("/fhir/QuestionnaireResponse/" + answered.get(0), SOUTH_STAFF).statusCode());
        for (String user : List.of("admin", "statistician")) {
            assertProblem(api.get("/enrolments", user), 403);
            assertProblem(api.get(path, user), 403);
            assertProblem(api.get(proposals, user), 403);
            assertProblem(api.get(due, user), 403);
            assertProblem(api.get("/responses/" + answered.get(0), user), 403);
            assertProblem(api.send("POST", "/enrolments", user, "{\"template\":\"" + SAMVARO + "\",\"unit\":\""
                    + FOLLOW_UP + "\",\"client\":\"" + RUNNING_CHAINED + "\"}", JSON_TYPE), 403);
            HttpResponse<String> fhir = api.get("/fhir/QuestionnaireResponse/" + answered.get(0), user);
            assertEquals(403, fhir.statusCode());
            assertEquals("OperationOutcome", json(fhir).path("resourceType").asText());
        }
        assertEquals("one proposal per client", 1, texts(json(ok(api.get(proposals, STAFF))), "client").stream()
                .filter(c -> c.equals(digits(RUNNING_CHAINED))).count());
    }

    @Test
    public void anOrsBaselineIsCorrectedWithHistoryEnteredInErrorReadAsFhirAndTheEndOccasionFallsDue()
            throws Exception {
        JsonNode enablement = enable("ORS");
        int version = enablement.path("version").asInt();
        long mine = enrol(ORS_CLIENT, STAFF);
        long theirs = enrol(ORS_OTHER, "it-colleague");

        // the baseline falls due on the first day: for the unit, and for the member of staff who follows it
        assertTrue(dueIds(json(ok(api.get("/occasions/due?unit=" + FOLLOW_UP, STAFF)))).containsAll(List.of(mine,
                theirs)));
        List<Long> myOwn = dueIds(json(ok(api.get("/occasions/due?responsible=me", STAFF))));
        assertTrue(myOwn.contains(mine));
        assertFalse(myOwn.contains(theirs));
        assertEquals(List.of(theirs), dueIds(json(ok(api.get("/occasions/due?responsible=it-colleague", STAFF)))));
        assertTrue(ids(json(ok(api.get("/enrolments?template=ORS&responsible=me", STAFF)))).contains(mine));
        assertFalse(ids(json(ok(api.get("/enrolments?template=ORS&responsible=me", STAFF)))).contains(theirs));

        String baseline = "/enrolments/" + mine + "/responses";
        JsonNode refused = assertProblem(api.send("POST", baseline, STAFF, response("baseline", "CLIENT",
                ors("11", "5", "5.5", "4.25")), JSON_TYPE), 400);
        assertEquals(List.of("item[ors-general]", "item[ors-individual]"), sortedFields(refused));
        assertEquals(0, json(ok(api.get("/responses?enrolment=" + mine + "&includeEnteredInError=true", STAFF)))
                .path("total").asInt());

        HttpResponse<String> submitted = api.send("POST", baseline, STAFF, response("baseline", "CLIENT",
                ors("6.5", "5", "5.5", "4.2")), JSON_TYPE);
        assertEquals(submitted.body(), 201, submitted.statusCode());
        long id = json(submitted).path("id").asLong();
        String path = "/responses/" + id;
        JsonNode read = json(ok(api.get(path, STAFF)));
        assertEquals("\"1\"", api.get(path, STAFF).headers().firstValue("ETag").orElse(""));
        assertEquals("https://folja.se/fhir/Questionnaire/ORS-client|" + version, read.path("questionnaire").asText());
        assertEquals(List.of("6.5"), values(read, "ors-individual"));
        assertEquals(6.5, read.path("answers").get(0).path("values").get(0).path("valueDecimal").asDouble(), 0);
        assertFalse(dueOccasions(mine, "baseline"));

        // corrected with the ETag read last: a stale one changes nothing; the history keeps both
        String corrected = "{\"questionnaireResponse\":" + qr(ors("7", "5", "5.5", "4.2")) + "}";
        assertProblem(api.send("PUT", path, STAFF, corrected, JSON_TYPE), 428);
        HttpResponse<String> correction = api.send("PUT", path, STAFF, corrected, JSON_TYPE, "If-Match", "\"1\"");
        assertEquals(correction.body(), 200, correction.statusCode());
        assertEquals("\"2\"", correction.headers().firstValue("ETag").orElse(""));
        assertProblem(api.send("PUT", path, STAFF, corrected, JSON_TYPE, "If-Match", "\"1\""), 409);
        JsonNode history = json(ok(api.get(path + "/history", STAFF)));
        assertEquals(List.of("SUBMITTED", "CORRECTED"), texts(history, "kind"));
        assertEquals(List.of("6.5"), values(history.get(0).path("state"), "ors-individual"));
        assertEquals(List.of("7"), values(history.get(1).path("state"), "ors-individual"));
        assertEquals(List.of(STAFF, STAFF), texts(history, "changedBy"));

        // the same response as FHIR, read and found by its questionnaire
        HttpResponse<String> fhir = api.get("/fhir/QuestionnaireResponse/" + id, STAFF);
        assertEquals(fhir.body(), 200, fhir.statusCode());
        assertEquals(FHIR_JSON, fhir.headers().firstValue("Content-Type").orElse("").split(";")[0].trim());
        JsonNode qr = json(fhir);
        assertEquals("QuestionnaireResponse", qr.path("resourceType").asText());
        assertEquals(Long.toString(id), qr.path("id").asText());
        assertEquals("2", qr.path("meta").path("versionId").asText());
        assertEquals("https://folja.se/fhir/Questionnaire/ORS-client|" + version, qr.path("questionnaire").asText());
        assertEquals("completed", qr.path("status").asText());
        assertEquals(digits(ORS_CLIENT), qr.path("subject").path("identifier").path("value").asText());
        assertEquals(today().toString(), qr.path("authored").asText());
        assertEquals(List.of("ors-individual", "ors-relations", "ors-social", "ors-general"),
                texts(qr.path("item"), "linkId"));
        assertEquals(7, qr.path("item").get(0).path("answer").get(0).path("valueDecimal").asDouble(), 0);
        JsonNode bundle = json(ok(api.get("/fhir/QuestionnaireResponse?questionnaire="
                + URLEncoder.encode("https://folja.se/fhir/Questionnaire/ORS-client|" + version, StandardCharsets.UTF_8)
                + "&_count=1000", STAFF)));
        assertEquals("searchset", bundle.path("type").asText());
        assertTrue(bundle.toString(), bundle.path("entry").findValues("id").stream()
                .anyMatch(v -> v.asText().equals(Long.toString(id))));
        JsonNode missing = json(api.get("/fhir/QuestionnaireResponse/999999999", STAFF));
        assertEquals("OperationOutcome", missing.path("resourceType").asText());
        assertEquals("not-found", missing.path("issue").get(0).path("code").asText());

        // entered in error: kept with its history, out of the list, and the baseline is open again
        assertProblem(api.send("POST", path + "/entered-in-error", STAFF, "{\"reason\":\"Fel brukare\"}", JSON_TYPE),
                428);
        assertEquals("reason", firstErrorField(api.send("POST", path + "/entered-in-error", STAFF, "{}", JSON_TYPE,
                "If-Match", "\"2\"")));
        HttpResponse<String> marked = api.send("POST", path + "/entered-in-error", STAFF,
                "{\"reason\":\"Fel brukare\"}", JSON_TYPE, "If-Match", "\"2\"");
        assertEquals(marked.body(), 200, marked.statusCode());
        assertEquals("ENTERED_IN_ERROR", json(marked).path("status").asText());
        assertEquals(0, json(ok(api.get("/responses?enrolment=" + mine, STAFF))).path("total").asInt());
        assertEquals(1, json(ok(api.get("/responses?enrolment=" + mine + "&includeEnteredInError=true", STAFF)))
                .path("total").asInt());
        assertEquals(List.of("SUBMITTED", "CORRECTED", "ENTERED_IN_ERROR"),
                texts(json(ok(api.get(path + "/history", STAFF))), "kind"));
        assertEquals("entered-in-error", json(ok(api.get("/fhir/QuestionnaireResponse/" + id, STAFF)))
                .path("status").asText());
        assertTrue(dueOccasions(mine, "baseline"));
        HttpResponse<String> again = api.send("POST", baseline, STAFF, response("baseline", "CLIENT",
                ors("6", "6", "6", "6")), JSON_TYPE);
        assertEquals(again.body(), 201, again.statusCode());

        // ended: the end occasion falls due
        String enrolment = "/enrolments/" + mine;
        assertProblem(api.send("POST", enrolment + "/end", STAFF, "{\"end\":\"" + today() + "\",\"reason\":\"COMPLETED\"}",
                JSON_TYPE), 428);
        assertEquals("reason", firstErrorField(api.send("POST", enrolment + "/end", STAFF, "{\"end\":\"" + today()
                + "\",\"reason\":\"FINISHED\"}", JSON_TYPE, "If-Match", "\"1\"")));
        HttpResponse<String> ended = api.send("POST", enrolment + "/end", STAFF, "{\"end\":\"" + today()
                + "\",\"reason\":\"COMPLETED\"}", JSON_TYPE, "If-Match", "\"1\"");
        assertEquals(ended.body(), 200, ended.statusCode());
        assertEquals("ENDED", json(ended).path("status").asText());
        assertEquals("COMPLETED", json(ended).path("endReason").asText());
        assertTrue("the end occasion is due once ended", dueOccasions(mine, "end"));

        // the colleague's enrolment: assigned, then annulled (kept, with its history; nothing falls due)
        String other = "/enrolments/" + theirs;
        HttpResponse<String> assigned = api.send("POST", other + "/assign", STAFF, "{\"responsible\":\"" + STAFF
                + "\"}", JSON_TYPE, "If-Match", "\"1\"");
        assertEquals(assigned.body(), 200, assigned.statusCode());
        assertEquals(STAFF, json(assigned).path("responsible").asText());
        assertProblem(api.send("POST", other + "/annul", STAFF, "{\"reason\":\"Fel brukare\"}", JSON_TYPE,
                "If-Match", "\"1\""), 409);
        HttpResponse<String> annulled = api.send("POST", other + "/annul", STAFF, "{\"reason\":\"Fel brukare\"}",
                JSON_TYPE, "If-Match", "\"2\"");
        assertEquals(annulled.body(), 200, annulled.statusCode());
        assertEquals("ANNULLED", json(annulled).path("status").asText());
        assertEquals(List.of("ENROLLED", "ASSIGNED", "ANNULLED"), texts(json(ok(api.get(other + "/history", STAFF))),
                "kind"));
        assertFalse(dueIds(json(ok(api.get("/occasions/due?unit=" + FOLLOW_UP, STAFF)))).contains(theirs));
        assertFalse(ids(json(ok(api.get("/enrolments?unit=" + FOLLOW_UP + "&limit=1000", STAFF)))).contains(theirs));
        assertTrue(ids(json(ok(api.get("/enrolments?status=ANNULLED&limit=1000", STAFF)))).contains(theirs));
        assertProblem(api.send("POST", "/enrolments/" + theirs + "/responses", STAFF, response("baseline", "CLIENT",
                ors("6", "6", "6", "6")), JSON_TYPE), 409);
    }

    // ---------------------------------------------------------------- the answers

    private static final String CASE_OFFICER = String.join(",",
            "{\"linkId\":\"ha-ansokan\",\"answer\":[{\"valueString\":\"Vill träffa andra.\"}]}",
            "{\"linkId\":\"ha-ansokte-social-samvaro\",\"answer\":[{\"valueBoolean\":true}]}",
            "{\"linkId\":\"ha-annat-satt-utrett\",\"answer\":[{\"valueBoolean\":true}]}",
            "{\"linkId\":\"ha-annat-satt\",\"answer\":[{\"valueCoding\":{\"code\":\"DAGVERKSAMHET\"}}]}",
            "{\"linkId\":\"ha-livsomraden\",\"answer\":[{\"valueCoding\":{\"code\":\"D7\"}}]}",
            "{\"linkId\":\"ha-uppfoljd\",\"answer\":[{\"valueBoolean\":true}]}",
            "{\"linkId\":\"ha-mal-uppfyllt\",\"answer\":[{\"valueCoding\":{\"code\":\"DELVIS\"}}]}");
    private static final String PROVIDER = String.join(",",
            "{\"linkId\":\"km-plan-social-samvaro\",\"answer\":[{\"valueBoolean\":false}]}",
            "{\"linkId\":\"km-hur-vet-ni\",\"answer\":[{\"valueString\":\"Vi frågar vid varje besök.\"}]}",
            "{\"linkId\":\"km-kund-delaktig\",\"answer\":[{\"valueBoolean\":true}]}",
            "{\"linkId\":\"km-plan-uppfoljd\",\"answer\":[{\"valueBoolean\":false}]}",
            "{\"linkId\":\"km-beslut-uppfoljt\",\"answer\":[{\"valueBoolean\":false}]}");
    private static final String CLIENT = String.join(",",
            "{\"linkId\":\"ku-intervjuad\",\"answer\":[{\"valueBoolean\":true}]}",
            "{\"linkId\":\"intervju\",\"item\":["
                    + "{\"linkId\":\"ku-aktiviteter\",\"answer\":[{\"valueCoding\":{\"code\":\"SAMTAL\"}},"
                    + "{\"valueCoding\":{\"code\":\"ANNAT\"}}]},"
                    + "{\"linkId\":\"ku-aktiviteter-annat\",\"answer\":[{\"valueString\":\"Bakar bullar\"}]},"
                    + "{\"linkId\":\"ku-som-tankt\",\"answer\":[{\"valueCoding\":{\"code\":\"JA\"}}]},"
                    + "{\"linkId\":\"ku-nojd\",\"answer\":[{\"valueBoolean\":true}]},"
                    + "{\"linkId\":\"ku-samma-person\",\"answer\":[{\"valueCoding\":{\"code\":\"SAMMA\"}}]},"
                    + "{\"linkId\":\"ku-skillnad\",\"answer\":[{\"valueCoding\":{\"code\":\"INGEN\"}}]}]}");

    private static String ors(String individual, String relations, String social, String general) {
        return "{\"linkId\":\"ors-individual\",\"answer\":[{\"valueDecimal\":" + individual + "}]},"
                + "{\"linkId\":\"ors-relations\",\"answer\":[{\"valueDecimal\":" + relations + "}]},"
                + "{\"linkId\":\"ors-social\",\"answer\":[{\"valueDecimal\":" + social + "}]},"
                + "{\"linkId\":\"ors-general\",\"answer\":[{\"valueDecimal\":" + general + "}]}";
    }

    private static String qr(String items) {
        return "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[" + items + "]}";
    }

    private static String response(String occasion, String role, String items) {
        return "{\"occasion\":\"" + occasion + "\",\"role\":\"" + role + "\",\"questionnaireResponse\":" + qr(items)
                + "}";
    }

    // ---------------------------------------------------------------- helpers

    /** Enables the template for the tests' unit from today, as an administrator. */
    private JsonNode enable(String template) throws Exception {
        Await.await("the built-in templates", PATIENCE, () -> json(api.get("/followup-templates", "admin")),
                templates -> texts(templates, "code").contains(template));
        HttpResponse<String> enabled = api.send("POST", "/admin/followup-enablements", "admin", "{\"template\":\""
                + template + "\",\"unit\":\"" + FOLLOW_UP + "\"}", JSON_TYPE);
        assertEquals(enabled.body(), 201, enabled.statusCode());
        return json(enabled);
    }

    /** The grants a test made, with their ETags, annulled when it ends ({@link #grantsCountNowhere}). */
    private final java.util.Map<Long, String> grants = new java.util.LinkedHashMap<>();

    private long grant(String client, String type, LocalDate from, LocalDate to) throws Exception {
        HttpResponse<String> granted = api.send("POST", "/grants", STAFF, "{\"client\":\"" + client + "\",\"unit\":\""
                + FOLLOW_UP + "\",\"interventionType\":\"" + type + "\",\"sessionsPerWeek\":2,\"validFrom\":\"" + from
                + "\"" + (to == null ? "" : ",\"validTo\":\"" + to + "\"") + "}", JSON_TYPE);
        assertEquals(granted.body(), 201, granted.statusCode());
        long id = json(granted).path("id").asLong();
        grants.put(id, granted.headers().firstValue("ETag").orElseThrow());
        return id;
    }

    /**
     * Annuls the grants the test made: a grant that has run three months today was valid in September and October
     * 2026, the demo's months, whose figures over every unit (the README's summary) other tests assert. An annulled
     * grant counts nowhere; the enrolments confirmed from them stay.
     */
    @After
    public void grantsCountNowhere() throws Exception {
        for (java.util.Map.Entry<Long, String> grant : grants.entrySet()) {
            HttpResponse<String> annulled = api.send("POST", "/grants/" + grant.getKey() + "/annul", STAFF,
                    "{\"reason\":\"Testdata\"}", JSON_TYPE, "If-Match", grant.getValue());
            assertEquals(annulled.body(), 200, annulled.statusCode());
        }
        grants.clear();
    }

    private long enrol(String client, String responsible) throws Exception {
        HttpResponse<String> created = api.send("POST", "/enrolments", STAFF, "{\"template\":\"ORS\",\"unit\":\""
                + FOLLOW_UP + "\",\"client\":\"" + client + "\",\"responsible\":\"" + responsible + "\"}", JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        return json(created).path("id").asLong();
    }

    /** @return whether the enrolment's occasion is listed as due for the unit */
    private boolean dueOccasions(long enrolment, String occasion) throws Exception {
        for (JsonNode due : json(ok(api.get("/occasions/due?unit=" + FOLLOW_UP, STAFF)))) {
            if (due.path("enrolment").asLong() == enrolment && due.path("occasion").asText().equals(occasion)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode dueOf(JsonNode due, long enrolment, String occasion) {
        for (JsonNode d : due) {
            if (d.path("enrolment").asLong() == enrolment && d.path("occasion").asText().equals(occasion)) {
                return d;
            }
        }
        throw new AssertionError("enrolment " + enrolment + " " + occasion + " is not due: " + due);
    }

    private static List<Long> dueIds(JsonNode due) {
        return due.findValues("enrolment").stream().map(JsonNode::asLong).toList();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(e -> ids.add(e.path("id").asLong()));
        return ids;
    }

    /** @return the values given to a question of a response, as text */
    private static List<String> values(JsonNode response, String linkId) {
        List<String> values = new ArrayList<>();
        for (JsonNode answer : response.path("answers")) {
            if (answer.path("linkId").asText().equals(linkId)) {
                for (JsonNode value : answer.path("values")) {
                    JsonNode v = value.elements().next();
                    values.add(v.isObject() ? v.path("code").asText() : v.asText());
                }
            }
        }
        return values;
    }

    private static JsonNode byField(JsonNode list, String field, String value) {
        for (JsonNode node : list) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError(value + " is not in " + list);
    }

    private static List<String> sortedFields(JsonNode problem) {
        return texts(problem.path("errors"), "field").stream().distinct().sorted().toList();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return response;
    }

    private static String firstErrorField(HttpResponse<String> response) throws Exception {
        return assertProblem(response, 400).path("errors").get(0).path("field").asText();
    }

    /** @return the number written yyyymmdd-nnnc, with its Luhn check digit, from the nine digits yymmddnnn */
    static String pnr(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        int check = (10 - sum % 10) % 10;
        return "19" + nineDigits.substring(0, 6) + "-" + nineDigits.substring(6) + check;
    }

    private static String digits(String pnr) {
        return pnr.replace("-", "");
    }
}
