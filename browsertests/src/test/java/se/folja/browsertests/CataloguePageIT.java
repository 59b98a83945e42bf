package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.browsertests.KarafProcess.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The catalogue page, {@code /folja/admin/}, as an administrator uses it: adding a reason (refused input shown beside
 * each field and in the error summary), relabelling, moving, retiring and reactivating it and reading its history,
 * with the dropdown preview and the staff's dropdown following; a concurrent edit answered with the conflict and
 * "Ladda om", never overwriting; the intervention types kept on the same page; English; 320 px wide; WCAG 2.1 A/AA
 * loaded, with errors, with a row in edit and with the history open. Every reason and type a test adds is retired
 * again when it ends (the demo catalogue is shared by every browser test of the run).
 */
class CataloguePageIT extends BrowserTest {

    private static final String PAGE = "/folja/admin/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** {@code [list path, code]} of everything this test added, retired after it. */
    private final List<String[]> added = new ArrayList<>();

    @AfterEach
    void retireWhatTheTestAdded() throws Exception {
        for (String[] item : added) {
            HttpResponse<String> current = karaf.api("GET", item[0] + "/" + item[1], "admin", null);
            if (current.statusCode() == 200 && json(current).path("active").asBoolean()) {
                HttpResponse<String> retired = karaf.api("POST", item[0] + "/" + item[1] + "/retire", "admin", null,
                        "If-Match", current.headers().firstValue("ETag").orElseThrow());
                assertEquals(200, retired.statusCode(), retired.body());
            }
        }
    }

