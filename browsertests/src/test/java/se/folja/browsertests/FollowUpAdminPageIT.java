package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.browsertests.KarafProcess.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The template administration, {@code /folja/admin/followups/}, as an administrator uses it: a template with an
 * error uploaded and the error shown by its JSON path in the error summary and beside the document (with its line);
 * the fixed template uploaded as version 1 (and again: nothing stored); its versions browsed, with the preview link
 * of each role; enabled for a unit and a period, the period changed, a concurrent change answered with what changed
 * and "Ladda om", disabled after a second step, and its history read; a document over 1 MB refused in words;
 * Swedish and English; a 640 px window (1280 px at 200 %) without sideways scrolling; WCAG 2.1 A/AA at each state.
 * Every template the test uploads has a code of its own, and every enablement it makes is disabled when it ends:
 * the demo's own enablements are only read.
 */
class FollowUpAdminPageIT extends BrowserTest {

    private static final String PAGE = "/folja/admin/followups/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String UNIT = "BOSTOD_VAST";
    private static final String BAD_PATH = "$.respondents[0].questionnaire.item[1].type";

    /** Codes of the templates this test uploaded: their enablements are disabled after it. */
    private final List<String> uploaded = new ArrayList<>();

    @AfterEach
    void disableWhatTheTestEnabled() throws Exception {
        for (String code : uploaded) {
            for (JsonNode e : json(karaf.api("GET", "/followup-enablements?template=" + code, "admin", null))) {
                if (e.path("status").asText().equals("ENABLED") && !e.path("source").asText().equals("CONFIGURATION")) {
                    HttpResponse<String> disabled = karaf.api("POST", "/admin/followup-enablements/"
                            + e.path("id").asLong() + "/disable", "admin", null,
                            "If-Match", "\"" + e.path("revision").asLong() + "\"");
                    assertEquals(200, disabled.statusCode(), disabled.body());
                }
            }
        }
    }

