package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.TestData.ASSESSED;
import static se.folja.itests.TestData.CSV_TYPE;
import static se.folja.itests.TestData.FOLLOW_UP;
import static se.folja.itests.TestData.HYPHENATED;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.NORTH;
import static se.folja.itests.TestData.NORTH_STAFF;
import static se.folja.itests.TestData.PERIOD;
import static se.folja.itests.TestData.SOUTH;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the area tests need in place, made or awaited over HTTP, the same whichever area test runs first in
 * the shared container.
 */
final class Given {

    private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(180);
    /** Why Följa never answered in this container, once a test has waited for it in vain; null until then. */
    private static volatile String neverUp;

    private Given() {
    }

    /**
     * Every area test's precondition, before each test: Följa answers, the tests' units exist, the demo's ICF code
     * list is loaded, and so is the whole demo municipality (its 140 registrations come after its assessments: a
     * test that loads the tests' own ICF code list must not replace the demo's while the demo's assessments are
     * recorded).
     */
    static void foljaIsUp(Api api) throws Exception {
        if (neverUp != null) {
            // one container serves every area test of a run: once Följa or its demo municipality never came up, each
            // further test would wait out the same timeouts again (an hour and more for the suite); they fail at once
            // with the first reason
            throw new AssertionError("Följa never came up in this container: " + neverUp);
        }
        try {
            everythingIsUp(api);
        } catch (AssertionError | Exception e) {
            neverUp = e.toString();
            throw e;
        }
    }

    private static void everythingIsUp(Api api) throws Exception {
        api.awaitStatus("/reason-codes", "staff", 200);
        unitExists(api, NORTH, "Testenhet " + NORTH, "Test unit " + NORTH);
        unitExists(api, SOUTH, "Testenhet " + SOUTH, "Test unit " + SOUTH);
        unitExists(api, FOLLOW_UP, "Testenhet uppföljning", "Test unit follow-up");
        api.awaitStatus("/ibic/icf-codes", "admin", 200);
        String registrations = "/non-deliveries?from=2026-09-01&to=2026-10-31&limit=1&unit=BOSTOD_NORR,BOSTOD_SODER,"
                + "BOSTOD_CENTRUM,BOSTOD_VAST,BOSTOD_OST";
        Await.await("the demo municipality's 140 registrations", DEMO_TIMEOUT, () -> {
            HttpResponse<String> page = api.get(registrations, "admin");
            return page.statusCode() == 200 ? json(page).path("total").asInt() : -1;
        }, total -> total == 140);
        unitExists(api, HYPHENATED, "Boendestöd 1", "Housing support 1");
    }

    private static void unitExists(Api api, String code, String labelSv, String labelEn) throws Exception {
        HttpResponse<String> created = api.send("POST", "/admin/units", "admin", "{\"code\":\"" + code
                + "\",\"labelSv\":\"" + labelSv + "\",\"labelEn\":\"" + labelEn + "\"}", JSON_TYPE);
        assertTrue(created.body(), created.statusCode() == 201 || created.statusCode() == 409);
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

    /** Makes the tests' own ICF code list the current one. */
    static HttpResponse<String> testCodeListLoaded(Api api) throws Exception {
        HttpResponse<String> loaded = api.send("POST", "/admin/ibic/icf-codes?name=IT", "admin", testCodeList(),
                CSV_TYPE);
        assertEquals(loaded.body(), 201, loaded.statusCode());
        return loaded;
    }

    /**
     * Makes the assessment tests' client known (a grant) and the test code list current. The grant ends before the
     * demo municipality's months (September and October 2026), so that it counts in none of their figures, e.g.
     * the README's summary of every unit, whichever test runs first.
     */
    static void assessedClientIsKnown(Api api) throws Exception {
        testCodeListLoaded(api);
        HttpResponse<String> granted = api.send("POST", "/grants", NORTH_STAFF, "{\"client\":\"" + ASSESSED
                + "\",\"unit\":\"" + NORTH + "\",\"interventionType\":\"BOENDESTOD\",\"sessionsPerWeek\":2,"
                + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-08-31\"}", JSON_TYPE);
        assertEquals(granted.body(), 201, granted.statusCode());
    }

    static String assessment(String client, String unit, String day, String needs) {
        return "{\"client\":\"" + client + "\",\"unit\":\"" + unit + "\",\"assessedOn\":\"" + day
                + "\",\"caseOfficer\":\"HL-IT\",\"needs\":[" + needs + "]}";
    }

    /** The demo municipality's life-area export, once it has its 140 cancellations. */
    static JsonNode lifeAreaExport(Api api) throws Exception {
        return Await.await("the demo municipality's 140 cancellations in the life-area export",
                Duration.ofSeconds(120), () -> json(api.get("/export/life-areas?" + PERIOD, "statistician")),
                export -> grand(export).path("cancellations").asInt() == 140);
    }

    /** @return the row of the life-area export's grand total */
    static JsonNode grand(JsonNode export) {
        for (JsonNode row : export.path("rows")) {
            if (row.path("lifeArea").asText().equals("TOTAL") && row.path("unit").asText().equals("TOTAL")) {
                return row;
            }
        }
        return export.path("none");
    }
}
