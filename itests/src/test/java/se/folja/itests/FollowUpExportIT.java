package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.JsonAssert.texts;
import static se.folja.itests.TestData.JSON_TYPE;
import static se.folja.itests.TestData.SOUTH;
import static se.folja.itests.TestData.SOUTH_STAFF;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
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
 * The results of follow-ups in the export, over HTTP: enrolments and responses made through the REST API by staff of
 * {@value TestData#SOUTH}, then exported by the statistician — Umeå's table of durations, enrolled and ended per
 * month and gender, Trosa's shares by age group, ORS's change and its pseudonymised enrolments, the answers per
 * question and a pseudonymised row per response — as JSON, CSV for R and for Swedish Excel, and XLSX; small counts
 * suppressed, every export audited, staff and administrators refused; and the README's R and Python recipes run as
 * written.
 *
 * <p>The data are in templates of this class's own, copies of the built-in ORS and TROSA_MISSBRUK under other codes
 * ({@value #ORS} and {@value #TROSA}), so that no other test's enrolments reach its counts, whatever unit they use, and
 * its enrolments reach no other test's. Dates are relative to last calendar year ({@code Y}), so every day is in the
 * past and every occasion open, whenever the test runs.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FollowUpExportIT extends AreaTest {

    static final String ORS = "IT_EXPORT_ORS";
    static final String TROSA = "IT_EXPORT_TROSA";
    private static final String STAFF = SOUTH_STAFF;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Ten or twelve digits with or without a hyphen or plus: the shapes of a personnummer. */
    private static final Pattern PERSONNUMMER = ExportIT.PERSONNUMMER;

    /** Last calendar year, Swedish time: every day of the data lies in it or before. */
    private static final int Y = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear() - 1;
    /** The day Umeå's table is asked about, and the scale-change period's end. */
    private static final LocalDate AS_OF = LocalDate.of(Y, 10, 31);

    /** An ORS enrolment of the data: its client, first and last day (null while ongoing), and its totals. */
    private record Stay(String client, LocalDate start, LocalDate end, String first, String latest) {
    }

    /** The ORS enrolments, not annulled (one more is annulled): 6 recovered, 5 no reliable change, 2 worse. */
    private static final List<Stay> ORS_STAYS = List.of(
            new Stay(pnr("19810101", 471), LocalDate.of(Y, 9, 30), null, "4", "7"),
            new Stay(pnr("19810102", 472), LocalDate.of(Y, 1, 31), null, "4", "7"),
            new Stay(pnr("19810103", 473), LocalDate.of(Y - 1, 10, 31), null, "4", "7"),
            new Stay(pnr("19810104", 474), LocalDate.of(Y - 2, 6, 15), null, "4", "7"),
            new Stay(pnr("19810105", 475), LocalDate.of(Y - 5, 6, 1), null, "4", "7"),
            new Stay(pnr("19810106", 476), LocalDate.of(Y, 4, 30), null, "4", "7"),
            new Stay(pnr("19810107", 478), LocalDate.of(Y, 3, 1), LocalDate.of(Y, 12, 1), "5", "5.5"),
            new Stay(pnr("19810108", 480), LocalDate.of(Y, 1, 31), LocalDate.of(Y, 2, 28), "5", "5.5"),
            new Stay(pnr("19810109", 481), LocalDate.of(Y - 2, 1, 15), LocalDate.of(Y - 1, 1, 15), "5", "5.5"),
            new Stay(pnr("19810110", 482), LocalDate.of(Y - 1, 7, 10), LocalDate.of(Y, 10, 31), "5", "5.5"),
            new Stay(pnr("19810111", 483), LocalDate.of(Y - 3, 5, 20), LocalDate.of(Y - 2, 5, 19), "5", "5.5"),
            new Stay(pnr("19810112", 485), LocalDate.of(Y - 1, 10, 1), LocalDate.of(Y, 2, 1), "7.5", "5"),
            new Stay(pnr("19810113", 487), LocalDate.of(Y, 11, 15), null, "7.5", "5"));

    /** Made once per container: the class's tests share them. */
    private static volatile boolean given;

    // ---------------------------------------------------------------- the exports

    @Test
    public void umeasTableOfDurationsComesOutInWholeMonthsAsOfTheDayAsked() throws Exception {
        given();
        JsonNode table = json(ok(api.get(followUp(ORS, "durations") + "?asOf=" + AS_OF + "&unit=" + SOUTH,
                "statistician")));
        assertEquals("followup-durations", table.path("kind").asText());
        assertEquals(AS_OF.toString(), table.path("parameters").path("asOf").asText());
        assertEquals("1", table.path("versions").path("templateVersions").asText());
        assertEquals(5, table.path("suppressionK").asInt());
        // ongoing on the day: months to it (one ended after it counts as ongoing); ended: months to the last day
        assertEquals(List.of("ONGOING 7 1 64 18.14 9.00", "ENDED 5 0 15 8.40 11.00"), durations(table));
        assertEquals(durations(AS_OF, false), line(table, 0));
        assertEquals(durations(AS_OF, true), line(table, 1));

        // as of today (the default): every ongoing one to today, the one ended last December among the ended
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        JsonNode now = json(ok(api.get(followUp(ORS, "durations") + "?unit=" + SOUTH, "statistician")));
        assertEquals(today.toString(), now.path("parameters").path("asOf").asText());
        assertEquals(List.of(durations(today, false), durations(today, true)), durations(now));

        // CSV for a Swedish Excel: semicolons and decimal commas
        HttpResponse<byte[]> excel = api.getBytes(followUp(ORS, "durations") + "?asOf=" + AS_OF + "&unit=" + SOUTH
                + "&format=csv&excel=true", "statistician");
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(excel.body()[0] & 0xFF, excel.body()[1] & 0xFF,
                excel.body()[2] & 0xFF));
        String text = new String(excel.body(), 3, excel.body().length - 3, StandardCharsets.UTF_8);
        assertTrue(text, text.lines().toList().contains("status;enrolments;min;max;mean;median;suppressed"));
        assertTrue(text, text.lines().toList().contains("ONGOING;7;1;64;18,14;9,0;FALSE"));
        assertTrue(text, text.lines().toList().contains("ENDED;5;0;15;8,4;11,0;FALSE"));
        assertEquals("attachment; filename=\"folja-" + ORS + "-durations.csv\"",
                excel.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    public void enrolledAndEndedPerMonthAndGenderHideTheirSmallCounts() throws Exception {
        given();
        JsonNode table = json(ok(api.get(followUp(ORS, "enrolled-and-ended") + "?from=" + Y + "-01-01&to=" + Y
                + "-12-31&unit=" + SOUTH, "statistician")));
        Map<String, JsonNode> lines = new TreeMap<>();
        for (JsonNode line : table.path("rows")) {
            lines.put(line.path("period").asText() + " " + line.path("measure").asText() + " "
                    + line.path("gender").asText(), line);
            assertEquals(line.toString(), line.path("suppressed").asBoolean(), !line.has("enrolments"));
        }
        assertEquals("twelve months and the total, three measures, three genders", 13 * 3 * 3, lines.size());
        // active at some time in the year: 6 women, 5 men
        assertEquals(6, lines.get("TOTAL active FEMALE").path("enrolments").asInt());
        assertEquals(5, lines.get("TOTAL active MALE").path("enrolments").asInt());
        assertEquals(11, lines.get("TOTAL active TOTAL").path("enrolments").asInt());
        // 6 started, 4 of them women and 2 men: both hidden, the total shown
        assertEquals(6, lines.get("TOTAL started TOTAL").path("enrolments").asInt());
        assertTrue(lines.get("TOTAL started FEMALE").path("suppressed").asBoolean());
        assertTrue(lines.get("TOTAL started MALE").path("suppressed").asBoolean());
        assertTrue("4 ended", lines.get("TOTAL ended TOTAL").path("suppressed").asBoolean());
        assertTrue(lines.get(Y + "-01 started TOTAL").path("suppressed").asBoolean());
        assertEquals("zero describes nobody", 0, lines.get(Y + "-06 started TOTAL").path("enrolments").asInt());
        assertEquals(6, lines.get(Y + "-03 active TOTAL").path("enrolments").asInt());
        assertEquals("month", table.path("parameters").path("period").asText());

        JsonNode years = json(ok(api.get(followUp(ORS, "enrolled-and-ended") + "?from=" + (Y - 1) + "-01-01&to=" + Y
                + "-12-31&period=year&unit=" + SOUTH, "statistician")));
        assertEquals(List.of(Integer.toString(Y - 1), Integer.toString(Y), "TOTAL"), texts(years.path("rows"),
                "period").stream().distinct().toList());
        assertEquals(List.of("period", "to"), sortedFields(api.get(followUp(ORS, "enrolled-and-ended")
                + "?period=week&from=" + Y + "-01-01&to=" + Y + "-13-01", "statistician")));
    }

    @Test
    public void trosasSharesOfPositiveChangeAndDropoutComeOutPerAgeGroup() throws Exception {
        given();
        String query = followUp(TROSA, "shares") + "?from=" + Y + "-01-01&to=" + Y + "-12-31&question=situation"
                + "&positive=POSITIV&ageGroups=13-20,21-&unit=" + SOUTH;
        JsonNode table = json(ok(api.get(query, "statistician")));
        assertEquals(List.of("13-20 positiveChange 5/10 50.0", "13-20 dropout 5/10 50.0",
                "21- positiveChange 10/15 66.7", "21- dropout 5/15 33.3",
                "TOTAL positiveChange 15/25 60.0", "TOTAL dropout 10/25 40.0"), shares(table));
        assertEquals("situation", table.path("parameters").path("question").asText());

        // the default age groups are Trosa's youth and adults, 0-20 and 21-
        assertEquals("0-20", json(ok(api.get(query.replace("&ageGroups=13-20,21-", ""), "statistician")))
                .path("rows").get(0).path("ageGroup").asText());
        // a small count hides its share and its complements: the four adults whose latest answer is OFORANDRAD hide
        // the eleven others, their column's total, the ten youths beside those, and so the youths' zero
        JsonNode unchanged = json(ok(api.get(query.replace("positive=POSITIV", "positive=OFORANDRAD"),
                "statistician")));
        assertEquals(List.of("13-20 positiveChange -/10 -", "13-20 dropout 5/10 50.0",
                "21- positiveChange -/15 -", "21- dropout 5/15 33.3",
                "TOTAL positiveChange -/25 -", "TOTAL dropout 10/25 40.0"), shares(unchanged));

        assertEquals("a number question tells no change", List.of("question"), sortedFields(api.get(query.replace(
                "question=situation", "question=alder"), "statistician")));
        assertEquals(List.of("positive"), sortedFields(api.get(query.replace("positive=POSITIV", "positive="),
                "statistician")));
        assertEquals(List.of("positive"), sortedFields(api.get(query.replace("positive=POSITIV", "positive=BRA"),
                "statistician")));
        assertEquals(List.of("ageGroups"), sortedFields(api.get(query.replace("13-20,21-", "21-,13-30"),
                "statistician")));
    }

    @Test
    public void orsChangeIsClassifiedAndSmallClassesAreSuppressedButEachEnrolmentIsARow() throws Exception {
        given();
        String period = "?from=" + (Y - 5) + "-01-01&to=" + Y + "-12-31&unit=" + SOUTH;
        JsonNode table = json(ok(api.get(followUp(ORS, "scale-change") + period, "statistician")));
        // 6 recovered, 5 without reliable change, 2 deteriorated: the 2 are hidden with the smallest other, the 5
        assertEquals(List.of("TOTAL RELIABLY_IMPROVED 6/13 46.2", "TOTAL NO_RELIABLE_CHANGE -/13 -",
                "TOTAL RELIABLY_DETERIORATED -/13 -", "TOTAL NOT_CLASSIFIED 0/13 0.0", "TOTAL RECOVERED 6/13 46.2"),
                scale(table));
        assertEquals("ors-total", table.path("parameters").path("scale").asText());

        JsonNode byAge = json(ok(api.get(followUp(ORS, "scale-change") + period + "&groupBy=ageGroup"
                + "&ageGroups=6-12,13-17,18-", "statistician")));
        assertEquals(List.of("6-12", "13-17", "18-", "TOTAL"), texts(byAge.path("rows"), "group").stream().distinct()
                .toList());

        JsonNode records = json(ok(api.get(followUp(ORS, "scale-change/enrolments") + period, "statistician")));
        assertEquals("demo", records.path("pseudonymKeyId").asText());
        Map<String, Integer> outcomes = new TreeMap<>();
        int recovered = 0;
        for (JsonNode row : records.path("rows")) {
            assertTrue(row.toString(), row.path("client").asText().matches("[a-p]{32}"));
            assertTrue(row.toString(), row.path("firstMonth").asText().matches("\\d{4}-\\d{2}"));
            assertEquals(2, row.path("measurements").asInt());
            outcomes.merge(row.path("outcome").asText(), 1, Integer::sum);
            recovered += row.path("recovered").asBoolean() ? 1 : 0;
        }
        assertEquals(Map.of("NO_RELIABLE_CHANGE", 5, "RELIABLY_DETERIORATED", 2, "RELIABLY_IMPROVED", 6), outcomes);
        assertEquals(6, recovered);
        JsonNode first = records.path("rows").get(0);
        assertEquals(List.of("16", "28", "12"), List.of(first.path("first").asText(), first.path("latest").asText(),
                first.path("change").asText()));

        assertEquals(List.of("scale"), sortedFields(api.get(followUp(TROSA, "scale-change") + period,
                "statistician")));
    }

    @Test
    public void theAnswersAreCountedPerOptionAndFreeTextNeverLeaves() throws Exception {
        given();
        JsonNode table = json(ok(api.get(followUp(TROSA, "answers") + "?from=" + Y + "-01-01&to=" + Y + "-12-31&unit="
                + SOUTH, "statistician")));
        Map<String, JsonNode> situation = new TreeMap<>();
        for (JsonNode line : table.path("rows")) {
            if (line.path("question").asText().equals("situation")) {
                situation.put(line.path("value").asText(), line);
            }
        }
        assertEquals(List.of("NEGATIV", "OFORANDRAD", "OKAND", "POSITIV", "TOTAL"), List.copyOf(situation.keySet()));
        assertEquals(List.of(26, 25), List.of(situation.get("TOTAL").path("responses").asInt(),
                situation.get("TOTAL").path("clients").asInt()));
        assertEquals(16, situation.get("POSITIV").path("responses").asInt());
        assertEquals(0, situation.get("OKAND").path("responses").asInt());
        assertTrue("4 clients", situation.get("OFORANDRAD").path("suppressed").asBoolean());
        assertTrue("its complement", situation.get("NEGATIV").path("suppressed").asBoolean());
        assertFalse(situation.get("NEGATIV").has("responses"));
        assertEquals("Ingen förändring", situation.get("OFORANDRAD").path("label").asText());
        JsonNode age = null;
        for (JsonNode line : table.path("rows")) {
            if (line.path("question").asText().equals("alder")) {
                age = line;
            }
        }
        // ten youths of 18 and fifteen adults of 40, one of whom answered twice
        assertEquals(List.of("26", "18", "40", "31.54", "40.0"), List.of(age.path("responses").asText(),
                age.path("min").asText(), age.path("max").asText(), age.path("mean").asText(),
                new BigDecimal(age.path("median").asText()).setScale(1, RoundingMode.UNNECESSARY).toPlainString()));
        for (JsonNode line : table.path("rows")) {
            if (line.path("question").asText().equals("aktualiserad")) {
                assertEquals(Y + "-01", line.path("earliest").asText());
                assertTrue(line.toString(), line.path("latest").asText().matches(Y + "-\\d{2}"));
            }
        }

        HttpResponse<String> samvaro = ok(api.get(followUp("ALDREOMSORG_SOCIAL_SAMVARO", "answers") + "?from=" + Y
                + "-01-01&to=" + Y + "-12-31", "statistician"));
        for (String freeText : List.of("ha-ansokan", "ha-funktionstillstand", "km-plan-innehall", "ku-fungerar-bra",
                "ha-annat-satt-annat", "ku-aktiviteter-annat")) {
            assertFalse(freeText, texts(json(samvaro).path("rows"), "question").contains(freeText));
        }
        assertTrue(texts(json(samvaro).path("rows"), "question").contains("ku-skillnad"));
    }

    @Test
    public void aPseudonymisedRowPerResponseInEveryFormatWithoutAPersonnummerADayOrFreeText() throws Exception {
        given();
        String query = followUp(TROSA, "responses") + "?from=" + Y + "-01-01&to=" + Y + "-12-31&unit=" + SOUTH;
        JsonNode records = json(ok(api.get(query, "statistician")));
        assertEquals("followup-responses", records.path("kind").asText());
        JsonNode rows = records.path("rows");
        assertEquals(26, rows.size());
        List<String> situations = new ArrayList<>();
        for (JsonNode row : rows) {
            assertTrue(row.toString(), row.path("client").asText().matches("[a-p]{32}"));
            assertEquals(TROSA, row.path("template").asText());
            assertEquals("CASE_OFFICER", row.path("role").asText());
            assertTrue(row.toString(), row.path("answeredMonth").asText().matches(Y + "-\\d{2}"));
            assertTrue(row.toString(), row.path("answers").path("aktualiserad").asText().matches(Y + "-\\d{2}"));
            situations.add(row.path("answers").path("situation").asText());
        }
        assertEquals(16, situations.stream().filter("POSITIV"::equals).count());
        assertEquals(List.of("opened", "end"), texts(rows, "occasion").stream().distinct().toList());

        HttpResponse<String> csv = ok(api.get(query + "&format=csv", "statistician"));
        List<String> lines = csv.body().lines().filter(l -> !l.startsWith("#")).toList();
        assertTrue(lines.get(0), lines.get(0).startsWith("client,unit,template,version,occasion,sequence,role,"
                + "answeredMonth,ageBand,gender,kon,alder,barn,huvuddrog,grad,aktualiserad,utredning,"));
        assertEquals(27, lines.size());
        HttpResponse<String> accepted = api.send("GET", query, "statistician", null, null, "Accept", "text/csv");
        assertTrue(accepted.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(csv.body().lines().filter(l -> !l.startsWith("#")).toList(),
                accepted.body().lines().filter(l -> !l.startsWith("#")).toList());

        HttpResponse<byte[]> xlsx = api.getBytes(query + "&format=xlsx", "statistician");
        assertEquals(200, xlsx.statusCode());
        String sheet = sheet(xlsx.body());
        assertTrue("the workbook's header", sheet.contains("answeredMonth") && sheet.contains("situation"));

        String orsRows = ok(api.get(followUp(ORS, "responses") + "?from=" + (Y - 5) + "-01-01&to=" + Y + "-12-31&unit="
                + SOUTH + "&format=csv&excel=true", "statistician")).body().replace("\uFEFF", "");
        Pattern day = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        for (String body : List.of(records.path("rows").toString(), rowsOf(csv.body()), rowsOf(orsRows))) {
            assertFalse(body, PERSONNUMMER.matcher(body).find());
            assertFalse("no day, only months: " + body, day.matcher(body).find());
        }
        assertEquals("the header, and two measurements of each of the 13 ORS enrolments not annulled", 27L,
                orsRows.lines().filter(l -> !l.startsWith("#")).count());
    }

    @Test
    public void onlyStatisticiansExportAndEveryExportIsAudited() throws Exception {
        given();
        String durations = followUp(ORS, "durations") + "?unit=" + SOUTH;
        for (String path : List.of(durations, followUp(ORS, "answers") + "?from=" + Y + "-01-01&to=" + Y + "-12-31",
                followUp(ORS, "responses") + "?from=" + Y + "-01-01&to=" + Y + "-12-31",
                followUp(TROSA, "shares") + "?from=" + Y + "-01-01&to=" + Y + "-12-31&question=situation"
                        + "&positive=POSITIV")) {
            assertProblem(api.get(path, STAFF), 403);
            assertProblem(api.get(path, "staff"), 403);
            assertProblem(api.get(path, "admin"), 403);
            assertProblem(api.get(path, null), 401);
        }
        assertProblem(api.get(followUp("NO_SUCH_TEMPLATE", "durations"), "statistician"), 404);
        assertEquals(List.of("unit"), sortedFields(api.get(followUp(ORS, "durations") + "?unit=NOPE",
                "statistician")));
        assertEquals(List.of("asOf", "version"), sortedFields(api.get(followUp(ORS, "durations")
                + "?version=x&asOf=1800-01-01", "statistician")));
        assertEquals(List.of("version"), sortedFields(api.get(followUp(ORS, "durations") + "?version=7",
                "statistician")));

        ok(api.get(durations, "statistician"));
        JsonNode last = json(api.get("/admin/export-audit?limit=1", "admin")).path("items").get(0);
        assertEquals("statistician", last.path("exportedBy").asText());
        assertEquals("followup-durations", last.path("kind").asText());
        assertTrue(last.path("parameters").asText(), last.path("parameters").asText().startsWith("template=" + ORS
                + "&unit=" + SOUTH + "&asOf="));
        assertEquals(2, last.path("rows").asInt());
        assertEquals(5, last.path("suppressionK").asInt());

        ok(api.get(followUp(TROSA, "responses") + "?from=" + Y + "-01-01&to=" + Y + "-12-31&unit=" + SOUTH,
                "statistician"));
        last = json(api.get("/admin/export-audit?limit=1", "admin")).path("items").get(0);
        assertEquals("followup-responses", last.path("kind").asText());
        assertEquals("record exports are audited with the rows written", 26, last.path("rows").asInt());
    }

    @Test
    public void theOpenApiDocumentNamesEveryFollowUpExport() throws Exception {
        JsonNode paths = json(api.get("/openapi.json", "statistician")).path("paths");
        for (String export : List.of("answers", "durations", "enrolled-and-ended", "shares", "scale-change",
                "scale-change/enrolments", "responses")) {
            JsonNode get = paths.path("/export/followups/{template}/" + export).path("get");
            assertFalse(export, get.isMissingNode());
            assertTrue(export, texts(get.path("parameters"), "name").containsAll(List.of("template", "version", "unit",
                    "format", "excel")));
        }
    }

    @Test
    public void theReadmesFollowUpRecipesReadEveryFormat() throws Exception {
        given();
        List<String> recipes = followUpRecipes();
        assertEquals("one recipe in R and one in Python", List.of("r", "python"), recipes.stream()
                .map(r -> r.substring(0, r.indexOf('\n'))).toList());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        for (String recipe : recipes) {
            boolean r = recipe.startsWith("r\n");
            // the README's templates are the demo's; here they are this class's copies, in its unit
            String ours = recipe.substring(recipe.indexOf('\n') + 1).replace("\"ORS\"", "\"" + ORS + "\"")
                    .replace("\"TROSA_MISSBRUK\"", "\"" + TROSA + "\"");
            String printed = ReadmeRecipes.run(ours, r ? ReadmeRecipes.RSCRIPT : ReadmeRecipes.PYTHON,
                    r ? ".R" : ".py", api.base());
            assertTrue("JSON: Umeå's table as of today\n" + printed, printed.contains("ONGOING")
                    && printed.contains("ENDED"));
            String mean = durations(today, false).split(" ")[3];
            assertTrue("JSON: the ongoing mean " + mean + "\n" + printed, printed.contains(mean)
                    || printed.contains(new BigDecimal(mean).stripTrailingZeros().toPlainString()));
            assertTrue("Excel CSV: the adults' shares as numbers, from their decimal commas\n" + printed,
                    printed.contains("66.7") && printed.contains("33.3"));
            assertFalse(printed, printed.contains("66,7"));
            assertTrue("CSV: ORS change\n" + printed, printed.contains("RELIABLY_IMPROVED") && printed.contains("46.2"));
            assertTrue("XLSX: the responses' situations\n" + printed, printed.contains("OFORANDRAD"));
            assertFalse(printed, printed.contains("Ã"));
        }
    }

    // ---------------------------------------------------------------- the data, through the REST API

    /**
     * Makes the class's data once: its two templates, enabled for {@value TestData#SOUTH}, the ORS enrolments with a
     * baseline and a four-week measurement each (one more enrolment annulled), and Trosa's: ten youths (18 at the
     * start) and fifteen adults (40) started last year, each with the case officer's baseline; five of each dropped
     * out; the youths' situation is POSITIV for five and NEGATIV for five, the adults' POSITIV for eleven and
     * OFORANDRAD for four — one adult who dropped out answered NEGATIV at the end, the latest answer. One Trosa
     * enrolment started the year before, one was annulled.
     */
    private synchronized void given() throws Exception {
        if (given) {
            return;
        }
        copyTemplate("ORS", ORS);
        copyTemplate("TROSA_MISSBRUK", TROSA);
        enable(ORS);
        enable(TROSA);

        for (Stay stay : ORS_STAYS) {
            JsonNode e = enrol(ORS, stay.client(), stay.start());
            long id = e.path("id").asLong();
            respond(id, "baseline", 1, "CLIENT", stay.start(), ors(stay.first()));
            respond(id, "every-4-weeks", 1, "CLIENT", stay.start().plusWeeks(4), ors(stay.latest()));
            if (stay.end() != null) {
                end(id, stay.end(), "COMPLETED");
            }
        }
        JsonNode annulled = enrol(ORS, pnr("19810114", 489), LocalDate.of(Y - 3, 1, 1));
        respond(annulled.path("id").asLong(), "baseline", 1, "CLIENT", LocalDate.of(Y - 3, 1, 1), ors("4"));
        respond(annulled.path("id").asLong(), "every-4-weeks", 1, "CLIENT", LocalDate.of(Y - 3, 1, 29), ors("7"));
        annul(annulled.path("id").asLong());

        for (int i = 0; i < 10; i++) {
            LocalDate born = LocalDate.of(Y - 19, 12, 1 + i);
            LocalDate start = LocalDate.of(Y, 1 + i, 10);
            long id = enrol(TROSA, pnr(born, 560 + 2 * i + i % 2), start).path("id").asLong();
            respond(id, "opened", 1, "CASE_OFFICER", start, trosa(i % 2 == 0, 18, start, i < 5 ? "POSITIV"
                    : "NEGATIV", null));
            if (i >= 5) {
                end(id, start.plusMonths(1), "DROPOUT");
            }
        }
        for (int i = 0; i < 15; i++) {
            LocalDate born = LocalDate.of(Y - 41, 12, 1 + i);
            LocalDate start = LocalDate.of(Y, 1 + i % 12, 12);
            long id = enrol(TROSA, pnr(born, 600 + 2 * i + i % 2), start).path("id").asLong();
            respond(id, "opened", 1, "CASE_OFFICER", start, trosa(i % 2 == 0, 40, start, i < 11 ? "POSITIV"
                    : "OFORANDRAD", null));
            if (i >= 6 && i < 11) {
                LocalDate end = start.plusDays(20);
                end(id, end, "DROPOUT");
                if (i == 10) {
                    respond(id, "end", 1, "CASE_OFFICER", end, trosa(true, 40, start, "NEGATIV", "AVBROTT"));
                }
            }
        }
        LocalDate before = LocalDate.of(Y - 1, 6, 1);
        long earlier = enrol(TROSA, pnr(LocalDate.of(Y - 41, 11, 1), 650), before).path("id").asLong();
        respond(earlier, "opened", 1, "CASE_OFFICER", before, trosa(true, 40, before, "POSITIV", null));
        LocalDate june = LocalDate.of(Y, 6, 1);
        long mistaken = enrol(TROSA, pnr(LocalDate.of(Y - 41, 11, 2), 652), june).path("id").asLong();
        respond(mistaken, "opened", 1, "CASE_OFFICER", june, trosa(true, 40, june, "POSITIV", null));
        annul(mistaken);
        given = true;
    }

    /** Stores the built-in template's document under another code, as an administrator. */
    private void copyTemplate(String builtIn, String code) throws Exception {
        Await.await("the built-in template " + builtIn, PATIENCE, () -> api.get("/followup-templates/" + builtIn,
                "admin").statusCode(), status -> status == 200);
        String document = ok(api.get("/followup-templates/" + builtIn, "admin")).body();
        String copy = document.replaceFirst("\"code\":\\s*\"" + builtIn + "\"", "\"code\": \"" + code + "\"");
        assertFalse("the code was replaced", copy.equals(document));
        HttpResponse<String> stored = api.send("POST", "/admin/followup-templates", "admin", copy, JSON_TYPE);
        assertTrue(stored.body(), stored.statusCode() == 201 || stored.statusCode() == 200);
    }

    private void enable(String template) throws Exception {
        HttpResponse<String> enabled = api.send("POST", "/admin/followup-enablements", "admin", "{\"template\":\""
                + template + "\",\"unit\":\"" + SOUTH + "\",\"from\":\"" + (Y - 10) + "-01-01\"}", JSON_TYPE);
        assertEquals(enabled.body(), 201, enabled.statusCode());
    }

    private JsonNode enrol(String template, String client, LocalDate start) throws Exception {
        HttpResponse<String> created = api.send("POST", "/enrolments", STAFF, "{\"template\":\"" + template
                + "\",\"unit\":\"" + SOUTH + "\",\"client\":\"" + client + "\",\"start\":\"" + start + "\"}",
                JSON_TYPE);
        assertEquals(created.body(), 201, created.statusCode());
        return json(created);
    }

    private void respond(long enrolment, String occasion, int sequence, String role, LocalDate answeredOn,
            String items) throws Exception {
        HttpResponse<String> answered = api.send("POST", "/enrolments/" + enrolment + "/responses", STAFF,
                "{\"occasion\":\"" + occasion + "\",\"sequence\":" + sequence + ",\"role\":\"" + role
                        + "\",\"answeredOn\":\"" + answeredOn + "\",\"questionnaireResponse\":{\"resourceType\":"
                        + "\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[" + items + "]}}", JSON_TYPE);
        assertEquals(answered.body(), 201, answered.statusCode());
    }

    private void end(long enrolment, LocalDate end, String reason) throws Exception {
        String etag = ok(api.get("/enrolments/" + enrolment, STAFF)).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> ended = api.send("POST", "/enrolments/" + enrolment + "/end", STAFF, "{\"end\":\"" + end
                + "\",\"reason\":\"" + reason + "\"}", JSON_TYPE, "If-Match", etag);
        assertEquals(ended.body(), 200, ended.statusCode());
    }

    private void annul(long enrolment) throws Exception {
        String etag = ok(api.get("/enrolments/" + enrolment, STAFF)).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> annulled = api.send("POST", "/enrolments/" + enrolment + "/annul", STAFF,
                "{\"reason\":\"Fel brukare\"}", JSON_TYPE, "If-Match", etag);
        assertEquals(annulled.body(), 200, annulled.statusCode());
    }

    /** @return ORS's four items, each the value (a total of four times it) */
    private static String ors(String each) {
        StringBuilder items = new StringBuilder();
        for (String item : List.of("ors-individual", "ors-relations", "ors-social", "ors-general")) {
            items.append(items.length() == 0 ? "" : ",").append("{\"linkId\":\"").append(item)
                    .append("\",\"answer\":[{\"valueDecimal\":").append(each).append("}]}");
        }
        return items.toString();
    }

    /**
     * @param ended the reason the case ended, or null if it has not
     * @return the case officer's answers to Trosa's questionnaire: background, process (no investigation, no decision)
     *     and result
     */
    private static String trosa(boolean woman, int age, LocalDate opened, String situation, String ended) {
        return "{\"linkId\":\"bakgrund\",\"item\":[" + coding("kon", woman ? "KVINNA" : "MAN") + ","
                + "{\"linkId\":\"alder\",\"answer\":[{\"valueInteger\":" + age + "}]}," + coding("barn", "NEJ") + ","
                + coding("huvuddrog", "ALKOHOL") + "," + coding("grad", "RISKBRUK") + ","
                + "{\"linkId\":\"aktualiserad\",\"answer\":[{\"valueDate\":\"" + opened + "\"}]}]},"
                + "{\"linkId\":\"process\",\"item\":[{\"linkId\":\"utredning\",\"answer\":[{\"valueBoolean\":false}]},"
                + coding("beslut", "INGET_BESLUT") + "]},"
                + "{\"linkId\":\"resultat\",\"item\":[{\"linkId\":\"avslutat\",\"answer\":[{\"valueBoolean\":"
                + (ended != null) + "}]}," + (ended == null ? "" : coding("orsak-avslut", ended) + ",")
                + coding("situation", situation)
                + (ended == null ? "" : ",{\"linkId\":\"ateraktualiserad\",\"answer\":[{\"valueBoolean\":false}]}")
                + "]}";
    }

    private static String coding(String linkId, String code) {
        return "{\"linkId\":\"" + linkId + "\",\"answer\":[{\"valueCoding\":{\"code\":\"" + code + "\"}}]}";
    }

    // ---------------------------------------------------------------- expectations and helpers

    /**
     * @return Umeå's line computed from the data by {@link ChronoUnit#MONTHS}: "STATUS count min max mean median",
     *     the mean and median half up to two decimals
     */
    private static String durations(LocalDate asOf, boolean ended) {
        List<Long> months = new ArrayList<>();
        for (Stay stay : ORS_STAYS) {
            if (stay.start().isAfter(asOf)) {
                continue;
            }
            boolean over = stay.end() != null && !stay.end().isAfter(asOf);
            if (over == ended) {
                months.add(ChronoUnit.MONTHS.between(stay.start(), over ? stay.end() : asOf));
            }
        }
        months.sort(null);
        int n = months.size();
        BigDecimal sum = BigDecimal.valueOf(months.stream().mapToLong(Long::longValue).sum());
        BigDecimal median = BigDecimal.valueOf(months.get((n - 1) / 2) + months.get(n / 2))
                .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return (ended ? "ENDED " : "ONGOING ") + n + " " + months.get(0) + " " + months.get(n - 1) + " "
                + sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP) + " " + median;
    }

    private static String line(JsonNode table, int row) {
        return durations(table).get(row);
    }

    private static List<String> durations(JsonNode table) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : table.path("rows")) {
            lines.add(line.path("status").asText() + " " + line.path("enrolments").asText() + " "
                    + line.path("min").asText() + " " + line.path("max").asText() + " "
                    + new BigDecimal(line.path("mean").asText()).setScale(2, RoundingMode.UNNECESSARY) + " "
                    + new BigDecimal(line.path("median").asText()).setScale(2, RoundingMode.UNNECESSARY));
        }
        return lines;
    }

    private static List<String> shares(JsonNode table) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : table.path("rows")) {
            lines.add(line.path("ageGroup").asText() + " " + line.path("measure").asText() + " "
                    + (line.has("count") ? line.path("count").asText() : "-") + "/"
                    + (line.has("of") ? line.path("of").asText() : "-") + " "
                    + (line.has("percent") ? new BigDecimal(line.path("percent").asText()).setScale(1,
                            RoundingMode.UNNECESSARY).toPlainString() : "-"));
            assertEquals(line.toString(), !line.has("count") || !line.has("of"), line.path("suppressed").asBoolean());
        }
        return lines;
    }

    private static List<String> scale(JsonNode table) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : table.path("rows")) {
            lines.add(line.path("group").asText() + " " + line.path("outcome").asText() + " "
                    + (line.has("enrolments") ? line.path("enrolments").asText() : "-") + "/"
                    + line.path("of").asText() + " " + (line.has("percent") ? new BigDecimal(line.path("percent")
                            .asText()).setScale(1, RoundingMode.UNNECESSARY).toPlainString() : "-"));
        }
        return lines;
    }

    private static String followUp(String template, String export) {
        return "/export/followups/" + template + "/" + export;
    }

    /** @return the lines of a CSV that are not metadata */
    private static String rowsOf(String csv) {
        return String.join("\n", csv.lines().filter(l -> !l.startsWith("#")).toList());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return response;
    }

    private static List<String> sortedFields(HttpResponse<String> response) throws Exception {
        return texts(assertProblem(response, 400).path("errors"), "field").stream().distinct().sorted().toList();
    }

    /** @return the first sheet of a workbook, its XML, read through the central directory (stack pitfalls) */
    private static String sheet(byte[] workbook) throws Exception {
        Path file = Files.createTempFile("followup", ".xlsx");
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                StringBuilder text = new StringBuilder();
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/")) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                return text.toString();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** @return the README's R and Python blocks that read the follow-up exports, each after its language's line */
    private static List<String> followUpRecipes() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty(ReadmeRecipes.README)), StandardCharsets.UTF_8);
        List<String> recipes = new ArrayList<>();
        Matcher m = Pattern.compile("```(r|python)\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            if (m.group(2).contains("/export/followups/")) {
                recipes.add(m.group(1) + "\n" + m.group(2));
            }
        }
        return recipes;
    }

    /** @return a Luhn-valid personnummer {@code yyyymmdd-nnnc} of a synthetic client born on the day */
    static String pnr(LocalDate born, int serial) {
        return pnr(born.toString().replace("-", ""), serial);
    }

    /** @param serial the last digit odd for a man, even for a woman */
    static String pnr(String born, int serial) {
        String nine = born.substring(2) + String.format("%03d", serial);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return born + "-" + String.format("%03d", serial) + (10 - sum % 10) % 10;
    }
}