    @Test
    void anAdministratorFixesARefusedTemplateThenEnablesChangesAndDisablesIt() throws Exception {
        String code = uniqueCode();
        uploaded.add(code);
        logIn("admin", "admin", PAGE);
        awaitTemplate("ORS");
        assertEquals("sv", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Uppföljningsmallar", driver.findElement(By.tagName("h1")).getText());
        Axe.assertNoViolations(driver, PAGE);

        // the demo's ORS with its versions and the units it is enabled for (read only), shown by keyboard
        WebElement show = driver.findElement(By.id("template-ORS-show"));
        show.sendKeys(Keys.ENTER);
        await().until(d -> "template-heading".equals(d.switchTo().activeElement().getDomAttribute("id")));
        awaitEnablementsLoaded();
        assertFalse(driver.findElements(By.cssSelector("#enablement-table tbody tr")).isEmpty(),
                "the demo enables ORS for a unit");
        assertTrue(driver.findElement(By.id("proposals-text")).getText().contains("enhetens personal"));
        screenshotOfTemplateAndEnablements();
        Axe.assertNoViolations(driver, PAGE + " with ORS shown");

        // a template with a question of a type outside Följa's subset: refused, by its path, beside the document
        choose(templateFile(code, "dateTime"));
        submitUpload();
        WebElement summary = await().withMessage("the upload's error summary").until(d -> d.findElement(
                By.cssSelector("folja-template-upload .error-summary")));
        assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", summary));
        List<String> summaryLines = summary.findElements(By.cssSelector("li")).stream().map(WebElement::getText)
                .toList();
        assertEquals("Dokumentet har ett fel och har inte sparats.", summaryLines.get(0));
        assertTrue(summaryLines.get(1).startsWith(BAD_PATH + ": is outside Följa's subset"), summaryLines.get(1));
        WebElement beside = driver.findElement(By.cssSelector("#upload-errors li[data-field='" + BAD_PATH + "']"));
        assertEquals(BAD_PATH, beside.findElement(By.cssSelector(".document-errors__path")).getText());
        String line = beside.findElement(By.cssSelector(".document-errors__line")).getText();
        assertTrue(line.startsWith("Rad 14:") && line.contains("\"type\": \"dateTime\""), line);
        WebElement document = driver.findElement(By.id("upload-document"));
        assertEquals("true", document.getDomAttribute("aria-invalid"));
        assertTrue(document.getDomAttribute("aria-describedby").contains("upload-errors"));
        // the summary's link leads to the error beside the document
        summary.findElements(By.cssSelector("a")).get(1).click();
        assertEquals("upload-error-0", driver.switchTo().activeElement().getDomAttribute("id"));
        assertEquals(404, karaf.api("GET", "/followup-templates/" + code, "admin", null).statusCode(),
                "nothing is stored");
        Axe.assertNoViolations(driver, PAGE + " with the upload's errors");

        // fixed: stored as version 1, listed and shown; the same document again stores nothing
        Path valid = templateFile(code, "date");
        choose(valid);
        submitUpload();
        awaitUploadResult("Mallen " + code + " är sparad som version 1.");
        assertTrue(driver.findElements(By.cssSelector("folja-template-upload .error-summary")).isEmpty());
        assertTrue(driver.findElements(By.id("upload-errors")).isEmpty());
        awaitTemplate(code);
        await().until(d -> d.findElement(By.id("template-heading")).getText().equals(code + ": Webbtest"));
        assertEquals("1", cell(driver.findElement(By.cssSelector("#templates-table tr[data-code='" + code + "']")), 2));
        submitUpload();
        awaitUploadResult("Dokumentet är identiskt med version 1 av " + code + ". Inget har sparats.");
        assertEquals(1, json(karaf.api("GET", "/followup-templates/" + code + "/versions", "admin", null)).size());

        // its versions: one, browsed: the client's questions and the preview of the client's form
        List<WebElement> versions = await().until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#versions-table tbody tr"));
            return rows.size() == 1 ? rows : null;
        });
        assertEquals("admin", cell(versions.get(0), 2));
        assertEquals("Uppladdad", cell(versions.get(0), 3));
        WebElement download = driver.findElement(By.id("version-1-download"));
        assertEquals("/folja/api/v1/followup-templates/" + code + "/versions/1", download.getDomAttribute("href"));
        assertEquals(Files.readString(valid), driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));""",
                download.getDomAttribute("href")), "the link gives the document exactly as uploaded");
        driver.findElement(By.id("version-1-browse")).click();
        await().until(d -> "content-heading".equals(d.switchTo().activeElement().getDomAttribute("id")));
        WebElement client = await().until(d -> d.findElement(By.cssSelector("#version-content [data-role=CLIENT]")));
        assertEquals("Formulär för brukare", client.findElement(By.tagName("h4")).getText());
        assertEquals(List.of("mood", "when"), client.findElements(By.cssSelector(".question-list > li")).stream()
                .map(li -> li.getDomAttribute("data-link-id")).toList());
        assertTrue(client.getText().contains("Hur mår du?"), client.getText());
        assertTrue(client.getText().contains("Heltal, obligatorisk, 0 till 10"), client.getText());
        assertEquals(PAGE + "preview/?questionnaire=" + code.replace('_', '.') + "-v1-client",
                driver.findElement(By.id("preview-CLIENT")).getDomAttribute("href"));
        Axe.assertNoViolations(driver, PAGE + " with a version's content");

        // enabled for a unit from today until a day of our choice
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        assertEquals(today.toString(), driver.findElement(By.id("enablement-new-from")).getDomProperty("value"));
        submit("enablement-new-from");
        WebElement unitError = await().until(d -> d.findElement(By.id("enablement-new-unit-error")));
        assertEquals("Fel: Välj en aktiv enhet.", unitError.getText().replaceAll("\\s+", " ").strip());
        new Select(driver.findElement(By.id("enablement-new-unit"))).selectByValue(UNIT);
        fill("enablement-new-to", today.minusDays(1).toString());
        submit("enablement-new-from");
        WebElement toError = await().until(d -> d.findElement(By.id("enablement-new-to-error")));
        assertEquals("Fel: Ange sista dagen som åååå-mm-dd, samma dag som den första eller senare.",
                toError.getText().replaceAll("\\s+", " ").strip());
        assertTrue(driver.findElements(By.id("enablement-new-unit-error")).isEmpty());
        assertEquals(List.of("#enablement-new-to"), driver.findElements(By.cssSelector(
                "folja-template-enablements .error-summary a")).stream().map(a -> a.getDomAttribute("href")).toList());
        assertTrue(json(karaf.api("GET", "/followup-enablements?template=" + code + "&includeEnded=true", "admin",
                null)).isEmpty(), "nothing enabled");
        Axe.assertNoViolations(driver, PAGE + " with the enable form's errors");
        fill("enablement-new-to", today.plusDays(30).toString());
        submit("enablement-new-from");
        String unitName = unitLabel(UNIT) + " (" + UNIT + ")";
        awaitStatus(code + " version 1 är aktiverad för " + unitName + " från " + today + ".");
        WebElement row = enablementRow(UNIT);
        long id = Long.parseLong(row.getDomAttribute("data-id"));
        assertEquals(List.of(unitName, "1", today + " – " + today.plusDays(30), "Aktiv", "Sidan eller API:t"),
                List.of(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 4)));
        assertEquals("enablement-" + id + "-change", driver.switchTo().activeElement().getDomAttribute("id"));

        // its period changed
        driver.findElement(By.id("enablement-" + id + "-change")).sendKeys(Keys.ENTER);
        await().until(d -> "enablement-edit-heading".equals(d.switchTo().activeElement().getDomAttribute("id")));
        Axe.assertNoViolations(driver, PAGE + " with an enablement in edit");
        fill("enablement-edit-to", today.plusDays(60).toString());
        submit("enablement-edit-to");
        awaitStatus("Aktiveringen för " + unitName + " är ändrad: version 1, " + today + " – " + today.plusDays(60)
                + ".");
        assertEquals(today.plusDays(60).toString(), enablement(id).path("to").asText());
        assertEquals("enablement-" + id + "-change", driver.switchTo().activeElement().getDomAttribute("id"));

        // someone else changes it after the page read it: the page shows what changed and overwrites nothing
        driver.findElement(By.id("enablement-" + id + "-change")).click();
        HttpResponse<String> other = karaf.api("PATCH", "/admin/followup-enablements/" + id, "admin",
                "{\"to\": \"" + today.plusDays(90) + "\"}", "If-Match", "\"2\"");
        assertEquals(200, other.statusCode(), other.body());
        fill("enablement-edit-to", today.plusDays(45).toString());
        submit("enablement-edit-to");
        WebElement conflict = await().withMessage("the conflict").until(d -> d.findElement(By.id("enablement-conflict")));
        assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", conflict));
        assertEquals("Aktiveringen för " + unitName + " har ändrats av någon annan",
                conflict.findElement(By.tagName("h4")).getText());
        assertTrue(conflict.getText().contains("Sista dag: " + today.plusDays(60) + " → " + today.plusDays(90)),
                conflict.getText());
        assertEquals(today.plusDays(90).toString(), enablement(id).path("to").asText(), "nothing is overwritten");
        Axe.assertNoViolations(driver, PAGE + " with a conflict");
        conflict.findElement(By.xpath(".//button[normalize-space()='Ladda om']")).click();
        await().until(d -> today.plusDays(90).toString().equals(
                d.findElement(By.id("enablement-edit-to")).getDomProperty("value")));
        awaitStatus("Aktiveringen för " + unitName + " är omläst och visar nu det som är sparat.");
        assertTrue(driver.findElements(By.id("enablement-conflict")).isEmpty());
        assertEquals(today + " – " + today.plusDays(90), cell(enablementRow(UNIT), 2));
        driver.findElement(By.xpath("//form//button[normalize-space()='Avbryt']")).click();

        // disabled after a second step, by keyboard
        driver.findElement(By.id("enablement-" + id + "-disable")).sendKeys(Keys.ENTER);
        await().until(d -> "enablement-disable-heading".equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertEquals("ENABLED", enablement(id).path("status").asText(), "not yet: a second step asks first");
        Axe.assertNoViolations(driver, PAGE + " asking before disabling");
        driver.findElement(By.id("enablement-disable-confirm")).sendKeys(Keys.ENTER);
        awaitStatus("Aktiveringen för " + unitName + " är avstängd.");
        assertEquals("DISABLED", enablement(id).path("status").asText());
        assertEquals("Avstängd", cell(enablementRow(UNIT), 3));
        assertTrue(driver.findElements(By.id("enablement-" + id + "-disable")).isEmpty());

        // its history: who, when, before → after
        driver.findElement(By.id("enablement-" + id + "-history")).click();
        await().until(d -> "enablement-history-heading".equals(d.switchTo().activeElement().getDomAttribute("id")));
        List<WebElement> entries = await().until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#enablement-history-table tbody tr"));
            return rows.size() == 4 ? rows : null;
        });
        assertEquals(List.of("Aktiverad", "Ändrad", "Ändrad", "Avstängd"), entries.stream().map(e -> cell(e, 1)).toList());
        assertTrue(entries.stream().allMatch(e -> cell(e, 2).equals("admin")));
        assertTrue(cell(entries.get(0), 3).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), cell(entries.get(0), 3));
        assertEquals("Sista dag: " + today.plusDays(30) + " → " + today.plusDays(60), cell(entries.get(1), 4));
        assertEquals("Status: Aktiverad → Avstängd", cell(entries.get(3), 4));
        Axe.assertNoViolations(driver, PAGE + " with an enablement's history");
    }

    @Test
    void thePageFitsA640PixelWindowInSwedishAndEnglishAndRefusesADocumentOverOneMegabyte() throws Exception {
        logIn("admin", "admin", PAGE + "?lang=en");
        awaitTemplate("ORS");
        assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Follow-up templates", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.id("template-ORS-show")).click();
        awaitEnablementsLoaded();
        assertEquals("Units using ORS", driver.findElement(By.id("enablement-heading")).getText());
        assertTrue(driver.findElement(By.id("proposals-text")).getText().contains("the unit's staff"));
        Axe.assertNoViolations(driver, PAGE + "?lang=en");

        // larger than 1 MB: told in words, nothing stored
        driver.executeScript("document.getElementById('upload-document').value = arguments[0]",
                "{\"code\": \"" + "X".repeat(1024 * 1024) + "\"}");
        submitUpload();
        WebElement error = await().until(d -> d.findElement(By.id("upload-document-error")));
        assertEquals("Error: The document is larger than 1 MB and was not stored. A template may be at most 1 MB"
                + " (1,048,576 bytes).", error.getText().replaceAll("\\s+", " ").strip());
        Axe.assertNoViolations(driver, PAGE + "?lang=en with a document too large");

        driver.manage().window().setSize(new Dimension(640, 900));
        for (String path : List.of(PAGE, PAGE + "?lang=en")) {
            open(path);
            awaitTemplate("ALDREOMSORG_SOCIAL_SAMVARO");
            driver.findElement(By.id("template-ALDREOMSORG_SOCIAL_SAMVARO-show")).click();
            awaitEnablementsLoaded();
            driver.findElement(By.id("version-1-browse")).click();
            await().until(d -> !d.findElements(By.cssSelector("#version-content [data-role]")).isEmpty());
            driver.findElement(By.id("upload-document")).sendKeys("{\"resourceType\": \"FoljaFollowUpTemplate\"}");
            submitUpload();
            await().until(d -> !d.findElements(By.cssSelector("#upload-errors li")).isEmpty());
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
            Axe.assertNoViolations(driver, path + " at 640 px");
        }
    }

    @Test
    void anEnablementKeptInKarafsConfigurationIsShownReadOnlyWithWhy() throws Exception {
        String code = uniqueCode();
        uploaded.add(code);
        HttpResponse<String> stored = karaf.api("POST", "/admin/followup-templates", "admin",
                Files.readString(templateFile(code, "date")));
        assertEquals(201, stored.statusCode(), stored.body());
        Path etc = Path.of(System.getProperty("browsertests.home")).resolve("etc");
        String name = "se.folja.followup.enablement-" + code.toLowerCase().replace('_', '-');
        Path file = etc.resolve(name + ".cfg");
        Path written = etc.resolve(name + ".cfg.tmp");
        Files.writeString(written, "template = " + code + "\nunit = " + UNIT + "\n");
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        try {
            until("the configuration's enablement",
                    () -> json(karaf.api("GET", "/followup-enablements?template=" + code, "admin", null)).size() == 1);
            logIn("admin", "admin", PAGE);
            awaitTemplate(code);
            driver.findElement(By.id("template-" + code + "-show")).click();
            awaitEnablementsLoaded();
            WebElement row = enablementRow(UNIT);
            long id = Long.parseLong(row.getDomAttribute("data-id"));
            assertEquals("Karaf-konfiguration", cell(row, 4));
            String why = row.findElement(By.cssSelector(".configured")).getText();
            assertTrue(why.startsWith("Styrs av Karaf-konfigurationen se.folja.followup.enablement")
                    && why.contains("ändras och stängs av bara där"), why);
            assertTrue(driver.findElements(By.id("enablement-" + id + "-change")).isEmpty(), "no change");
            assertTrue(driver.findElements(By.id("enablement-" + id + "-disable")).isEmpty(), "no disabling");
            driver.findElement(By.id("enablement-" + id + "-history")).click();
            await().until(d -> d.findElements(By.cssSelector("#enablement-history-table tbody tr")).size() == 1);
            Axe.assertNoViolations(driver, PAGE + " with an enablement from the configuration");
        } finally {
            Files.deleteIfExists(file);
            until("the enablement disabled with its file", () -> json(karaf.api("GET",
                    "/followup-enablements?template=" + code + "&includeEnded=true", "admin", null))
                    .path(0).path("status").asText().equals("DISABLED"));
        }
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheLoginPage() {
        open(PAGE);
        await().until(ExpectedConditions.urlContains("/folja/login"));
        assertTrue(driver.getCurrentUrl().contains("next=" + URLEncoder.encode(PAGE, StandardCharsets.UTF_8)),
                driver.getCurrentUrl());
    }

    // ---- the page ----------------------------------------------------------------------------------------------

    private void awaitTemplate(String code) {
        await().withMessage("the template " + code + " in the list").until(d -> !d.findElements(
                By.cssSelector("#templates-table tr[data-code='" + code + "']")).isEmpty());
    }

    private void awaitEnablementsLoaded() {
        await().withMessage("the enablements").until(d -> !d.findElements(By.id("enablement-table")).isEmpty()
                || !d.findElements(By.id("enablement-none")).isEmpty());
    }

    private WebElement enablementRow(String unit) {
        return driver.findElement(By.cssSelector("#enablement-table tr[data-unit='" + unit + "']"));
    }

    private static String cell(WebElement row, int index) {
        return row.findElements(By.cssSelector("th, td")).get(index).getText().strip();
    }

    private void choose(Path file) {
        WebElement input = driver.findElement(By.id("upload-file"));
        input.sendKeys(file.toAbsolutePath().toString());
        String expected;
        try {
            expected = Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        await().withMessage("the file's content in the box").until(d -> expected.equals(
                d.findElement(By.id("upload-document")).getDomProperty("value")));
    }

    private void submitUpload() {
        submit("upload-document");
    }

    private void awaitUploadResult(String text) {
        WebElement result = await().withMessage(text).until(d -> {
            List<WebElement> found = d.findElements(By.id("upload-result"));
            return !found.isEmpty() && found.get(0).getText().strip().equals(text) ? found.get(0) : null;
        });
        assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", result));
    }

    private void awaitStatus(String text) {
        await().withMessage("the status message " + text).until(d -> text.equals(
                d.findElement(By.cssSelector("folja-template-enablements .admin-status")).getText().strip()));
    }

    private void fill(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Submits the form of the field, as a person does with its submit button. */
    private void submit(String fieldId) {
        WebElement form = driver.findElement(By.id(fieldId)).findElement(By.xpath("./ancestor::form"));
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /**
     * {@code docs/images/followup-admin.png}: the Swedish page at 1280 px wide with ORS shown, tall enough for the
     * templates, ORS's versions and the units it is enabled for.
     */
    private void screenshotOfTemplateAndEnablements() throws Exception {
        Dimension window = driver.manage().window().getSize();
        long bottom = (Long) driver.executeScript("""
                const table = document.getElementById('enablement-table') || document.getElementById('enablement-none');
                return Math.ceil(table.getBoundingClientRect().bottom + window.scrollY + 16);""");
        long chrome = (Long) driver.executeScript("return window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) (bottom + chrome)));
        driver.executeScript("window.scrollTo(0, 0)");
        driver.executeScript("document.activeElement.blur()");
        screenshot("followup-admin.png");
        driver.manage().window().setSize(window);
    }

    // ---- the API and the documents -----------------------------------------------------------------------------

    private static String uniqueCode() {
        return "BT_ADMIN_" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + SERIAL.incrementAndGet();
    }

    /** Waits until the server's state meets {@code condition}, polling the API. */
    private void until(String message, Callable<Boolean> condition) {
        new FluentWait<>(karaf).withTimeout(PATIENCE).pollingEvery(Duration.ofMillis(250)).withMessage(message)
                .until(k -> {
                    try {
                        return condition.call() ? Boolean.TRUE : null;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private JsonNode enablement(long id) throws Exception {
        return json(karaf.api("GET", "/followup-enablements/" + id, "admin", null));
    }

    private String unitLabel(String code) throws Exception {
        for (JsonNode unit : json(karaf.api("GET", "/units", "admin", null))) {
            if (unit.path("code").asText().equals(code)) {
                return unit.path("label").asText();
            }
        }
        throw new AssertionError("no unit " + code);
    }

    /**
     * A template of one client question and one more, whose type is {@code secondType}: {@code date} is valid,
     * {@code dateTime} is outside Följa's subset. The second item's {@code type} is on line 14.
     */
    private static Path templateFile(String code, String secondType) throws Exception {
        String text = """
                {
                  "resourceType": "FoljaFollowUpTemplate",
                  "code": "%s",
                  "title": {"sv": "Webbtest", "en": "Web test"},
                  "respondents": [
                    {"role": "CLIENT", "questionnaire": {
                      "resourceType": "Questionnaire",
                      "status": "active",
                      "item": [
                        {"linkId": "mood", "type": "integer", "text": "Hur mår du?", "required": true, "extension": [
                          {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
                          {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10}
                        ]},
                        {"linkId": "when", "type": "%s", "text": "När började insatsen?"}
                      ]
                    }}
                  ],
                  "occasions": [{"code": "baseline", "kind": "BASELINE"}]
                }
                """.formatted(code, secondType);
        Path file = Files.createTempFile("followup-template-", ".json");
        file.toFile().deleteOnExit();
        Files.writeString(file, text);
        return file;
    }
}
