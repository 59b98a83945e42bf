package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.browsertests.KarafProcess.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The documentation page {@code /folja/} as staff use it: the journal entries of their units that await a reason,
 * one picked and registered with the reason picker chosen by keyboard, the API's field errors beside their fields and
 * in the error summary, the registration's write-back reaching the demo journal and its history, a correction, a
 * concurrent change answered with 409 and reloaded, an annulment; English; 320 px wide; WCAG 2.1 A/AA.
 *
 * <p>Each test writes its own journal entry (HTTP Basic, as a journal would) and picks that one, so it never takes an
 * entry another browser test registers (HostFormIT takes the oldest).
 */
class DocumentationPageIT extends BrowserTest {

    private static final String PAGE = "/folja/";
    private static final Duration WRITE_BACK = Duration.ofSeconds(90);
    /** A synthetic personnummer that passes the Luhn check (1985-06-12, a woman). */
    private static final String CLIENT = "198506129827";

    @Test
    void staffRegisterAReasonSeeItWrittenBackCorrectItAndAnnulIt() throws Exception {
        String entry = journalEntry("BOSTOD_SODER", "2026-11-20T15:30+01:00");
        logIn("staff", "staff", PAGE);

        // the list: the entry with its planned start, unit label, formatted personnummer and id
        WebElement row = pendingRow(entry);
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("2026-11-20 15:30", "Boendestöd Söder", "19850612-9827", entry), cells.subList(0, 4));
        WebElement pick = row.findElement(By.tagName("button"));
        assertEquals("Registrera orsak för journalanteckning " + entry + ", planerad 2026-11-20 15:30",
                pick.getAccessibleName());
        await().withMessage("the latest registrations")
                .until(d -> !d.findElements(By.cssSelector("#recent-table tbody tr")).isEmpty());
        Axe.assertNoViolations(driver, PAGE + " listing the entries awaiting a reason");

