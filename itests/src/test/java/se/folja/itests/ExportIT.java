package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.Given.grand;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.JsonAssert.texts;
import static se.folja.itests.TestData.DEMO_UNITS;
import static se.folja.itests.TestData.DEMO_UNIT_CODES;
import static se.folja.itests.TestData.PERIOD;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Statistics exports over HTTP: only statisticians export, small cells are suppressed and marked, every export
 * is audited for administrators, and nothing in an export looks like a personnummer.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ExportIT extends AreaTest {

    /** Ten or twelve digits with or without a hyphen or plus: the shapes of a personnummer. */
    static final Pattern PERSONNUMMER = Pattern.compile("(?<!\\d)(\\d{2})?\\d{6}[-+]?\\d{4}(?!\\d)");

    @Test
    public void theLifeAreaExportHasEveryTotalSuppressesSmallCellsAndCarriesItsMetadata() throws Exception {
        JsonNode export = Given.lifeAreaExport(api);
        assertEquals("life-areas", export.path("kind").asText());
        assertEquals(5, export.path("suppressionK").asInt());
        assertEquals("2021.1", export.path("versions").path("lifeAreas").asText());
        assertTrue(export.path("versions").has("termMapping"));
        assertTrue("Kalmar's 13 reasons at least", export.path("versions").path("reasonCatalogue").asInt() >= 13);
        assertEquals("2026-09-01", export.path("parameters").path("from").asText());
        assertEquals(40, grand(export).path("clients").asInt());
        assertEquals(140, grand(export).path("cancellations").asInt());
        int suppressed = 0;
        for (JsonNode row : export.path("rows")) {
            if (row.path("suppressed").asBoolean()) {
                suppressed++;
                assertFalse(row.toString(), row.has("clients") || row.has("cancellations"));
            } else {
                assertTrue(row.toString(), row.path("clients").asInt() >= 5 || row.path("clients").asInt() == 0);
            }
        }
        assertTrue("the demo's units have small cells", suppressed > 0);
        JsonNode hemliv = null;
        for (JsonNode row : export.path("rows")) {
            if (row.path("lifeArea").asText().equals("D6") && row.path("unit").asText().equals("TOTAL")) {
                hemliv = row;
            }
        }
        assertEquals("Hemliv", hemliv.path("labelSv").asText());
        assertEquals(32, hemliv.path("clients").asInt());

        assertProblem(api.get("/export/life-areas?" + PERIOD, "admin"), 403);
        assertProblem(api.get("/export/life-areas?" + PERIOD, "staff"), 403);
        assertProblem(api.get("/export/life-areas?" + PERIOD, null), 401);
        assertEquals(List.of("from", "format"), texts(assertProblem(api.get("/export/life-areas?from=2026-13-01&to="
                + "2026-10-31&format=xls", "statistician"), 400).path("errors"), "field"));
    }

    @Test
    public void theOpenApiDocumentNamesEveryExportsParameters() throws Exception {
        JsonNode paths = json(api.get("/openapi.json", "statistician")).path("paths");
        for (String path : List.of("/export/life-areas", "/export/non-deliveries", "/export/summary",
                "/export/non-deliveries/aggregate")) {
            Set<String> names = new HashSet<>();
            paths.path(path).path("get").path("parameters").forEach(p -> names.add(p.path("in").asText() + ":"
                    + p.path("name").asText()));
            assertTrue(path + " " + names, names.containsAll(List.of("query:from", "query:to", "query:unit",
                    "query:format", "query:excel")));
        }
        assertTrue(paths.path("/export/non-deliveries/aggregate").path("get").path("parameters").toString()
                .contains("\"groupBy\""));
    }

    @Test
    public void csvForRPythonAndSwedishExcel() throws Exception {
        Given.lifeAreaExport(api);
        HttpResponse<String> csv = api.get("/export/life-areas?format=csv&" + PERIOD, "statistician");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("# kind=life-areas", lines.get(0));
        assertTrue(lines.contains("# suppressionK=5"));
        assertTrue(lines.contains("lifeArea,labelSv,labelEn,unit,clients,cancellations,suppressed"));
        assertTrue(csv.body(), lines.contains("TOTAL,,,TOTAL,40,140,FALSE"));
        assertTrue(csv.body(), lines.stream().anyMatch(l -> l.endsWith(",,,TRUE")));
        assertTrue(csv.body(), lines.stream().anyMatch(l -> l.startsWith("D9,\"Samhällsgemenskap, socialt och")));

        // for a Swedish Excel: UTF-8 with a byte order mark (no sep= line: Excel ignores it after the mark)
        HttpResponse<byte[]> excel = api.getBytes("/export/life-areas?format=csv&excel=true&" + PERIOD, "statistician");
        String type = excel.headers().firstValue("Content-Type").orElse("");
        assertTrue(type, type.replace(" ", "").equalsIgnoreCase("text/csv;charset=UTF-8"));
        byte[] bytes = excel.body();
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> excelLines = text.lines().toList();
        assertEquals("# kind=life-areas", excelLines.get(0));
        assertTrue(text, excelLines.contains("TOTAL;;;TOTAL;40;140;FALSE"));
        assertTrue(text, excelLines.stream().anyMatch(l -> l.startsWith("D9;Samhällsgemenskap, socialt och")));
    }

    @Test
    public void everyExportIsAuditedForAdministratorsAndNoExportHoldsAPersonnummer() throws Exception {
        Given.lifeAreaExport(api);
        String[] formats = {"", "&format=csv", "&format=csv&excel=true"};
        for (String export : List.of("/export/life-areas?", "/export/non-deliveries?")) {
            for (String format : formats) {
                String body = api.get(export + PERIOD + format, "statistician").body();
                assertFalse(body, PERSONNUMMER.matcher(body).find());
                assertFalse(body, body.contains("Besöket blev inte av"));
                assertFalse(body, body.contains("19960115"));
            }
        }
        for (String format : formats) {
            String summary = api.get("/export/summary?" + PERIOD + format, "statistician").body();
            assertFalse(summary, PERSONNUMMER.matcher(summary).find());
        }
        api.get("/export/life-areas?" + PERIOD, "statistician");
        JsonNode audit = json(api.get("/admin/export-audit?limit=3", "admin"));
        assertTrue(audit.path("total").asInt() >= 3);
        JsonNode last = audit.path("items").get(0);
        assertEquals("statistician", last.path("exportedBy").asText());
        assertEquals("life-areas", last.path("kind").asText());
        assertTrue(last.path("parameters").asText(), last.path("parameters").asText()
                .startsWith("from=2026-09-01&to=2026-10-31&unit=BOSTOD_CENTRUM,BOSTOD_NORR"));
        assertTrue(last.path("rows").asInt() > 10);
        assertEquals(5, last.path("suppressionK").asInt());
        assertProblem(api.get("/admin/export-audit", "statistician"), 403);
    }

    @Test
    public void theRecordExportHasOnePseudonymisedRowPerNonDelivery() throws Exception {
        Given.lifeAreaExport(api);
        JsonNode export = json(api.get("/export/non-deliveries?" + PERIOD, "statistician"));
        assertEquals("non-deliveries", export.path("kind").asText());
        assertEquals("demo", export.path("pseudonymKeyId").asText());
        assertEquals("2021.1", export.path("versions").path("lifeAreas").asText());
        JsonNode rows = export.path("rows");
        assertEquals(140, rows.size());
        Set<String> clients = new HashSet<>();
        int withLifeAreas = 0;
        for (JsonNode row : rows) {
            assertTrue(row.toString(), row.path("client").asText().matches("[a-p]{32}"));
            clients.add(row.path("client").asText());
            assertTrue(row.toString(), row.path("isoWeek").asText().matches("2026-W(3[6-9]|4[0-4])"));
            assertTrue(row.toString(), List.of("18-24", "25-34").contains(row.path("ageBand").asText()));
            assertTrue(List.of("FEMALE", "MALE").contains(row.path("gender").asText()));
            assertEquals(List.of("client", "gender", "ageBand", "unit", "interventionType", "reason", "initiator",
                    "isoWeek", "lifeAreas"), fieldNames(row));
            withLifeAreas += row.path("lifeAreas").size() > 0 ? 1 : 0;
        }
        assertEquals("the 40 cancelling clients, each always the same pseudonym", 40, clients.size());
        assertTrue("most cancelling clients have an assessed need: " + withLifeAreas, withLifeAreas > 120);
        assertEquals("the same key, the same pseudonyms", clients, Set.copyOf(texts(json(api.get("/export/non-deliveries?" + PERIOD, "statistician"))
                .path("rows"), "client")));

        HttpResponse<String> csv = api.get("/export/non-deliveries?format=csv&" + PERIOD, "statistician");
        List<String> lines = csv.body().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals("client,gender,ageBand,unit,interventionType,reason,initiator,isoWeek,lifeAreas", lines.get(0));
        assertEquals(141, lines.size());
        assertTrue(csv.body(), csv.body().contains("# pseudonymKeyId=demo"));
        assertTrue(lines.get(1), lines.get(1).matches("[a-p]{32},(FEMALE|MALE),\\d+-\\d+,BOSTOD_\\w+,BOENDESTOD,\\w+,"
                + "(CLIENT|ORGANISATION),2026-W\\d\\d,[A-Z0-9_|]+"));

        assertProblem(api.get("/export/non-deliveries?" + PERIOD, "admin"), 403);
        assertEquals(List.of("to"), texts(assertProblem(api.get("/export/non-deliveries?from=2026-09-01",
                "statistician"), 400).path("errors"), "field"));
        JsonNode audit = json(api.get("/admin/export-audit?limit=1", "admin")).path("items").get(0);
        assertEquals("non-deliveries", audit.path("kind").asText());
        assertEquals(140, audit.path("rows").asInt());
    }

    @Test
    public void oneCallReproducesKalmarsTable() throws Exception {
        Given.lifeAreaExport(api);
        JsonNode table = json(api.get("/export/summary?" + PERIOD, "statistician"));
        assertEquals("2026-W36", table.path("fromWeek").asText());
        assertEquals("2026-W44", table.path("toWeek").asText());
        assertEquals(41, table.path("clients").asInt());
        assertEquals(25, table.path("women").asInt());
        assertEquals(16, table.path("men").asInt());
        assertEquals(88.0, table.path("grantedSessionsPerWeek").asDouble(), 0.001);
        assertEquals(88 * 9, table.path("grantedSessions").asInt());
        assertEquals(140, table.path("cancellations").asInt());
        assertEquals(40, table.path("cancellingClients").asInt());
        assertEquals("about a fifth of the granted sessions, to four decimals as the aggregate's rate", "0.1768",
                table.path("shareOfGrantedSessions").asText());
        List<String> reasons = texts(table.path("reasons"), "code");
        assertEquals(List.of("BORTREST", "MAENDE", "ANNAN_FORMELL_AKTIVITET"), reasons.subList(0, 3));
        assertEquals("Bortrest", table.path("reasons").get(0).path("labelSv").asText());
        assertEquals(40, table.path("reasons").get(0).path("cancellations").asInt());
        for (JsonNode reason : table.path("reasons")) {
            assertTrue(reason.toString(), reason.path("suppressed").asBoolean() || reason.path("clients").asInt() >= 5);
        }
        assertEquals(List.of("D6", "D2", "D9"), texts(table.path("lifeAreas"), "code").subList(0, 3));
        assertEquals("Hemliv", table.path("lifeAreas").get(0).path("labelSv").asText());
        assertEquals("summary", json(api.get("/admin/export-audit?limit=1", "admin")).path("items").get(0).path("kind")
                .asText());
        assertProblem(api.get("/export/summary?" + PERIOD, "staff"), 403);
        String csv = api.get("/export/summary?format=csv&excel=true&" + PERIOD, "statistician").body();
        assertTrue(csv, csv.contains("total;clients;;41;;;FALSE"));
        assertTrue(csv, csv.contains("total;shareOfGrantedSessions;;0,1768;;;FALSE"));
        assertTrue(csv, csv.contains("reason;BORTREST;Bortrest;;40;"));
    }

    @Test
    public void nonDeliveriesAggregateByAnyCombinationWithRatesToGrantedSessions() throws Exception {
        Given.lifeAreaExport(api);
        JsonNode byUnit = json(api.get("/export/non-deliveries/aggregate?groupBy=unit&" + PERIOD, "statistician"));
        assertEquals(List.of("unit"), texts(byUnit.path("dimensions")));
        JsonNode total = byUnit.path("rows").get(byUnit.path("rows").size() - 1);
        assertEquals("TOTAL", total.path("unit").asText());
        assertEquals(140, total.path("nonDeliveries").asInt());
        assertEquals(40, total.path("clients").asInt());
        assertEquals("88 a week, nine Thursdays", 792, total.path("grantedSessions").asInt());
        assertEquals(0.1768, total.path("rate").asDouble(), 0.0001);
        assertTrue(total.toString(), total.path("wholeWeeks").asInt() >= 3);
        assertEquals(6, byUnit.path("rows").size());

        JsonNode byMonthReason = json(api.get("/export/non-deliveries/aggregate?groupBy=month,reason&" + PERIOD,
                "statistician"));
        int nonDeliveries = 0;
        boolean suppressed = false;
        for (JsonNode row : byMonthReason.path("rows")) {
            assertFalse("reasons are not in grants: no rate", row.has("rate"));
            if (!row.path("month").asText().equals("TOTAL") && !row.path("reason").asText().equals("TOTAL")) {
                nonDeliveries += row.path("nonDeliveries").asInt();
                suppressed |= row.path("suppressed").asBoolean();
            }
        }
        assertTrue("small reasons in a month are suppressed", suppressed);
        assertTrue(nonDeliveries < 140);
        JsonNode grand = byMonthReason.path("rows").get(byMonthReason.path("rows").size() - 1);
        assertEquals(140, grand.path("nonDeliveries").asInt());

        JsonNode byArea = json(api.get("/export/non-deliveries/aggregate?groupBy=lifeArea,gender&" + PERIOD,
                "statistician"));
        assertTrue(texts(byArea.path("rows"), "lifeArea").contains("D6"));

        HttpResponse<String> excel = api.get("/export/non-deliveries/aggregate?groupBy=unit&format=csv&excel=true&"
                + PERIOD, "statistician");
        assertTrue(excel.body(), excel.body().contains("TOTAL;140;40;792;0,1768;"));
        assertTrue(excel.body().lines().anyMatch(l -> l.equals(
                "unit;nonDeliveries;clients;grantedSessions;rate;wholeWeeks;suppressed")));
        assertEquals("groupBy", texts(assertProblem(api.get("/export/non-deliveries/aggregate?groupBy=unit,place&"
                + PERIOD, "statistician"), 400).path("errors"), "field").get(0));
        assertEquals("groupBy", texts(assertProblem(api.get("/export/non-deliveries/aggregate?groupBy=week,month&"
                + PERIOD, "statistician"), 400).path("errors"), "field").get(0));
        assertProblem(api.get("/export/non-deliveries/aggregate?groupBy=unit&" + PERIOD, "admin"), 403);
        String body = api.get("/export/non-deliveries/aggregate?groupBy=unit,ageBand,gender&format=csv&" + PERIOD,
                "statistician").body();
        assertFalse(body, PERSONNUMMER.matcher(body).find());
    }

    @Test
    public void everyExportComesAsAnXlsxWorkbookWithItsMetadataSheet() throws Exception {
        Given.lifeAreaExport(api);
        for (String export : List.of("/export/life-areas?", "/export/non-deliveries?",
                "/export/non-deliveries/aggregate?groupBy=unit,reason&", "/export/summary?")) {
            HttpResponse<byte[]> answer = api.getBytes(export + PERIOD + "&format=xlsx", "statistician");
            assertEquals(200, answer.statusCode());
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    answer.headers().firstValue("Content-Type").orElse(""));
            Map<String, String> entries = unzip(answer.body());
            assertTrue(entries.keySet().toString(), entries.containsKey("xl/workbook.xml"));
            String all = String.join("\n", entries.values());
            assertTrue(export, all.contains("metadata") && all.contains("generatedAt"));
            assertFalse(export, PERSONNUMMER.matcher(all).find());
            assertFalse(export, all.contains("Besöket blev inte av"));
        }
        String records = String.join("\n", unzip(api.getBytes("/export/non-deliveries?" + PERIOD + "&format=xlsx",
                "statistician").body()).values());
        assertTrue(records.contains("pseudonymKeyId") && records.contains("BOENDESTOD"));
    }

    @Test
    public void aStatisticianReadsTheLifeAreasOfCancellationsOnlyAsSuppressedAsTheExport() throws Exception {
        Given.lifeAreaExport(api);
        boolean smallForStaff = false;
        for (String unit : DEMO_UNIT_CODES) {
            String period = "from=2026-09-01&to=2026-10-31&unit=" + unit;
            Map<String, Integer> exported = totalColumn(json(api.get("/export/life-areas?" + period, "statistician")));
            for (String user : List.of("statistician", "admin")) {
                JsonNode read = json(api.get("/ibic/cancellations?" + period, user));
                assertEquals(user + " " + unit, 5, read.path("suppressionK").asInt());
                Map<String, Integer> areas = areas(read.path("areas"), "lifeArea", "clients");
                assertEquals(user + " " + unit + ": the export's total column, no more", new java.util.TreeMap<>(
                        exported), new java.util.TreeMap<>(areas));
                for (Integer clients : areas.values()) {
                    assertTrue(user + " " + unit + " " + areas, clients == null || clients == 0 || clients >= 5);
                }
                List<String> hidden = new ArrayList<>();
                areas.forEach((area, clients) -> {
                    if (clients == null) {
                        hidden.add(area);
                    }
                });
                assertEquals("suppressed areas by code, last", hidden.stream().sorted().toList(),
                        new ArrayList<>(areas.keySet()).subList(areas.size() - hidden.size(), areas.size()));
            }
            if (!unit.equals("BOSTOD_VAST") && !unit.equals("BOSTOD_OST")) {
                JsonNode own = json(api.get("/ibic/cancellations?" + period, "staff"));
                assertEquals("staff read their own unit exactly", 1, own.path("suppressionK").asInt());
                for (JsonNode area : own.path("areas")) {
                    assertTrue(area.toString(), area.path("clients").isNumber());
                    smallForStaff |= area.path("clients").asInt() < 5;
                }
            }
        }
        assertTrue("the demo's units have areas of fewer than five cancelling clients", smallForStaff);
        Map<String, Integer> all = totalColumn(json(api.get("/export/life-areas?" + PERIOD, "statistician")));
        assertEquals(new java.util.TreeMap<>(all), new java.util.TreeMap<>(areas(json(api.get("/ibic/cancellations?"
                + PERIOD, "statistician")).path("areas"), "lifeArea", "clients")));
        assertEquals("the summary's life areas are the export's total column", new java.util.TreeMap<>(all),
                new java.util.TreeMap<>(areas(json(api.get("/export/summary?" + PERIOD, "statistician")).path(
                        "lifeAreas"), "code", "clients")));
    }

    @Test
    public void theWeekViewIsForTheUnitsMembersOnly() throws Exception {
        Given.lifeAreaExport(api);
        String weeks = "/week-view/units?from=2026-W36&to=2026-W44";
        assertProblem(api.get(weeks + "&unit=BOSTOD_NORR", "statistician"), 403);
        assertProblem(api.get(weeks, "statistician"), 403);
        assertProblem(api.get(weeks + "&unit=BOSTOD_NORR", "admin"), 403);
        assertProblem(api.get(weeks, "admin"), 403);
        assertProblem(api.get("/week-view/clients?from=2026-W36&to=2026-W44&unit=BOSTOD_NORR", "admin"), 403);
        JsonNode own = json(api.get(weeks + "&unit=BOSTOD_NORR", "staff"));
        assertEquals(9, own.size());
        boolean one = false;
        for (JsonNode week : own) {
            one |= week.path("wholeWeekCancelledClients").asInt() == 1 || week.path("clients").asInt() < 5;
        }
        assertTrue("staff read their own unit's weeks exactly, small counts too: " + own, one);
    }

    @Test
    public void theSummaryListsItsSuppressedItemsByCodeAndItsShareIsTheAggregatesRate() throws Exception {
        Given.lifeAreaExport(api);
        for (String unit : List.of(DEMO_UNITS, "unit=BOSTOD_NORR", "unit=BOSTOD_OST")) {
            String period = "from=2026-09-01&to=2026-10-31&" + unit;
            JsonNode summary = json(api.get("/export/summary?" + period, "statistician"));
            for (String list : List.of("reasons", "lifeAreas")) {
                List<String> shown = new ArrayList<>();
                List<String> hidden = new ArrayList<>();
                for (JsonNode item : summary.path(list)) {
                    if (item.path("suppressed").asBoolean()) {
                        hidden.add(item.path("code").asText());
                        assertTrue(item.toString(), item.path("clients").isNull() || item.path("clients").isMissingNode());
                    } else {
                        assertTrue(unit + " " + list + ": every suppressed item after every shown one " + summary,
                                hidden.isEmpty());
                        shown.add(item.path("code").asText());
                    }
                }
                assertEquals(unit + " " + list, hidden.stream().sorted().toList(), hidden);
            }
            JsonNode aggregate = json(api.get("/export/non-deliveries/aggregate?groupBy=unit&" + period, "statistician"));
            JsonNode total = aggregate.path("rows").get(aggregate.path("rows").size() - 1);
            if (!summary.path("shareOfGrantedSessions").isNull()) {
                assertEquals(unit, total.path("rate").asText(), summary.path("shareOfGrantedSessions").asText());
            }
            String csv = api.get("/export/summary?format=csv&" + period, "statistician").body();
            String aggregateCsv = api.get("/export/non-deliveries/aggregate?groupBy=unit&format=csv&" + period,
                    "statistician").body();
            if (!summary.path("shareOfGrantedSessions").isNull()) {
                assertTrue(csv, csv.contains("total,shareOfGrantedSessions,," + total.path("rate").asText() + ","));
                assertTrue(aggregateCsv, aggregateCsv.contains("," + total.path("rate").asText() + ","));
            }
        }
    }

    /** The life-area export's total column: per area its clients, or null where suppressed. */
    static Map<String, Integer> totalColumn(JsonNode export) {
        Map<String, Integer> column = new LinkedHashMap<>();
        for (JsonNode row : export.path("rows")) {
            if (row.path("unit").asText().equals("TOTAL") && !row.path("lifeArea").asText().equals("TOTAL")) {
                column.put(row.path("lifeArea").asText(), row.path("suppressed").asBoolean() ? null
                        : row.path("clients").asInt());
            }
        }
        return column;
    }

    /** The life areas of an answer of /ibic/cancellations or the summary: per area its clients, null if hidden. */
    static Map<String, Integer> areas(JsonNode list, String code, String clients) {
        Map<String, Integer> areas = new LinkedHashMap<>();
        for (JsonNode area : list) {
            areas.put(area.path(code).asText(), area.path(clients).isNull() || area.path(clients).isMissingNode()
                    ? null : area.path(clients).asInt());
        }
        return areas;
    }

    /** Reads the workbook through its central directory, as Excel does (the entries are streamed, zip64). */
    static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    entries.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        return entries;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
