package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.browsertests.KarafProcess.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The statistics dashboard, {@code /folja/dashboard/}, as a statistician uses it: the first screen is Kalmar's table
 * of the demo data as text (41 clients, 88 sessions a week, 140 cancellations, 17,7 % ≈ 18 %, reasons and life areas
 * ranked) with the data's period as the default filter; the charts are drawn with their text alternatives and
 * suppressed cells shown as suppressed; filtering a unit by keyboard changes the figures and the address; a chart's
 * CSV, fetched as the browser would download it, holds the export API's numbers for the same parameters and the
 * numbers of the chart's table; refused filters are shown beside the field and in the summary; English; 640 px
 * (1280 px at 200 % zoom) without sideways scrolling; WCAG 2.1 A/AA at each of these states; the README's screenshot.
 */
class DashboardPageIT extends BrowserTest {

    private static final String PAGE = "/folja/dashboard/";

    @Test
    void aStatisticianSeesKalmarsTableFiltersAUnitAndDownloadsTheExportApisNumbers() throws Exception {
        recordPolicyViolations();
        logIn("statistician", "statistician", PAGE);
        awaitDrawn();
        // the first screen's period: the months of the last year with non-deliveries — Kalmar's September and October
        // on the untouched demo; the other browser tests register more in the same Karaf, later in the year
        assertTrue(value("dashboard-from").compareTo("2026-09-01") <= 0, value("dashboard-from"));
        assertTrue(value("dashboard-to").compareTo("2026-10-31") >= 0, value("dashboard-to"));
        assertTrue(Integer.parseInt(figure("cancellations").replace(" ", "")) >= 140, figure("cancellations"));
        // Kalmar's two months, as the untouched demo's first screen shows them
        open(PAGE + "?from=2026-09-01&to=2026-10-31");
        awaitDrawn();
        assertEquals("2026-09-01", value("dashboard-from"));
        assertEquals("2026-10-31", value("dashboard-to"));
        assertEquals("41", figure("clients"));
        assertEquals("88", figure("sessions"));
        assertEquals("140", figure("cancellations"));
        assertEquals("17,7 %", figure("share"));
        String text = driver.findElement(By.cssSelector(".dashboard-summary__text")).getText();
        assertTrue(text.startsWith("41 brukare (25 kvinnor, 16 män) hade beviljade insatser, sammanlagt 88 "
                + "insatstillfällen i veckan"), text);
        assertTrue(text.contains("140 insatser blev inte av, 17,7 % av de beviljade (cirka 18 %)"), text);
        List<String> reasons = items("reasons");
        assertEquals("Bortrest: 40 avbokningar, 24 brukare", reasons.get(0));
        assertTrue(reasons.get(1).startsWith("Mående: 25"), reasons.toString());
        assertTrue(reasons.get(2).startsWith("Annan aktivitet, t.ex. myndighetskontakter"), reasons.toString());
        assertTrue(reasons.get(reasons.size() - 1).endsWith("skyddad (färre än 5 brukare)"), reasons.toString());
        List<String> areas = items("lifeAreas");
        assertTrue(areas.get(0).startsWith("Hemliv: 113 avbokningar, 32 brukare"), areas.toString());
        assertTrue(areas.get(1).startsWith("Allmänna uppgifter och krav"), areas.toString());
        assertTrue(areas.get(2).startsWith("Samhällsgemenskap, socialt och medborgerligt liv"), areas.toString());

        // every chart is drawn on a canvas with a text alternative; a suppressed reason is said to be suppressed
        List<String> charts = List.of("reason", "unit", "week", "rate", "lifeAreas", "durations", "ors");
        for (String chart : charts) {
            WebElement canvas = driver.findElement(By.cssSelector("#chart-" + chart + "-canvas"));
            assertEquals("img", canvas.getDomAttribute("role"), chart);
            assertFalse(canvas.findElements(By.tagName("canvas")).isEmpty(), chart);
        }
        String reasonAlternative = driver.findElement(By.id("chart-reason-canvas")).getDomAttribute("aria-label");
        assertTrue(reasonAlternative.startsWith("Ej genomförda insatser per orsak. Bortrest: 40; Mående: 25;"),
                reasonAlternative);
        assertTrue(reasonAlternative.contains("Ny/okänd personal, inkl. ordinarie personal som inte vanligtvis är hos "
                + "brukaren: skyddad (< 5)"), reasonAlternative);
        assertTrue(driver.findElement(By.id("chart-rate-canvas")).getDomAttribute("aria-label")
                .contains("v. 42: 25,0 %"));
        Map<String, List<String>> reasonTable = table("reason");
        assertEquals(List.of("skyddad (< 5)", "skyddad (< 5)"),
                reasonTable.get("Påverkan i omvärlden (t.ex. utbildning, planeringsdag)"));
        assertEquals(List.of("140", "40"), reasonTable.get("Totalt"));
        Axe.assertNoViolations(driver, PAGE);
        // the README's picture: the summary and the first charts, as a 1280 px wide window shows them
        driver.manage().window().setSize(new Dimension(1280, 2000));
        awaitDrawn();
        screenshot("dashboard.png");
        driver.manage().window().setSize(new Dimension(1280, 900));

        // keyboard only: the unit is chosen in its list and the filter sent with Enter
        WebElement unit = driver.findElement(By.id("dashboard-unit"));
        unit.sendKeys("Boendestöd Norr"); // typing a closed list's option name chooses it
        assertEquals("BOSTOD_NORR", unit.getDomProperty("value"));
        unit.sendKeys(Keys.TAB);
        WebElement show = driver.switchTo().activeElement();
        assertEquals("submit", show.getDomAttribute("type"));
        show.sendKeys(Keys.ENTER);
        await().until(ExpectedConditions.urlContains("unit=BOSTOD_NORR"));
        assertTrue(driver.getCurrentUrl().endsWith(PAGE + "?from=2026-09-01&to=2026-10-31&unit=BOSTOD_NORR"),
                driver.getCurrentUrl());
        awaitDrawn();
        assertEquals("Statistiken visar det nya urvalet.", driver.findElement(By.cssSelector(".status")).getText());
        assertEquals("submit", driver.switchTo().activeElement().getDomAttribute("type"));
        JsonNode norr = json(karaf.api("GET", "/export/summary?from=2026-09-01&to=2026-10-31&unit=BOSTOD_NORR",
                "statistician", null));
        assertEquals(norr.path("clients").asText(), figure("clients"));
        assertEquals(norr.path("cancellations").asText(), figure("cancellations"));
        assertEquals("9", figure("clients"));
        assertEquals("37", figure("cancellations"));
        assertTrue(driver.findElement(By.cssSelector(".dashboard-summary__text")).getText()
                .contains("(könsfördelningen skyddad)"));

        // the CSV the page offers for the reasons, fetched as the browser downloads it, is the export API's CSV for
        // the same parameters: its numbers are the export's JSON numbers and the chart table's
        WebElement link = driver.findElement(By.cssSelector("[data-chart=reason] a.chart__csv"));
        String href = link.getDomAttribute("href");
        assertEquals("/folja/api/v1/export/non-deliveries/aggregate?from=2026-09-01&to=2026-10-31&unit=BOSTOD_NORR"
                + "&groupBy=reason&format=csv", href);
        String csv = (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('ERROR ' + e));
                """, href);
        Map<String, List<String>> csvRows = csvRows(csv, "reason", "nonDeliveries", "clients", "suppressed");
        JsonNode export = json(karaf.api("GET", "/export/non-deliveries/aggregate?from=2026-09-01&to=2026-10-31"
                + "&unit=BOSTOD_NORR&groupBy=reason", "statistician", null));
        assertEquals(export.path("rows").size(), csvRows.size());
        Map<String, String> labels = reasonLabels();
        Map<String, List<String>> shown = table("reason");
        int suppressed = 0;
        for (JsonNode row : export.path("rows")) {
            String code = row.path("reason").asText();
            List<String> line = csvRows.get(code);
            boolean hidden = row.path("suppressed").asBoolean();
            assertEquals(hidden ? "TRUE" : "FALSE", line.get(2), code);
            assertEquals(hidden ? "" : row.path("nonDeliveries").asText(), line.get(0), code);
            assertEquals(hidden ? "" : row.path("clients").asText(), line.get(1), code);
            List<String> cells = shown.get(code.equals("TOTAL") ? "Totalt" : labels.get(code));
            assertEquals(hidden ? List.of("skyddad (< 5)", "skyddad (< 5)") : List.of(line.get(0), line.get(1)), cells,
                    code);
            suppressed += hidden ? 1 : 0;
        }
        assertTrue(suppressed > 0, "BOSTOD_NORR's reasons include suppressed cells");
        assertEquals("37", csvRows.get("TOTAL").get(0));

        // the table behind a chart opens by keyboard
        WebElement toggle = driver.findElement(By.cssSelector("[data-chart=unit] details summary"));
        assertFalse(driver.findElement(By.cssSelector("[data-chart=unit] table")).isDisplayed());
        toggle.sendKeys(Keys.ENTER);
        await().until(d -> "true".equals(toggle.findElement(By.xpath("..")).getDomProperty("open")));
        assertTrue(driver.findElement(By.cssSelector("[data-chart=unit] table")).isDisplayed());
        Axe.assertNoViolations(driver, PAGE + " filtered by a unit with a table open");
        // ECharts drew everything under the page's Content-Security-Policy, with nothing refused
        assertEquals(List.of(), driver.executeScript("return window.__policyViolations"));
    }

    @Test
    void refusedFiltersAreShownBesideTheFieldAndInTheSummary() throws Exception {
        logIn("statistician", "statistician", PAGE + "?from=2026-09-01&to=2026-10-31");
        awaitDrawn();
        WebElement to = driver.findElement(By.id("dashboard-to"));
        to.clear();
        to.sendKeys("2026-08-01", Keys.ENTER);
        WebElement summary = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertEquals(summary, driver.switchTo().activeElement());
        assertTrue(summary.getText().contains("Slutdatumet får inte vara före startdatumet"), summary.getText());
        assertEquals("Slutdatumet får inte vara före startdatumet",
                driver.findElement(By.id("dashboard-to-error")).getText());
        Axe.assertNoViolations(driver, PAGE + " with a refused filter");
        summary.findElement(By.tagName("a")).sendKeys(Keys.ENTER);
        assertEquals("dashboard-to", driver.switchTo().activeElement().getDomAttribute("id"));

        // a period the API refuses (more than ten years) is named by the API and shown beside its field
        to.clear();
        to.sendKeys("2040-01-01", Keys.ENTER);
        await().until(d -> !d.findElements(By.id("dashboard-to-error")).isEmpty()
                && d.findElement(By.id("dashboard-to-error")).getText().contains("10 years"));
        assertTrue(driver.findElement(By.cssSelector(".error-summary")).getText().contains("10 years"));
    }

    @Test
    void thePageFits640PixelsInEnglishAndSwedishWithoutWcagViolations() throws Exception {
        logIn("statistician", "statistician", PAGE + "?lang=en");
        driver.manage().window().setSize(new Dimension(640, 900));
        for (String path : List.of(PAGE + "?lang=en", PAGE)) {
            open(path);
            awaitDrawn();
            long innerWidth = (Long) driver.executeScript("return window.innerWidth");
            assertTrue(innerWidth <= 660, "the window is narrow: " + innerWidth);
            assertEquals(Boolean.TRUE, driver.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                    path + " scrolls sideways at 640 px: " + driver.executeScript("""
                            const width = document.documentElement.clientWidth;
                            const wide = [...document.querySelectorAll('body *')]
                                .filter(e => !e.parentElement.closest('.table-wrapper') && e.getBoundingClientRect().right > width)
                                .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                            return document.documentElement.scrollWidth + ' > ' + width + ': ' + wide.slice(0, 12).join(', ');"""));
            // each chart's canvas was drawn to the narrow width
            for (WebElement canvas : driver.findElements(By.cssSelector(".chart__canvas canvas"))) {
                assertTrue(canvas.getRect().getWidth() <= innerWidth, "a chart wider than the window");
            }
            Axe.assertNoViolations(driver, path + " at 640 px");
        }
        open(PAGE + "?from=2026-09-01&to=2026-10-31&lang=en");
        awaitDrawn();
        assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("17.7%", figure("share"));
        String text = driver.findElement(By.cssSelector(".dashboard-summary__text")).getText();
        assertTrue(text.startsWith("41 clients (25 women, 16 men) had granted interventions, 88 sessions a week"), text);
        assertTrue(text.contains("140 sessions did not take place, 17.7% of those granted (about 18%)"), text);
        assertEquals("Away / travelling: 40 cancellations, 24 clients", items("reasons").get(0));
        assertTrue(items("lifeAreas").get(0).startsWith("Domestic life: 113"));
        assertTrue(driver.findElement(By.id("chart-week-canvas")).getDomAttribute("aria-label")
                .startsWith("Non-deliveries by week. week 36: 11; week 37: 11;"));
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheLoginPage() {
        open(PAGE);
        await().until(ExpectedConditions.urlContains("/folja/login"));
        assertTrue(driver.getCurrentUrl().contains("next=" + URLEncoder.encode(PAGE, StandardCharsets.UTF_8)),
                driver.getCurrentUrl());
    }

    // ---- the page ----------------------------------------------------------------------------------------------

    /** From the next page on, every Content-Security-Policy violation is kept in {@code window.__policyViolations}. */
    private void recordPolicyViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__policyViolations = [];
                document.addEventListener('securitypolicyviolation',
                    (e) => window.__policyViolations.push(e.violatedDirective + ' ' + e.blockedURI));"""));
    }

    /** Waits until the page says the summary and every chart are drawn. */
    private void awaitDrawn() {
        await().withMessage("the dashboard drawn").until(d -> !d.findElements(
                By.cssSelector("folja-dashboard-page[data-state=drawn] .dashboard-summary")).isEmpty());
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    private String figure(String name) {
        return driver.findElement(By.cssSelector("[data-figure=" + name + "]")).getText().replace('\u00a0', ' ');
    }

    private List<String> items(String list) {
        List<String> texts = new ArrayList<>();
        for (WebElement item : driver.findElements(By.cssSelector("[data-list=" + list + "] li"))) {
            texts.add(item.getText());
        }
        return texts;
    }

    /** A chart's table as shown (read from the DOM, also while closed): row heading -> the other cells. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> table(String chart) {
        List<List<String>> rows = (List<List<String>>) driver.executeScript("""
                return [...document.querySelectorAll('[data-chart=' + arguments[0] + '] tbody tr')]
                    .map(tr => [...tr.children].map(c => c.textContent.trim().replace(/\\u00a0/g, ' ')));""", chart);
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (List<String> row : rows) {
            table.put(row.get(0), row.subList(1, row.size()));
        }
        return table;
    }

    /** The data rows of an export's CSV (its {@code #} lines skipped): first column -> the named columns. */
    private static Map<String, List<String>> csvRows(String csv, String key, String... columns) {
        List<String> lines = csv.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        assertEquals(key, header.get(0), csv);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] values = line.split(",", -1);
            List<String> picked = new ArrayList<>();
            for (String column : columns) {
                if (!column.equals(key)) {
                    picked.add(values[header.indexOf(column)]);
                }
            }
            rows.put(values[0], picked);
        }
        return rows;
    }

    private Map<String, String> reasonLabels() throws Exception {
        HttpResponse<String> reasons = karaf.api("GET", "/reason-codes", "statistician", null);
        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonNode reason : json(reasons)) {
            labels.put(reason.path("code").asText(), reason.path("label").asText());
        }
        return labels;
    }
}