    @Test
    void anAdministratorAddsRelabelsMovesRetiresAndReactivatesAReasonAndTheDropdownFollows() throws Exception {
        String code = uniqueCode("BT_CAT");
        logIn("admin", "admin", PAGE);
        awaitReasonTable();
        awaitReasons();
        assertEquals("sv", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Kataloger", driver.findElement(By.tagName("h1")).getText());
        assertEquals(adminCodes(), tableCodes(), "every reason, retired ones too, in the catalogue's order");
        screenshotOfReasonsAndPreview();
        Axe.assertNoViolations(driver, PAGE);

        // refused: a malformed code and no Swedish label, each shown beside its field and in the focused summary
        fill("reason-new-code", "fel kod");
        fill("reason-new-labelEn", "In hospital");
        driver.findElement(By.id("reason-new-initiator")).click();
        submit("reason-new-code");
        WebElement summary = await().withMessage("the error summary of the add form")
                .until(d -> d.findElement(By.cssSelector("folja-reason-catalogue .error-summary")));
        assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", summary));
        assertFieldError("reason-new-code",
                "Ange en kod med 2–40 tecken: versaler A–Z, siffror och understreck, som börjar med en bokstav.");
        assertFieldError("reason-new-labelSv", "Ange en svensk benämning på en rad. Den får inte vara tom eller för lång.");
        List<String> links = summary.findElements(By.cssSelector("a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertEquals(List.of("#reason-new-code", "#reason-new-labelSv"), links);
        assertFalse(driver.findElement(By.id("reason-new-labelEn")).getDomAttribute("class").contains("error"));
        Axe.assertNoViolations(driver, PAGE + " with the add form's errors");

        // added: in the table and in the preview, under the client's reasons
        fill("reason-new-code", code);
        fill("reason-new-labelSv", "Inlagd på sjukhus");
        added.add(new String[] {"/admin/reason-codes", code});
        submit("reason-new-code");
        awaitStatus("folja-reason-catalogue", "Orsaken Inlagd på sjukhus (" + code + ") är tillagd.");
        assertTrue(driver.findElements(By.cssSelector("folja-reason-catalogue .error-summary")).isEmpty());
        WebElement row = row(code);
        assertEquals(List.of(code, "Inlagd på sjukhus", "In hospital", "Brukarens", "Aktiv"),
                List.of(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 4)));
        assertEquals("", driver.findElement(By.id("reason-new-code")).getDomProperty("value"), "the form is emptied");
        // each row's actions name the reason they act on
        assertEquals("Ändra orsaken Inlagd på sjukhus (" + code + ")",
                driver.findElement(By.id("reason-" + code + "-edit")).getAccessibleName());
        assertEquals("Avveckla orsaken Inlagd på sjukhus (" + code + ")",
                driver.findElement(By.id("reason-" + code + "-toggle")).getAccessibleName());
        awaitPreview(code, "Inlagd på sjukhus", true);
        assertTrue(staffDropdown().contains(code), "staff see the added reason");

        // relabelled in Swedish and English
        click(code, "edit");
        await().until(d -> d.switchTo().activeElement().getDomAttribute("id").equals("reason-edit-heading"));
        assertEquals("Ändra orsaken " + code, driver.findElement(By.id("reason-edit-heading")).getText());
        Axe.assertNoViolations(driver, PAGE + " with a reason in edit");
        fill("reason-edit-labelSv", "Sjukhusvistelse");
        fill("reason-edit-labelEn", "Hospital stay");
        submit("reason-edit-labelSv");
        awaitStatus("folja-reason-catalogue", "Orsaken Sjukhusvistelse (" + code + ") är sparad.");
        assertTrue(driver.findElements(By.id("reason-edit-heading")).isEmpty(), "the edit form is closed");
        assertEquals("reason-" + code + "-edit", driver.switchTo().activeElement().getDomAttribute("id"));
        assertEquals("Sjukhusvistelse", cell(row(code), 1));
        assertEquals("Hospital stay", cell(row(code), 2));
        awaitPreview(code, "Sjukhusvistelse", true);
        JsonNode stored = json(karaf.api("GET", "/admin/reason-codes/" + code, "admin", null));
        assertEquals("Sjukhusvistelse", stored.path("labelSv").asText());
        assertEquals("Hospital stay", stored.path("labelEn").asText());

        // moved up one place
        List<String> before = tableCodes();
        int place = before.indexOf(code);
        click(code, "up");
        awaitStatus("folja-reason-catalogue", "Orsaken Sjukhusvistelse (" + code + ") är flyttad upp.");
        List<String> expected = new ArrayList<>(before);
        expected.remove(code);
        expected.add(place - 1, code);
        assertEquals(expected, tableCodes());
        assertEquals(expected, adminCodes(), "the catalogue keeps the new order");
        assertTrue(driver.switchTo().activeElement().getDomAttribute("id").startsWith("reason-" + code + "-"));

        // retired: tagged Avvecklad, gone from the preview and from the staff's dropdown
        click(code, "toggle");
        awaitStatus("folja-reason-catalogue",
                "Orsaken Sjukhusvistelse (" + code + ") är avvecklad och visas inte längre i listan.");
        assertEquals("Avvecklad", cell(row(code), 4));
        assertTrue(driver.findElement(By.id("reason-" + code + "-toggle")).getText().startsWith("Återaktivera"));
        assertEquals("reason-" + code + "-toggle", driver.switchTo().activeElement().getDomAttribute("id"));
        awaitPreview(code, null, false);
        assertFalse(staffDropdown().contains(code), "staff no longer see the retired reason");

        // reactivated
        click(code, "toggle");
        awaitStatus("folja-reason-catalogue",
                "Orsaken Sjukhusvistelse (" + code + ") är återaktiverad och visas åter i listan.");
        assertEquals("Aktiv", cell(row(code), 4));
        awaitPreview(code, "Sjukhusvistelse", true);
        assertTrue(staffDropdown().contains(code));

        // its history: who, when, what changed before → after
        click(code, "history");
        await().until(d -> d.switchTo().activeElement().getDomAttribute("id").equals("reason-history-heading"));
        List<WebElement> entries = await().withMessage("the history's entries").until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#reason-history-table tbody tr"));
            return rows.size() == 5 ? rows : null;
        });
        assertEquals(List.of("Tillagd", "Ändrad", "Ändrad", "Avvecklad", "Återaktiverad"),
                entries.stream().map(e -> cell(e, 1)).toList());
        assertEquals(List.of("1", "2", "3", "4", "5"), entries.stream().map(e -> cell(e, 0)).toList());
        assertTrue(entries.stream().allMatch(e -> cell(e, 2).equals("admin")));
        assertTrue(cell(entries.get(0), 3).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), cell(entries.get(0), 3));
        String relabelled = cell(entries.get(1), 4);
        assertTrue(relabelled.contains("Svensk benämning: Inlagd på sjukhus → Sjukhusvistelse"), relabelled);
        assertTrue(relabelled.contains("Engelsk benämning: In hospital → Hospital stay"), relabelled);
        assertTrue(cell(entries.get(2), 4).startsWith("Sorteringsordning:"), cell(entries.get(2), 4));
        assertEquals("Status: Aktiv → Avvecklad", cell(entries.get(3), 4));
        assertEquals("Status: Avvecklad → Aktiv", cell(entries.get(4), 4));
        Axe.assertNoViolations(driver, PAGE + " with a reason's history open");
    }

    @Test
    void aConcurrentEditShowsTheConflictAndReloadShowsTheOtherChangeWhichIsKept() throws Exception {
        String code = uniqueCode("BT_KONFLIKT");
        create("/admin/reason-codes", code, "Före ändringen", "Before the change", "ORGANISATION");
        logIn("admin", "admin", PAGE);
        awaitReasonTable();
        click(code, "edit");
        await().until(d -> !d.findElements(By.id("reason-edit-labelSv")).isEmpty());

        // someone else relabels it after the page has read it
        ObjectNode theirs = JSON.createObjectNode().put("labelSv", "Ändrad av någon annan");
        HttpResponse<String> other = karaf.api("PATCH", "/admin/reason-codes/" + code, "admin", theirs.toString(),
                "If-Match", "\"1\"");
        assertEquals(200, other.statusCode(), other.body());

        fill("reason-edit-labelSv", "Min ändring");
        submit("reason-edit-labelSv");
        WebElement conflict = await().withMessage("the conflict message")
                .until(d -> d.findElement(By.id("reason-conflict")));
        assertTrue(conflict.getText().contains(
                "Någon annan har ändrat detta sedan du läste det. Ladda om för att se den nya versionen."),
                conflict.getText());
        assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", conflict));
        JsonNode kept = json(karaf.api("GET", "/admin/reason-codes/" + code, "admin", null));
        assertEquals("Ändrad av någon annan", kept.path("labelSv").asText(), "nothing is overwritten");
        assertEquals(2, kept.path("version").asInt(), "nothing is retried");
        assertEquals("Orsaken Före ändringen (" + code + ") har ändrats av någon annan",
                conflict.findElement(By.tagName("h3")).getText());
        assertEquals("Min ändring", driver.findElement(By.id("reason-edit-labelSv")).getDomProperty("value"));
        Axe.assertNoViolations(driver, PAGE + " with a conflict");

        // "Ladda om" shows the stored values; saving again then works on that version
        conflict.findElement(By.xpath(".//button[normalize-space()='Ladda om']")).click();
        await().withMessage("the stored label in the edit form").until(d -> "Ändrad av någon annan".equals(
                d.findElement(By.id("reason-edit-labelSv")).getDomProperty("value")));
        assertTrue(driver.findElements(By.id("reason-conflict")).isEmpty());
        awaitStatus("folja-reason-catalogue",
                "Orsaken Ändrad av någon annan (" + code + ") är omläst och visar nu det som är sparat.");
        assertEquals("Ändrad av någon annan", cell(row(code), 1));
        assertEquals(1, json(karaf.api("GET", "/admin/reason-codes/" + code + "/history", "admin", null)).size() - 1,
                "one change besides the creation: the other one");

        fill("reason-edit-labelEn", "Changed on the page");
        submit("reason-edit-labelSv");
        awaitStatus("folja-reason-catalogue", "Orsaken Ändrad av någon annan (" + code + ") är sparad.");
        JsonNode saved = json(karaf.api("GET", "/admin/reason-codes/" + code, "admin", null));
        assertEquals("Ändrad av någon annan", saved.path("labelSv").asText());
        assertEquals("Changed on the page", saved.path("labelEn").asText());
        assertEquals(3, saved.path("version").asInt());

        // a retirement from the table with a stale version: the same message, at the top of the reasons
        HttpResponse<String> again = karaf.api("PATCH", "/admin/reason-codes/" + code, "admin",
                JSON.createObjectNode().put("labelEn", "Changed elsewhere").toString(), "If-Match", "\"3\"");
        assertEquals(200, again.statusCode(), again.body());
        click(code, "toggle");
        conflict = await().withMessage("the conflict message").until(d -> d.findElement(By.id("reason-conflict")));
        assertTrue(json(karaf.api("GET", "/admin/reason-codes/" + code, "admin", null)).path("active").asBoolean(),
                "not retired on a stale version");
        conflict.findElement(By.xpath(".//button[normalize-space()='Ladda om']")).click();
        await().until(d -> "Changed elsewhere".equals(cell(row(code), 2)));
    }

    @Test
    void interventionTypesAreAddedAndRetiredOnTheSamePage() throws Exception {
        String code = uniqueCode("BT_INSATS");
        logIn("admin", "admin", PAGE);
        await().withMessage("the intervention types").until(d -> !d.findElements(
                By.cssSelector("#intervention-types-table tbody tr")).isEmpty());

        // refused: no labels, each beside its field and in the list's summary
        fill("intervention-types-new-code", code);
        submit("intervention-types-new-code");
        WebElement summary = await().until(d -> d.findElement(
                By.cssSelector("folja-catalogue-list[kind=intervention-types] .error-summary")));
        assertEquals(List.of("#intervention-types-new-labelSv", "#intervention-types-new-labelEn"),
                summary.findElements(By.cssSelector("a")).stream().map(a -> a.getDomAttribute("href")).toList());
        assertFieldError("intervention-types-new-labelSv",
                "Ange en svensk benämning på en rad, högst 200 tecken.");

        fill("intervention-types-new-labelSv", "Stödsamtal");
        fill("intervention-types-new-labelEn", "Supportive talks");
        added.add(new String[] {"/admin/intervention-types", code});
        submit("intervention-types-new-code");
        awaitStatus("folja-catalogue-list[kind=intervention-types]",
                "Insatstypen Stödsamtal (" + code + ") är tillagd.");
        WebElement row = driver.findElement(By.cssSelector("#intervention-types-table tr[data-code='" + code + "']"));
        assertEquals(List.of(code, "Stödsamtal", "Supportive talks", "Aktiv"),
                List.of(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3)));
        assertTrue(activeInterventionTypes().contains(code));
        assertTrue(driver.findElements(By.cssSelector("#units-table tbody tr[data-code^='BOSTOD_']")).size() >= 5,
                "the units are listed on the same page");

        // relabelled after someone else's change: the conflict, "Ladda om", then saved on the stored version
        HttpResponse<String> other = karaf.api("PATCH", "/admin/intervention-types/" + code, "admin",
                JSON.createObjectNode().put("labelEn", "Supportive conversations").toString(), "If-Match", "\"1\"");
        assertEquals(200, other.statusCode(), other.body());
        driver.findElement(By.id("intervention-types-" + code + "-edit")).click();
        fill("intervention-types-edit-labelSv", "Stödsamtal i grupp");
        submit("intervention-types-edit-labelSv");
        WebElement conflict = await().until(d -> d.findElement(By.id("intervention-types-conflict")));
        assertEquals("Insatstypen Stödsamtal (" + code + ") har ändrats av någon annan",
                conflict.findElement(By.tagName("h3")).getText());
        assertEquals("Stödsamtal", json(karaf.api("GET", "/admin/intervention-types/" + code, "admin", null))
                .path("labelSv").asText(), "nothing is overwritten");
        conflict.findElement(By.xpath(".//button[normalize-space()='Ladda om']")).click();
        await().until(d -> "Supportive conversations".equals(
                d.findElement(By.id("intervention-types-edit-labelEn")).getDomProperty("value")));
        fill("intervention-types-edit-labelSv", "Stödsamtal i grupp");
        submit("intervention-types-edit-labelSv");
        awaitStatus("folja-catalogue-list[kind=intervention-types]",
                "Insatstypen Stödsamtal i grupp (" + code + ") är sparad.");
        JsonNode relabelled = json(karaf.api("GET", "/admin/intervention-types/" + code, "admin", null));
        assertEquals("Stödsamtal i grupp", relabelled.path("labelSv").asText());
        assertEquals("Supportive conversations", relabelled.path("labelEn").asText());

        driver.findElement(By.id("intervention-types-" + code + "-toggle")).click();
        awaitStatus("folja-catalogue-list[kind=intervention-types]",
                "Insatstypen Stödsamtal i grupp (" + code + ") är avvecklad.");
        assertEquals("Avvecklad", cell(driver.findElement(
                By.cssSelector("#intervention-types-table tr[data-code='" + code + "']")), 3));
        assertFalse(activeInterventionTypes().contains(code));
        assertEquals("intervention-types-" + code + "-toggle", driver.switchTo().activeElement().getDomAttribute("id"));
    }

    @Test
    void thePageFitsA320PixelScreenInSwedishAndEnglishWithoutWcagViolations() throws Exception {
        logIn("admin", "admin", PAGE + "?lang=en");
        awaitReasonTable();
        assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Catalogues", driver.findElement(By.tagName("h1")).getText());
        assertEquals("Reasons for interventions not carried out",
                driver.findElement(By.id("reason-heading")).getText());
        Axe.assertNoViolations(driver, PAGE + "?lang=en");

        driver.manage().window().setSize(new Dimension(320, 800));
        for (String path : List.of(PAGE, PAGE + "?lang=en")) {
            open(path);
            awaitReasonTable();
            awaitReasons();
            long innerWidth = (Long) driver.executeScript("return window.innerWidth");
            assertTrue(innerWidth <= 340, "the window is narrow: " + innerWidth);
            assertEquals(Boolean.TRUE, driver.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                    path + " scrolls sideways at 320 px: " + driver.executeScript("""
                            const width = document.documentElement.clientWidth;
                            const wide = [...document.querySelectorAll('body *')]
                                .filter(e => !e.parentElement.closest('.table-wrapper') && e.getBoundingClientRect().right > width)
                                .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                            return document.documentElement.scrollWidth + ' > ' + width + ': ' + wide.slice(0, 12).join(', ');"""));
            Axe.assertNoViolations(driver, path + " at 320 px");
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

    private void awaitReasonTable() {
        await().withMessage("the reasons table").until(d -> d.findElements(By.cssSelector("#reason-table tbody tr"))
                .size() >= 13);
    }

    private List<String> tableCodes() {
        return driver.findElements(By.cssSelector("#reason-table tbody tr")).stream()
                .map(r -> r.getDomAttribute("data-code")).toList();
    }

    private WebElement row(String code) {
        return driver.findElement(By.cssSelector("#reason-table tr[data-code='" + code + "']"));
    }

    private static String cell(WebElement row, int index) {
        return row.findElements(By.cssSelector("th, td")).get(index).getText().strip();
    }

    private void click(String code, String action) {
        WebElement button = driver.findElement(By.id("reason-" + code + "-" + action));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private void fill(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Submits the form of the field, as pressing Enter in it does. */
    private void submit(String fieldId) {
        WebElement form = driver.findElement(By.id(fieldId)).findElement(By.xpath("./ancestor::form"));
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private void awaitStatus(String section, String text) {
        await().withMessage("the status message " + text).until(d -> text.equals(
                d.findElement(By.cssSelector(section + " > section > [role=status]")).getText().strip()));
    }

    /** The error beside the field: its message, the group marked, and the field described by it. */
    private void assertFieldError(String id, String message) {
        WebElement error = driver.findElement(By.id(id + "-error"));
        assertEquals("Fel: " + message, error.getText().replaceAll("\\s+", " ").strip());
        WebElement input = driver.findElement(By.id(id));
        assertTrue(List.of(input.getDomAttribute("aria-describedby").split(" ")).contains(id + "-error"),
                input.getDomAttribute("aria-describedby"));
        WebElement group = input.findElement(By.xpath("./ancestor::div[contains(@class, 'form-group')][1]"));
        assertTrue(group.getDomAttribute("class").contains("form-group--error"), group.getDomAttribute("class"));
    }

    /** Waits until the preview lists (or no longer lists) the reason, under the client's reasons, with that label. */
    @SuppressWarnings("unchecked")
    private void awaitPreview(String code, String label, boolean listed) {
        await().withMessage("the preview " + (listed ? "lists " : "no longer lists ") + code).until(d -> {
            for (Map<String, Object> group : pickerGroups()) {
                List<String> codes = (List<String>) group.get("codes");
                int index = codes.indexOf(code);
                if (index >= 0) {
                    return listed && group.get("initiator").equals("CLIENT")
                            && ((List<String>) group.get("labels")).get(index).equals(label);
                }
            }
            return !listed && pickerSelect().isEnabled();
        });
    }

    /**
     * {@code docs/images/catalogue-page.png}: the page at 1280 px wide, tall enough to show the reasons table with the
     * preview below it.
     */
    private void screenshotOfReasonsAndPreview() throws Exception {
        Dimension window = driver.manage().window().getSize();
        long bottom = (Long) driver.executeScript("""
                const preview = document.querySelector('.catalogue-preview');
                return Math.ceil(preview.getBoundingClientRect().bottom + window.scrollY + 16);""");
        long chrome = (Long) driver.executeScript("return window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) (bottom + chrome)));
        driver.executeScript("window.scrollTo(0, 0)");
        screenshot("catalogue-page.png");
        driver.manage().window().setSize(window);
    }

    // ---- the API -----------------------------------------------------------------------------------------------

    private static String uniqueCode(String prefix) {
        return prefix + "_" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + SERIAL.incrementAndGet();
    }

    private void create(String list, String code, String labelSv, String labelEn, String initiator) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("labelSv", labelSv).put("labelEn", labelEn);
        if (initiator != null) {
            body.put("initiator", initiator);
        }
        added.add(new String[] {list, code});
        HttpResponse<String> created = karaf.api("POST", list, "admin", body.toString());
        assertEquals(201, created.statusCode(), created.body());
    }

    /** Every reason's code as GET /admin/reason-codes lists them. */
    private List<String> adminCodes() throws Exception {
        List<String> codes = new ArrayList<>();
        json(karaf.api("GET", "/admin/reason-codes", "admin", null)).forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    /** The dropdown staff get (GET /reason-codes as staff). */
    private Set<String> staffDropdown() throws Exception {
        Set<String> codes = new LinkedHashSet<>();
        HttpResponse<String> dropdown = karaf.api("GET", "/reason-codes", "staff", null, "Cache-Control", "no-cache");
        assertEquals(200, dropdown.statusCode(), dropdown.body());
        json(dropdown).forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    private Set<String> activeInterventionTypes() throws Exception {
        Set<String> codes = new LinkedHashSet<>();
        json(karaf.api("GET", "/intervention-types", "staff", null)).forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }
}
