package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.Given.assessment;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.JsonAssert.texts;
import static se.folja.itests.Registrations.entry;
import static se.folja.itests.Registrations.registration;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.MAN;
import static se.folja.itests.TestData.NORTH;
import static se.folja.itests.TestData.NORTH_STAFF;
import static se.folja.itests.TestData.SOUTH;
import static se.folja.itests.TestData.SOUTH_STAFF;
import static se.folja.itests.TestData.WOMAN;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * No write reaches another unit: a journal entry is registered, corrected and annulled only by staff of its own
 * unit, with the unit, client and planned start the journal gave it; grants and assessments stay in the units
 * of those who make them; the reference journal shows staff only their units' entries. The demo users
 * {@code staff} (BOSTOD_NORR, BOSTOD_SODER, BOSTOD_CENTRUM) and {@code staff2} (BOSTOD_VAST, BOSTOD_OST) play
 * two units' staff.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class UnitScopeIT extends AreaTest {

    static final String STAFF_UNIT = "BOSTOD_NORR";
    static final String STAFF_OTHER_UNIT = "BOSTOD_SODER";
    static final String STAFF2_UNIT = "BOSTOD_VAST";
    static final String OTHER_HEADING = "Social dokumentation";
    /** Synthetic, Luhn-valid: the south unit's client of the grant and assessment test. */
    static final String SOUTH_CLIENT = "19800612-9814";
    private static final Duration SCOPE_PATIENCE = Duration.ofSeconds(60);

    @Inject
    private EventAdmin eventAdmin;
    private Registrations registrations;

    @Before
    public void given() throws Exception {
        registrations = new Registrations(api, eventAdmin);
    }

    @Test
    public void anotherUnitsStaffCannotRegisterAnEntryWhichStaysWithItsUnit() throws Exception {
        String entryId = demoEntry("staff", STAFF_UNIT, WOMAN, "2026-11-18T09:00+01:00");
        awaitAwaiting("staff", entryId);

        // under their own unit, under the entry's, and naming none: refused, and nothing is stored
        assertProblem(registrations.register("staff2", registration(entryId, WOMAN, STAFF2_UNIT, "2026-11-18T09:00", "MAENDE",
                null)), 403);
        assertProblem(registrations.register("staff2", registration(entryId, WOMAN, STAFF_UNIT, "2026-11-18T09:00", "MAENDE",
                null)), 403);
        assertProblem(registrations.register("staff2", fromTheEntry(entryId, "MAENDE")), 403);
        assertEquals(0, json(api.get("/non-deliveries?unit=" + STAFF2_UNIT + "&from=2026-11-18&to=2026-11-18",
                "staff2")).path("total").asInt());
        assertTrue("still awaits a reason in its unit", awaitingIds("staff").contains(entryId));
        assertFalse(awaitingIds("staff2").contains(entryId));
        assertEquals("nothing written back", List.of(), demoKeywords("staff", entryId));

        // the entry's own staff still register it: unit, client and planned start come from the entry
        JsonNode stored = registrations.registered("staff", fromTheEntry(entryId, "BORTREST"));
        assertEquals(STAFF_UNIT, stored.path("unit").asText());
        assertEquals("199503159825", stored.path("client").asText());
        assertEquals("2026-11-18T09:00:00+01:00", stored.path("plannedStart").asText());
        assertEquals(List.of("Orsak: Bortrest (BORTREST)"), awaitDemoKeywords("staff", entryId));
        assertFalse(awaitingIds("staff").contains(entryId));
    }

    @Test
    public void aRegistrationThatDisagreesWithItsEntryIsRefusedNamingTheField() throws Exception {
        String entryId = demoEntry("staff", STAFF_UNIT, WOMAN, "2026-11-19T09:00+01:00");
        awaitAwaiting("staff", entryId);

        assertEquals(List.of("unit"), errorFields(registrations.register("staff", registration(entryId, WOMAN, STAFF_OTHER_UNIT,
                "2026-11-19T09:00", "BORTREST", null))));
        JsonNode client = assertProblem(registrations.register("staff", registration(entryId, MAN, STAFF_UNIT,
                "2026-11-19T09:00", "BORTREST", null)), 400);
        assertEquals(List.of("client"), texts(client.path("errors"), "field"));
        assertFalse("no personnummer in a problem", client.toString().contains("19950315"));
        assertEquals(List.of("plannedStart"), errorFields(registrations.register("staff", registration(entryId, WOMAN,
                STAFF_UNIT, "2026-11-19T10:00", "BORTREST", null))));
        assertTrue("nothing stored", awaitingIds("staff").contains(entryId));

        JsonNode stored = registrations.registered("staff", registration(entryId, WOMAN, STAFF_UNIT, "2026-11-19T08:00Z",
                "BORTREST", null));
        assertEquals("2026-11-19T09:00:00+01:00", stored.path("plannedStart").asText());
    }

    @Test
    public void onlyTheEntrysUnitCorrectsOrAnnulsItsRegistration() throws Exception {
        String entryId = demoEntry("staff", STAFF_UNIT, MAN, "2026-11-20T14:00+01:00");
        awaitAwaiting("staff", entryId);
        long id = registrations.registered("staff", fromTheEntry(entryId, "BORTREST")).path("id").asLong();
        String path = "/non-deliveries/" + id;

        assertProblem(api.send("PATCH", path, "staff2", "{\"reasonCode\":\"MAENDE\"}", JSON_TYPE, "If-Match", "\"1\""),
                403);
        assertProblem(api.send("PATCH", path, "staff2", "{\"unit\":\"" + STAFF2_UNIT + "\"}", JSON_TYPE, "If-Match",
                "\"1\""), 403);
        assertProblem(api.send("POST", path + "/annul", "staff2", "{\"reason\":\"Fel\"}", JSON_TYPE, "If-Match", "\"1\""),
                403);
        // not even the entry's staff move it to another of their units, or to another client or time
        assertEquals(List.of("unit"), errorFields(api.send("PATCH", path, "staff", "{\"unit\":\"" + STAFF_OTHER_UNIT
                + "\"}", JSON_TYPE, "If-Match", "\"1\"")));
        assertEquals(List.of("client"), errorFields(api.send("PATCH", path, "staff", "{\"client\":\"" + WOMAN + "\"}",
                JSON_TYPE, "If-Match", "\"1\"")));
        assertEquals(List.of("plannedStart"), errorFields(api.send("PATCH", path, "staff",
                "{\"plannedStart\":\"2026-11-20T15:00\"}", JSON_TYPE, "If-Match", "\"1\"")));
        assertEquals(1, json(api.get(path + "/history", "staff")).size());
        assertEquals(STAFF_UNIT, json(api.get(path, "staff")).path("unit").asText());

        HttpResponse<String> annulled = api.send("POST", path + "/annul", "staff", "{\"reason\":\"Dubbelregistrerad\"}",
                JSON_TYPE, "If-Match", "\"1\"");
        assertEquals(annulled.body(), 200, annulled.statusCode());
    }

    @Test
    public void anEntryTheJournalHasNotAnnouncedIsNotRegistered() throws Exception {
        String unknown = "UNANNOUNCED-" + System.nanoTime();
        JsonNode problem = assertProblem(registrations.register("staff", registration(unknown, WOMAN, STAFF_UNIT,
                "2026-11-21T09:00", "BORTREST", null)), 409);
        assertTrue(problem.toString(), problem.path("detail").asText().contains("journalEntryId"));
        assertProblem(registrations.register("staff2", registration(unknown, WOMAN, STAFF_UNIT, "2026-11-21T09:00", "BORTREST",
                null)), 403);
        assertEquals(0, json(api.get("/non-deliveries?unit=" + STAFF_UNIT + "&from=2026-11-21&to=2026-11-21", "staff"))
                .path("total").asInt());
    }

    @Test
    public void grantsAndAssessmentsOfAnotherUnitAreRefused() throws Exception {
        // a client of the south unit's own, granted for a period no other test counts
        String grant = "{\"client\":\"" + SOUTH_CLIENT + "\",\"unit\":\"" + SOUTH + "\",\"interventionType\":"
                + "\"BOENDESTOD\",\"sessionsPerWeek\":1,\"validFrom\":\"2025-05-05\",\"validTo\":\"2025-05-31\"}";
        assertProblem(api.send("POST", "/grants", NORTH_STAFF, grant, JSON_TYPE), 403);
        HttpResponse<String> granted = api.send("POST", "/grants", SOUTH_STAFF, grant, JSON_TYPE);
        assertEquals(granted.body(), 201, granted.statusCode());
        long grantId = json(granted).path("id").asLong();
        assertProblem(api.send("POST", "/grants/" + grantId + "/end", NORTH_STAFF, "{\"validTo\":\"2025-05-20\"}",
                JSON_TYPE, "If-Match", "\"1\""), 403);
        assertProblem(api.get("/grants/" + grantId, NORTH_STAFF), 403);
        assertEquals(1, json(api.get("/grants/" + grantId, SOUTH_STAFF)).path("version").asInt());

        Given.testCodeListLoaded(api);
        String need = "{\"icf\":\"d610\",\"qualifier\":2}";
        assertProblem(api.send("POST", "/assessments", NORTH_STAFF, assessment(SOUTH_CLIENT, SOUTH, "2025-05-06", need),
                JSON_TYPE), 403);
        HttpResponse<String> recorded = api.send("POST", "/assessments", SOUTH_STAFF, assessment(SOUTH_CLIENT, SOUTH,
                "2025-05-06", need), JSON_TYPE);
        assertEquals(recorded.body(), 201, recorded.statusCode());
        String path = "/assessments/" + json(recorded).path("id").asLong();
        assertProblem(api.send("PUT", path, NORTH_STAFF, assessment(SOUTH_CLIENT, NORTH, "2025-05-07", need), JSON_TYPE,
                "If-Match", "\"1\""), 403);
        assertProblem(api.send("PUT", path, NORTH_STAFF, assessment(SOUTH_CLIENT, SOUTH, "2025-05-07", need), JSON_TYPE,
                "If-Match", "\"1\""), 403);
        assertProblem(api.send("PUT", path, SOUTH_STAFF, assessment(SOUTH_CLIENT, NORTH, "2025-05-07", need), JSON_TYPE,
                "If-Match", "\"1\""), 403);
        assertEquals(1, json(api.get(path, SOUTH_STAFF)).path("version").asInt());
    }

    @Test
    public void theReferenceJournalShowsStaffOnlyTheirUnitsEntries() throws Exception {
        // under another heading: Följa ignores them, and no unit's list of entries awaiting a reason grows
        String northern = demoEntry("staff", STAFF_UNIT, WOMAN, "2026-11-22T09:00+01:00", OTHER_HEADING);
        String western = demoEntry("staff2", STAFF2_UNIT, MAN, "2026-11-22T10:00+01:00", OTHER_HEADING);

        List<String> seenByStaff2 = texts(json(api.get("/demo-journal/entries", "staff2")), "id");
        assertTrue(seenByStaff2.contains(western));
        assertFalse(seenByStaff2.contains(northern));
        assertTrue(units(json(api.get("/demo-journal/entries", "staff2"))).stream()
                .allMatch(u -> u.equals(STAFF2_UNIT) || u.equals("BOSTOD_OST")));
        assertProblem(api.get("/demo-journal/entries/" + northern, "staff2"), 403);
        assertProblem(api.get("/demo-journal/entries?unit=" + STAFF_UNIT, "staff2"), 403);
        assertProblem(api.send("POST", "/demo-journal/entries", "staff2", "{\"unit\":\"" + STAFF_UNIT
                + "\",\"client\":\"" + WOMAN + "\",\"text\":\"x\"}", JSON_TYPE), 403);
        assertEquals("199503159825", json(api.get("/demo-journal/entries/" + northern, "staff")).path("client")
                .asText());

        // an administrator follows every unit's entries and write-backs, without the personnummer and the text
        JsonNode all = json(api.get("/demo-journal/entries", "admin"));
        assertTrue(texts(all, "id").containsAll(List.of(northern, western)));
        for (JsonNode entry : all) {
            assertTrue(entry.toString(), noClient(entry));
        }
        assertTrue(noClient(json(api.get("/demo-journal/entries/" + northern, "admin"))));
        assertProblem(api.send("POST", "/demo-journal/entries", "admin", "{\"unit\":\"" + STAFF_UNIT
                + "\",\"text\":\"x\"}", JSON_TYPE), 403);
        assertProblem(api.get("/demo-journal/entries", "statistician"), 403);
    }

    // ---- helpers ----

    /** A registration that names only the entry, the type and the reason: the rest comes from the entry. */
    static String fromTheEntry(String entryId, String reason) {
        return "{\"journalEntryId\":\"" + entryId + "\",\"interventionType\":\"BOENDESTOD\",\"reasonCode\":\""
                + reason + "\"}";
    }

    String demoEntry(String user, String unit, String client, String plannedStart) throws Exception {
        return demoEntry(user, unit, client, plannedStart, "Ej genomförda insatser");
    }

    String demoEntry(String user, String unit, String client, String plannedStart, String heading)
            throws Exception {
        HttpResponse<String> created = api.send("POST", "/demo-journal/entries", user, "{\"unit\":\"" + unit
                + "\",\"client\":\"" + client + "\",\"plannedStart\":\"" + plannedStart + "\",\"heading\":\""
                + heading + "\",\"text\":\"Besöket blev inte av\"}", JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        return json(created).path("id").asText();
    }

    List<String> awaitingIds(String user) throws Exception {
        return texts(json(api.get("/pending-entries?limit=1000", user)).path("items"), "journalEntryId");
    }

    void awaitAwaiting(String user, String entryId) throws Exception {
        Await.await("entry " + entryId + " awaits a reason for " + user, SCOPE_PATIENCE, () -> awaitingIds(user),
                ids -> ids.contains(entryId));
    }

    List<String> demoKeywords(String user, String entryId) throws Exception {
        return texts(json(api.get("/demo-journal/entries/" + entryId, user)).path("keywords"));
    }

    /** @return the entry's keywords once it has any */
    List<String> awaitDemoKeywords(String user, String entryId) throws Exception {
        return Await.await("keywords on entry " + entryId, SCOPE_PATIENCE, () -> demoKeywords(user, entryId),
                keywords -> !keywords.isEmpty());
    }

    static List<String> errorFields(HttpResponse<String> response) throws Exception {
        JsonNode problem = assertProblem(response, 400);
        assertNotNull(problem);
        return texts(problem.path("errors"), "field");
    }

    static boolean noClient(JsonNode entry) {
        return absent(entry.path("client")) && absent(entry.path("text"));
    }

    static boolean absent(JsonNode value) {
        return value.isNull() || value.isMissingNode();
    }

    static List<String> units(JsonNode entries) {
        return texts(entries, "unit");
    }
}
