package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.codes;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.JsonAssert.texts;
import static se.folja.itests.Registrations.entry;
import static se.folja.itests.Registrations.registration;
import static se.folja.itests.TestData.HYPHENATED;
import static se.folja.itests.TestData.HYPHENATED_STAFF;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.NORTH;
import static se.folja.itests.TestData.NORTH_STAFF;

import java.io.IOException;
import java.net.http.HttpResponse;
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
 * What an administrator loading real data needs, over HTTP: unit codes as real ones look ({@code BS-1}), grants
 * entered by mistake annulled with their history, and history imported from Excel or JSON lines row by row,
 * once, marked imported and never written back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ImportIT extends AreaTest {

    private static final String HEADER = "journalEntryId;client;unit;interventionType;plannedStart;reasonCode;comment";

    @Inject
    private EventAdmin eventAdmin;
    private Registrations registrations;

    @Before
    public void given() throws Exception {
        registrations = new Registrations(api, eventAdmin);
    }

    @Test
    public void aUnitCodeWithAHyphenWorksEverywhereAUnitCodeIsUsed() throws Exception {
        JsonNode unit = json(api.get("/admin/units/" + HYPHENATED, "admin"));
        assertEquals(HYPHENATED, unit.path("code").asText());
        assertEquals(List.of(HYPHENATED), codes(json(api.get("/units", HYPHENATED_STAFF))));

        String client = "199503159825";
        JsonNode registered = registrations.registered(HYPHENATED_STAFF,
                registration(entry("bs"), client, HYPHENATED, "2026-11-02T09:00", "BORTREST", null));
        assertEquals(HYPHENATED, registered.path("unit").asText());
        JsonNode found = json(api.get("/non-deliveries?unit=" + HYPHENATED + "&from=2026-11-02&to=2026-11-02",
                HYPHENATED_STAFF));
        assertTrue(found.toString(), found.path("total").asInt() >= 1);
        assertEquals(200, api.get("/week-view/clients?from=2026-W45&to=2026-W45&unit=" + HYPHENATED, HYPHENATED_STAFF)
                .statusCode());
        assertEquals(200, api.get("/pending-entries?unit=" + HYPHENATED, HYPHENATED_STAFF).statusCode());
        assertProblem(api.get("/non-deliveries?unit=" + HYPHENATED, NORTH_STAFF), 403);
        HttpResponse<String> aggregate = api.get("/export/non-deliveries/aggregate?from=2026-11-01&to=2026-11-30&unit="
                + HYPHENATED + "&groupBy=unit", "statistician");
        assertEquals(aggregate.body(), 200, aggregate.statusCode());
        assertTrue(aggregate.body(), aggregate.body().contains("\"" + HYPHENATED + "\""));

        // the host's journal sends entries of the unit too
        HttpResponse<String> entry = api.send("POST", "/demo-journal/entries", HYPHENATED_STAFF, "{\"unit\":\""
                + HYPHENATED + "\",\"client\":\"" + client + "\",\"plannedStart\":\"2026-11-03T09:00+01:00\"}",
                JSON_TYPE);
        assertEquals(entry.body(), 201, entry.statusCode());

        assertEquals(List.of("code"), texts(assertProblem(api.send("POST", "/admin/units", "admin",
                "{\"code\":\"BS-\",\"labelSv\":\"x\",\"labelEn\":\"x\"}", JSON_TYPE), 400).path("errors"), "field"));
    }

    @Test
    public void aGrantEnteredByMistakeIsAnnulledWithItsHistoryAndCountsNowhere() throws Exception {
        String client = "199607049914";
        HttpResponse<String> created = api.send("POST", "/grants", HYPHENATED_STAFF, "{\"client\":\"" + client
                + "\",\"unit\":\"" + HYPHENATED + "\",\"interventionType\":\"BOENDESTOD\",\"sessionsPerWeek\":3,"
                + "\"validFrom\":\"2027-01-04\"}", JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        long id = json(created).path("id").asLong();
        assertEquals(3, grantedIn("2027-W02"));

        String path = "/grants/" + id + "/annul";
        assertProblem(api.send("POST", path, HYPHENATED_STAFF, "{\"reason\":\"Fel brukare\"}", JSON_TYPE), 428);
        assertEquals(List.of("reason"), texts(assertProblem(api.send("POST", path, HYPHENATED_STAFF, "{\"reason\":\" \"}",
                JSON_TYPE, "If-Match", "\"1\""), 400).path("errors"), "field"));
        assertProblem(api.send("POST", path, NORTH_STAFF, "{\"reason\":\"Fel brukare\"}", JSON_TYPE, "If-Match", "\"1\""),
                403);
        assertProblem(api.send("POST", path, HYPHENATED_STAFF, "{\"reason\":\"Fel brukare\"}", JSON_TYPE, "If-Match",
                "\"7\""), 409);

        // before its first day: it cannot be ended then, but it can be annulled
        HttpResponse<String> annulled = api.send("POST", path, HYPHENATED_STAFF, "{\"reason\":\"Fel brukare\"}",
                JSON_TYPE, "If-Match", "\"1\"");
        assertEquals(annulled.body(), 200, annulled.statusCode());
        assertEquals("\"2\"", annulled.headers().firstValue("ETag").orElse(""));
        assertEquals("ANNULLED", json(annulled).path("status").asText());
        assertEquals("Fel brukare", json(annulled).path("annulmentReason").asText());
        assertProblem(api.send("POST", path, HYPHENATED_STAFF, "{\"reason\":\"igen\"}", JSON_TYPE, "If-Match", "\"2\""),
                409);
        assertProblem(api.send("POST", "/grants/" + id + "/end", HYPHENATED_STAFF, "{\"validTo\":\"2027-02-01\"}",
                JSON_TYPE, "If-Match", "\"2\""), 409);

        // kept and readable, with its history; counted nowhere
        assertEquals("ANNULLED", json(api.get("/grants/" + id, HYPHENATED_STAFF)).path("status").asText());
        JsonNode history = json(api.get("/grants/" + id + "/history", HYPHENATED_STAFF));
        assertEquals(List.of("CREATED", "ANNULLED"), texts(history, "kind"));
        assertEquals(HYPHENATED_STAFF, history.get(1).path("changedBy").asText());
        assertEquals(0, grantedIn("2027-W02"));
        assertFalse(ids(json(api.get("/grants?unit=" + HYPHENATED, HYPHENATED_STAFF))).contains(id));
        assertTrue(ids(json(api.get("/grants?unit=" + HYPHENATED + "&includeAnnulled=true", HYPHENATED_STAFF)))
                .contains(id));
        assertProblem(api.get("/grants/" + id + "/history", NORTH_STAFF), 403);
    }

    @Test
    public void historyFromExcelIsImportedRowByRowOnceMarkedAndNeverWrittenBack() throws Exception {
        String entry = entry("import");
        String csv = "\uFEFF" + HEADER + "\r\n"
                + entry + ";19950315-9825;" + HYPHENATED + ";BOENDESTOD;2025-09-15 9:00;BORTREST;"
                + "Åkte till sin mor\r\n"
                + ";199607049914;" + HYPHENATED + ";BOENDESTOD;2025-09-16 14:30;MAENDE;\r\n"
                + ";199607049914;" + NORTH + ";BOENDESTOD;2025-09-16 14:30;MAENDE;\r\n"
                + ";19950315-9826;" + HYPHENATED + ";BOENDESTOD;2025-09-17 10:00;FINNS_INTE;\r\n";

        HttpResponse<String> first = api.send("POST", "/non-deliveries/import", HYPHENATED_STAFF, csv,
                "text/csv; charset=utf-8");
        assertEquals(first.body(), 200, first.statusCode());
        JsonNode report = json(first);
        assertEquals(2, report.path("imported").asInt());
        assertEquals(2, report.path("refused").asInt());
        assertEquals(List.of("2", "3", "4", "5"), texts(report.path("rows"), "row"));
        assertEquals(List.of("IMPORTED", "IMPORTED", "REFUSED", "REFUSED"), texts(report.path("rows"), "outcome"));
        assertEquals(List.of("unit"), texts(report.path("rows").get(2).path("errors"), "field"));
        assertEquals(List.of("client", "reasonCode"), texts(report.path("rows").get(3).path("errors"), "field"));
        assertFalse("the report repeats no value: " + first.body(), first.body().contains("19950315")
                || first.body().contains("FINNS_INTE") || first.body().contains("mor"));

        long id = report.path("rows").get(0).path("registration").asLong();
        JsonNode stored = json(api.get("/non-deliveries/" + id, HYPHENATED_STAFF));
        assertTrue(stored.path("imported").asBoolean());
        assertEquals(entry, stored.path("journalEntryId").asText());
        assertEquals("2025-09-15T09:00:00+02:00", stored.path("plannedStart").asText());
        assertEquals("Åkte till sin mor", stored.path("comment").asText());
        assertEquals(List.of("IMPORTED"), texts(json(api.get("/non-deliveries/" + id + "/history", HYPHENATED_STAFF)),
                "kind"));
        assertEquals(0, json(api.get("/non-deliveries/" + id + "/write-backs", HYPHENATED_STAFF)).size());
        long derived = report.path("rows").get(1).path("registration").asLong();
        assertTrue(json(api.get("/non-deliveries/" + derived, HYPHENATED_STAFF)).path("journalEntryId").asText()
                .startsWith("IMPORT-"));

        // the same file again stores nothing and says so
        JsonNode again = json(api.send("POST", "/non-deliveries/import", HYPHENATED_STAFF, csv, "text/csv"));
        assertEquals(0, again.path("imported").asInt());
        assertEquals(2, again.path("alreadyImported").asInt());
        assertEquals(List.of(Long.toString(id), Long.toString(derived)), List.of(
                again.path("rows").get(0).path("registration").asText(),
                again.path("rows").get(1).path("registration").asText()));

        // JSON lines, by an administrator for any unit; an imported registration is annulled without a write-back
        String line = "{\"client\":\"199708729752\",\"unit\":\"" + NORTH + "\",\"interventionType\":\"BOENDESTOD\","
                + "\"plannedStart\":\"2025-09-18T08:00:00+02:00\",\"reasonCode\":\"BORTREST\"}\n";
        JsonNode lines = json(api.send("POST", "/non-deliveries/import", "admin", line, "application/x-ndjson"));
        assertEquals(lines.toString(), 1, lines.path("imported").asInt());
        HttpResponse<String> annulled = api.send("POST", "/non-deliveries/" + id + "/annul", HYPHENATED_STAFF,
                "{\"reason\":\"Fel rad\"}", JSON_TYPE, "If-Match", "\"1\"");
        assertEquals(annulled.body(), 200, annulled.statusCode());
        assertEquals(0, json(api.get("/non-deliveries/" + id + "/write-backs", HYPHENATED_STAFF)).size());

        // a file that cannot be read stores nothing; only staff and administrators import
        assertEquals(List.of("content"), texts(assertProblem(api.send("POST", "/non-deliveries/import", HYPHENATED_STAFF,
                "client;enhet\r\n1;2\r\n", "text/csv"), 400).path("errors"), "field").stream().distinct().toList());
        assertProblem(api.send("POST", "/non-deliveries/import", HYPHENATED_STAFF, csv, "application/pdf"), 415);
        assertProblem(api.send("POST", "/non-deliveries/import", "statistician", csv, "text/csv"), 403);
        assertProblem(api.send("POST", "/non-deliveries/import", HYPHENATED_STAFF, "x".repeat(6 * 1024 * 1024),
                "text/csv"), 413);

        // no write-back was tried for imported history: the log never names its entry
        assertEquals(List.of(), logLines(entry));
    }

    private int grantedIn(String week) throws Exception {
        JsonNode weeks = json(api.get("/week-view/units?from=" + week + "&to=" + week + "&unit=" + HYPHENATED,
                HYPHENATED_STAFF));
        int granted = 0;
        for (JsonNode unitWeek : weeks) {
            granted += unitWeek.path("grantedSessions").asInt();
        }
        return granted;
    }

    private static List<Long> ids(JsonNode page) {
        return texts(page.path("items"), "id").stream().map(Long::valueOf).toList();
    }

    private static List<String> logLines(String text) throws IOException {
        return KarafLog.lines().stream().filter(l -> l.contains(text)).toList();
    }
}