        // picked: the form, its heading focused, the entry summarised
        pick.click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("form-heading")));
        assertEquals("form-heading", activeId());
        assertTrue(driver.findElement(By.id("entry-summary")).getText().contains(entry));
        awaitOptions("intervention-type");
        awaitReasons();

        // saved without an intervention type or a reason: the API's errors beside the fields and in the summary
        driver.findElement(By.id("save")).click();
        WebElement summary = await().withMessage("the error summary")
                .until(d -> d.findElement(By.cssSelector("folja-error-summary .error-summary")));
        assertEquals(Boolean.TRUE, driver.executeScript(
                "return document.activeElement === document.querySelector('folja-error-summary .error-summary')"));
        WebElement typeError = driver.findElement(By.id("intervention-type-error"));
        assertTrue(typeError.getText().contains("Välj en insats i listan."), typeError.getText());
        assertTrue(driver.findElement(By.id("intervention-type")).getDomAttribute("aria-describedby")
                .contains("intervention-type-error"));
        assertTrue(formGroupOf("intervention-type").getDomAttribute("class").contains("form-group--error"));
        // the picker's error inside it, between its label and its select, which it describes and marks invalid
        WebElement pickerError = picker().getShadowRoot().findElement(By.cssSelector("[part=error]"));
        assertTrue(pickerError.getText().contains("Välj en orsak i listan."), pickerError.getText());
        assertEquals("error message", pickerSelect().getDomAttribute("aria-describedby"));
        assertEquals("true", pickerSelect().getDomAttribute("aria-invalid"));
        assertTrue(formGroupOf("reason").getDomAttribute("class").contains("form-group--error"));
        List<String> links = summary.findElements(By.tagName("a")).stream()
                .map(a -> a.getDomAttribute("href") + " " + a.getText()).toList();
        assertTrue(links.contains("#intervention-type Välj en insats i listan."), links.toString());
        assertTrue(links.contains("#reason Välj en orsak i listan."), links.toString());
        assertFalse(links.stream().anyMatch(l -> l.startsWith("#comment")), links.toString());
        // a summary link takes the focus to its field
        summary.findElement(By.cssSelector("a[href='#intervention-type']")).click();
        assertEquals("intervention-type", activeId());
        Axe.assertNoViolations(driver, PAGE + " with the form's errors");

        // the form completed: the intervention type, the reason by keyboard (Tab into the picker, arrow keys)
        new Select(driver.findElement(By.id("intervention-type"))).selectByValue("BOENDESTOD");
        driver.executeScript("document.getElementById('intervention-type').focus()");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals(Boolean.TRUE, driver.executeScript("""
                const picker = document.querySelector('folja-reason-picker');
                return document.activeElement === picker && picker.shadowRoot.activeElement.tagName === 'SELECT';"""));
        int steps = flatCodes().indexOf("BORTREST") + 1;
        assertTrue(steps > 0, flatCodes().toString());
        for (int i = 0; i < steps; i++) {
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        }
        assertEquals("BORTREST", driver.executeScript("return document.querySelector('folja-reason-picker').value"));
        WebElement comment = driver.findElement(By.id("comment"));
        comment.sendKeys("Brukaren ringde och avbokade.");
        // (Selenium's text shows the no-break space between thousands as a space)
        assertEquals("Du har 1 971 tecken kvar", driver.findElement(By.id("comment-count")).getText());

        // a double click registers once: the second click finds the form sending
        driver.executeScript("""
                window.registrations = 0;
                const original = window.fetch;
                window.fetch = (url, init) => {
                    if (init && init.method === 'POST' && String(url).endsWith('/non-deliveries')) {
                        window.registrations++;
                    }
                    return original(url, init);
                };
                const save = document.getElementById('save');
                save.click();
                save.click();""");
        WebElement notice = await().withMessage("the confirmation")
                .until(d -> d.findElement(By.id("notice")));
        assertEquals("notice", activeId());
        assertTrue(notice.getText().contains("Orsaken är registrerad"), notice.getText());
        assertEquals(1L, driver.executeScript("return window.registrations"));

        // the registration, its write-back delivered to the demo journal, its history
        assertEquals("Bortrest", driver.findElement(By.id("registration-reason")).getText());
        String shown = driver.findElement(By.id("registration-summary")).getText();
        for (String expected : List.of(entry, "19850612-9827", "Boendestöd Söder", "2026-11-20 15:30", "v. 47",
                "Boendestöd", "Brukaren", "Brukaren ringde och avbokade.", "Gäller", "staff")) {
            assertTrue(shown.contains(expected), expected + " in " + shown);
        }
        WebElement writeBack = driver.findElement(By.id("write-back"));
        assertEquals("status", writeBack.getDomAttribute("role"));
        awaitWriteBack("DELIVERED", "Återskriven till journalen");
        assertEquals(1, historyRows().size());
        assertEquals(List.of("1", "Registrerad", "staff"), historyRows().get(0).subList(0, 3));
        long id = Long.parseLong(driver.findElement(By.id("registration-heading")).getText().replace("Registrering ", ""));
        assertTrue(keywords(entry).contains("Orsak: Bortrest (BORTREST)"), keywords(entry).toString());
        Axe.assertNoViolations(driver, PAGE + " with the registration, its write-back and history");
        window(1280, 1500);
        screenshot("documentation-registered.png");
        window(1280, 900);
        JsonNode pending = json(karaf.api("GET", "/pending-entries?limit=1000", "staff", null));
        assertFalse(pending.toString().contains(entry), "the entry no longer awaits a reason");

        // corrected: the form prefilled, another reason chosen; the history holds both revisions
        driver.findElement(By.id("correct-button")).click();
        await().until(d -> "change-heading".equals(activeId()));
        assertEquals("BOENDESTOD", new Select(driver.findElement(By.id("correct-intervention-type")))
                .getFirstSelectedOption().getDomAttribute("value"));
        assertEquals("Brukaren ringde och avbokade.", driver.findElement(By.id("correct-comment")).getDomProperty("value"));
        awaitReasons();
        assertEquals("BORTREST", driver.executeScript("return document.querySelector('folja-reason-picker').value"));
        new Select(pickerSelect()).selectByValue("MAENDE");
        driver.findElement(By.id("correct-save")).click();
        await().withMessage("the correction's confirmation")
                .until(d -> d.findElement(By.id("notice")).getText().contains("Registreringen är rättad"));
        assertEquals("Mående", driver.findElement(By.id("registration-reason")).getText());
        await().withMessage("two revisions").until(d -> historyRows().size() == 2);
        assertEquals(List.of("2", "Rättad", "staff"), historyRows().get(1).subList(0, 3));
        assertEquals("Orsak", historyRows().get(1).get(4));
        awaitWriteBack("DELIVERED", "Återskriven till journalen");
        assertTrue(keywords(entry).contains("Orsak: Mående (MAENDE)"), keywords(entry).toString());

        // someone else changes it meanwhile: the annulment answers 409, the page offers to reload and overwrites nothing
        driver.findElement(By.id("annul-button")).click();
        await().until(d -> "change-heading".equals(activeId()));
        driver.findElement(By.id("annul-confirm")).click();
        WebElement reasonError = await().until(d -> d.findElement(By.id("annul-reason-error")));
        assertTrue(reasonError.getText().contains("Skriv varför registreringen makuleras."), reasonError.getText());
        HttpResponse<String> current = karaf.api("GET", "/non-deliveries/" + id, "staff", null);
        HttpResponse<String> changed = karaf.api("PATCH", "/non-deliveries/" + id, "staff",
                "{\"comment\":\"Brukaren ringde dagen innan.\"}", "If-Match",
                current.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, changed.statusCode(), changed.body());
        driver.findElement(By.id("annul-reason")).sendKeys("Fel journalanteckning valdes.");
        driver.findElement(By.id("annul-confirm")).click();
        WebElement reload = await().withMessage("the conflict's reload button")
                .until(d -> d.findElement(By.id("conflict-reload")));
        assertTrue(driver.findElement(By.cssSelector("folja-error-summary")).getText()
                .contains("Någon annan har ändrat detta"), driver.findElement(By.cssSelector("folja-error-summary"))
                .getText());
        assertEquals("ACTIVE", json(karaf.api("GET", "/non-deliveries/" + id, "staff", null)).path("status").asText());
        reload.click();
        await().withMessage("the registration read again")
                .until(d -> d.findElement(By.id("registration-summary")).getText().contains("Brukaren ringde dagen innan."));
        await().withMessage("three revisions").until(d -> historyRows().size() == 3);

        // annulled with a reason: status annulled, the history longer, the reason taken off the journal entry
        driver.findElement(By.id("annul-button")).click();
        await().until(d -> "change-heading".equals(activeId()));
        driver.findElement(By.id("annul-reason")).sendKeys("Fel journalanteckning valdes.");
        driver.findElement(By.id("annul-confirm")).click();
        await().withMessage("the annulment's confirmation")
                .until(d -> d.findElement(By.id("notice")).getText().contains("Registreringen är makulerad"));
        assertEquals("Makulerad", driver.findElement(By.id("registration-status")).getText());
        assertTrue(driver.findElement(By.id("registration-summary")).getText().contains("Fel journalanteckning valdes."));
        await().withMessage("four revisions").until(d -> historyRows().size() == 4);
        assertEquals(List.of("4", "Makulerad", "staff"), historyRows().get(3).subList(0, 3));
        assertTrue(driver.findElements(By.id("correct-button")).isEmpty(), "an annulled registration is not corrected");
        assertTrue(driver.findElements(By.id("annul-button")).isEmpty(), "nor annulled again");
        awaitWriteBack("CLEARED", "Borttagen ur journalen");
        assertEquals("ANNULLED", json(karaf.api("GET", "/non-deliveries/" + id, "staff", null)).path("status").asText());
        assertFalse(keywords(entry).stream().anyMatch(k -> k.startsWith("Orsak:")), keywords(entry).toString());

        // back in the list: the latest registrations open it again
        driver.findElement(By.id("back")).click();
        WebElement recent = await().withMessage("the registration among the latest")
                .until(d -> d.findElement(By.cssSelector("#recent-table tr[data-registration='" + id + "']")));
        assertTrue(recent.getText().contains("Makulerad"), recent.getText());
        recent.findElement(By.tagName("button")).click();
        await().withMessage("the registration opened from the list")
                .until(d -> d.findElement(By.id("registration-heading")).getText().equals("Registrering " + id));
        await().until(d -> historyRows().size() == 4);
    }

    @Test
    void theLanguageSwitchShowsThePageInEnglish() throws Exception {
        String entry = journalEntry("BOSTOD_NORR", "2026-11-22T10:45+01:00");
        logIn("staff", "staff", PAGE);
        pendingRow(entry);
        driver.findElement(By.cssSelector("folja-page-header a[hreflang='en']")).click();
        await().until(ExpectedConditions.urlToBe(karaf.origin() + PAGE + "?lang=en"));
        WebElement row = pendingRow(entry);
        assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Missed visits awaiting a reason", driver.findElement(By.tagName("h1")).getText());
        assertEquals("Register a reason – Följa", driver.getTitle());
        assertEquals("Latest registrations in my units", driver.findElement(By.id("recent-heading")).getText());
        assertEquals("Planned start", driver.findElement(By.cssSelector("#pending-table th")).getText());
        WebElement pick = row.findElement(By.tagName("button"));
        assertEquals("Register a reason for journal entry " + entry + ", planned 2026-11-22 10:45",
                pick.getAccessibleName());
        pick.click();
        await().until(d -> "form-heading".equals(activeId()));
        assertEquals("Register a reason", driver.findElement(By.id("form-heading")).getText());
        awaitReasons();
        assertEquals("Reason", picker().getShadowRoot().findElement(By.cssSelector("label")).getText());
        assertEquals("Intervention", driver.findElement(By.cssSelector("label[for='intervention-type']")).getText());
        assertEquals("Save", driver.findElement(By.id("save")).getText());
        driver.findElement(By.id("save")).click();
        await().until(d -> d.findElement(By.id("intervention-type-error")).getText()
                .contains("Choose an intervention from the list."));
        assertTrue(driver.findElement(By.cssSelector("folja-error-summary")).getText().contains("There is a problem"));
        Axe.assertNoViolations(driver, PAGE + "?lang=en with the form's errors");
    }

    @Test
    void theFormFilledInAnd320PixelsWideWithoutScrollingSideways() throws Exception {
        String entry = journalEntry("BOSTOD_CENTRUM", "2026-11-21T08:15+01:00");
        logIn("staff", "staff", PAGE);
        pendingRow(entry).findElement(By.tagName("button")).click();
        await().until(d -> "form-heading".equals(activeId()));
        awaitReasons();
        awaitOptions("intervention-type");
        new Select(driver.findElement(By.id("intervention-type"))).selectByValue("BOENDESTOD");
        new Select(pickerSelect()).selectByValue("MAENDE");
        driver.findElement(By.id("comment")).sendKeys("Brukaren mådde dåligt och ville vila.");
        window(1280, 1000);
        driver.executeScript("window.scrollTo(0, 0)");
        screenshot("documentation-page.png");

        window(320, 800);
        await().withMessage("the window 320 px wide")
                .until(d -> ((Number) driver.executeScript("return window.innerWidth")).intValue() == 320);
        assertNoSidewaysScroll("the form filled in");
        // emptied again and saved: the errors, still no sideways scrolling; nothing is registered
        new Select(driver.findElement(By.id("intervention-type"))).selectByValue("");
        new Select(pickerSelect()).selectByValue("");
        driver.findElement(By.id("save")).click();
        await().until(d -> !d.findElements(By.id("intervention-type-error")).isEmpty());
        assertNoSidewaysScroll("the form with its errors");
        Axe.assertNoViolations(driver, PAGE + " with the form's errors, 320 px wide");
        driver.findElement(By.id("cancel")).click();
        await().withMessage("the focus back on the entry's button").until(d -> entry.equals(driver.executeScript(
                "return document.activeElement.closest('tr') && document.activeElement.closest('tr').dataset.entry")));
        assertNoSidewaysScroll("the list");
    }

    @Test
    void aListThatCannotBeLoadedOffersToTryAgainAndMoreThanAPageIsShownOnAsking() throws Exception {
        // staff2's units (BOSTOD_VAST, BOSTOD_OST), which no other browser test registers in: more than a page
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            written.add(journalEntry("staff2", "BOSTOD_VAST", String.format("2026-11-23T%02d:%02d+01:00",
                    7 + i / 4, i % 4 * 15)));
        }
        int total = json(karaf.api("GET", "/pending-entries?limit=1", "staff2", null)).path("total").asInt();
        assertTrue(total > 20 && total <= 40, "one page and part of another: " + total);

        // the list cannot be fetched: the general message and a button that tries again
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/pending-entries*")));
        logIn("staff2", "staff2", PAGE);
        WebElement failure = await().withMessage("the list's failure")
                .until(d -> d.findElement(By.id("pending-error")));
        assertTrue(failure.getText().contains("Följa kunde inte nås."), failure.getText());
        assertEquals("alert", failure.findElement(By.cssSelector(".error-message")).getDomAttribute("role"));
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        failure.findElement(By.tagName("button")).click();

        // the first page, then the rest on asking ("Visa fler"), the focus on the first entry added
        await().withMessage("the first page").until(d -> pendingRows() == 20);
        assertEquals("Väntar på orsak: 20 av " + total, driver.findElement(By.cssSelector("#pending-table caption"))
                .getText());
        driver.findElement(By.id("pending-more")).click();
        await().withMessage("the rest").until(d -> pendingRows() == total);
        assertEquals("Väntar på orsak: " + total + " av " + total,
                driver.findElement(By.cssSelector("#pending-table caption")).getText());
        assertTrue(driver.findElements(By.id("pending-more")).isEmpty(), "nothing more to show");
        await().withMessage("the focus on the first entry added").until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.activeElement === document.querySelector('#pending-row-20 button')")));
        for (String entry : written) {
            assertEquals(1, driver.findElements(By.cssSelector("#pending-table tr[data-entry='" + entry + "']")).size(),
                    entry);
        }
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheLoginPage() {
        open(PAGE);
        await().withMessage("the login page, returning to the documentation page").until(d -> {
            String url = d.getCurrentUrl();
            return url.startsWith(karaf.origin() + "/folja/login?") && URLDecoder.decode(url,
                    StandardCharsets.UTF_8).contains("next=/folja/");
        });
    }

    // ---- helpers ----

    /** Writes a journal entry under "Ej genomförda insatser" in a unit of staff's, and waits until it awaits a reason. */
    private String journalEntry(String unit, String plannedStart) throws Exception {
        return journalEntry("staff", unit, plannedStart);
    }

    /** Writes a journal entry in a unit of {@code user}'s, and waits until it awaits a reason. */
    private String journalEntry(String user, String unit, String plannedStart) throws Exception {
        HttpResponse<String> created = karaf.api("POST", "/demo-journal/entries", user, "{\"unit\":\"" + unit
                + "\",\"client\":\"" + CLIENT + "\",\"plannedStart\":\"" + plannedStart
                + "\",\"text\":\"Besöket blev inte av\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created).path("id").asText();
        assertFalse(id.isEmpty(), created.body());
        new FluentWait<>(karaf).withTimeout(PATIENCE).pollingEvery(Duration.ofMillis(250))
                .withMessage("journal entry " + id + " awaits a reason").until(demo -> {
                    try {
                        return json(demo.api("GET", "/pending-entries?limit=1000", user, null)).toString()
                                .contains("\"" + id + "\"");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
        return id;
    }

    /** The row of the entry in the list, showing more entries ("Visa fler") until it is there. */
    private WebElement pendingRow(String entry) {
        By row = By.cssSelector("#pending-table tr[data-entry='" + entry + "']");
        return await().withMessage("the entry " + entry + " in the list").until(d -> {
            List<WebElement> found = d.findElements(row);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> more = d.findElements(By.id("pending-more"));
            if (!more.isEmpty() && more.get(0).isEnabled()) {
                more.get(0).click();
            }
            return null;
        });
    }

    private int pendingRows() {
        return driver.findElements(By.cssSelector("#pending-table tbody tr")).size();
    }

    private WebElement formGroupOf(String id) {
        return driver.findElement(By.id(id)).findElement(By.xpath("ancestor::div[contains(@class,'form-group')][1]"));
    }

    private String activeId() {
        return (String) driver.executeScript("return document.activeElement && document.activeElement.id");
    }

    private void window(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    private void assertNoSidewaysScroll(String what) {
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) driver.executeScript("""
                const root = document.documentElement;
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                    .filter(e => !e.closest('.table-wrapper') || e.classList.contains('table-wrapper'))
                    .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '
                        + Math.round(e.getBoundingClientRect().right));
                return {scroll: root.scrollWidth, client: root.clientWidth, body: document.body.scrollWidth, wide};""");
        long client = ((Number) widths.get("client")).longValue();
        assertTrue(((Number) widths.get("scroll")).longValue() <= client
                && ((Number) widths.get("body")).longValue() <= client, what + " scrolls sideways: " + widths);
    }

    private void awaitOptions(String selectId) {
        await().withMessage("#" + selectId + " lists its options")
                .until(d -> d.findElements(By.cssSelector("#" + selectId + " option:not([value=''])")).size() > 0);
    }

    /** Waits for the write-back's state, pressing "Uppdatera" if the page stopped asking before it got there. */
    private void awaitWriteBack(String state, String text) {
        new WebDriverWait(driver, WRITE_BACK)
                .withMessage("the write-back " + state)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement writeBack = d.findElement(By.id("write-back"));
                    if (state.equals(writeBack.getDomAttribute("data-state"))) {
                        return true;
                    }
                    List<WebElement> refresh = d.findElements(By.id("write-back-refresh"));
                    if (!refresh.isEmpty()) {
                        refresh.get(0).click();
                    }
                    return false;
                });
        assertTrue(driver.findElement(By.id("write-back")).getText().contains(text),
                driver.findElement(By.id("write-back")).getText());
    }

    private List<List<String>> historyRows() {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : driver.findElements(By.cssSelector("#history-table tbody tr"))) {
            rows.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<String> flatCodes() {
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> group : pickerGroups()) {
            codes.addAll((List<String>) group.get("codes"));
        }
        return codes;
    }

    private List<String> keywords(String entry) throws Exception {
        List<String> keywords = new ArrayList<>();
        json(karaf.api("GET", "/demo-journal/entries/" + entry, "staff", null)).path("keywords")
                .forEach(k -> keywords.add(k.asText()));
        return keywords;
    }
}
