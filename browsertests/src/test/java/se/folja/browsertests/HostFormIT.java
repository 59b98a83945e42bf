package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.browsertests.KarafProcess.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import se.folja.testsupport.KarafCopy;

/**
 * The reason picker, {@code <folja-reason-picker>}, inside the demo host page's own plain form
 * ({@code /folja-demo/static/host-form.html}), driven as staff drive it: with the keyboard, the browser's own
 * validity, the form's submitted data, the registration and its write-back to the reference journal; the dropdown
 * following the catalogue an administrator changes; English; an unreachable API; WCAG 2.1 A/AA.
 */
class HostFormIT extends BrowserTest {

    private static final Duration WRITE_BACK = Duration.ofSeconds(90);

    @Test
    void staffRegisterANonDeliveryThroughThePickerWithTheKeyboardAndItIsWrittenBack() throws Exception {
        logIn("staff", "staff", HOST_FORM);
        awaitReasons();
        // the active reasons, as the API lists them, grouped by initiator: the client's first, then the organisation's
        assertEquals(expectedGroups("sv"), pickerGroups());
        assertEquals(List.of("CLIENT", "ORGANISATION"), pickerGroups().stream().map(g -> g.get("initiator")).toList());
        assertEquals(List.of("Brukarens orsaker", "Verksamhetens orsaker"),
                pickerGroups().stream().map(g -> g.get("label")).toList());
        assertOnlyActiveReasonsListed();

        String entry = firstPendingEntry();
        new Select(driver.findElement(By.id("host-entry"))).selectByValue(entry);
        awaitOptions("host-intervention");
        new Select(driver.findElement(By.id("host-intervention"))).selectByValue("BOENDESTOD");

        // no reason: the browser's own validity stops the submit (required), nothing is sent
        driver.findElement(By.id("host-submit")).click();
        assertEquals(Boolean.TRUE, driver.executeScript("return document.querySelector('folja-reason-picker')"
                + ".validity.valueMissing"));
        assertEquals(Boolean.FALSE, driver.executeScript("return document.getElementById('host-form').checkValidity()"));
        assertEquals("Välj en orsak.", driver.executeScript(
                "return document.querySelector('folja-reason-picker').validationMessage"));
        assertEquals("", driver.findElement(By.id("submitted")).getText());

        // the keyboard: Tab from the intervention into the picker's select, arrow keys down to Bortrest
        driver.executeScript("""
                window.reasonChanges = [];
                document.querySelector('folja-reason-picker')
                    .addEventListener('change', e => window.reasonChanges.push(e.detail));
                document.getElementById('host-intervention').focus();""");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals(Boolean.TRUE, driver.executeScript("""
                const picker = document.querySelector('folja-reason-picker');
                return document.activeElement === picker && picker.shadowRoot.activeElement.tagName === 'SELECT';"""));
        List<String> codes = flatCodes();
        int steps = codes.indexOf("BORTREST") + 1;   // the first option is the empty "Välj orsak"
        assertTrue(steps > 0, codes.toString());
        for (int i = 0; i < steps; i++) {
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        }
        assertEquals("BORTREST", driver.executeScript("return document.querySelector('folja-reason-picker').value"));
        assertEquals(Map.of("code", "BORTREST", "label", "Bortrest", "initiator", "CLIENT"),
                driver.executeScript("return window.reasonChanges[window.reasonChanges.length - 1]"));
        assertEquals(Boolean.TRUE, driver.executeScript("return document.getElementById('host-form').checkValidity()"));
        screenshot("reason-picker-host-form.png");

        driver.findElement(By.id("host-submit")).click();
        WebElement result = await().withMessage("the registration's id in #host-result")
                .until(d -> d.findElement(By.cssSelector("#host-result[data-registration-id]")));
        List<String> submitted = List.of(driver.findElement(By.id("submitted")).getText().split("\n"));
        assertTrue(submitted.contains("reasonCode=BORTREST"), submitted.toString());
        assertTrue(submitted.contains("journalEntryId=" + entry), submitted.toString());
        long id = Long.parseLong(result.getDomAttribute("data-registration-id"));
        driver.executeScript("document.getElementById('host-result').scrollIntoView()");
        screenshot("reason-picker-registered.png");

        JsonNode registration = json(karaf.api("GET", "/non-deliveries/" + id, "staff", null));
        assertEquals("BORTREST", registration.path("reasonCode").asText());
        assertEquals(entry, registration.path("journalEntryId").asText());
        awaitDelivered(id);
        JsonNode journalEntry = json(karaf.api("GET", "/demo-journal/entries/" + entry, "staff", null));
        List<String> keywords = new ArrayList<>();
        journalEntry.path("keywords").forEach(k -> keywords.add(k.asText()));
        assertTrue(keywords.contains("Orsak: Bortrest (BORTREST)"), keywords.toString());
    }

    @Test
    void theDropdownShowsAReasonAnAdministratorAddsAndNotOneRetired() throws Exception {
        added("BT_SJUKHUSVISTELSE", "Inlagd på sjukhus", "In hospital", "CLIENT");
        added("BT_BILEN_TRASIG", "Bilen gick sönder", "The car broke down", "ORGANISATION");
        try {
            logIn("staff", "staff", HOST_FORM);
            awaitReasons();
            assertTrue(flatCodes().containsAll(List.of("BT_SJUKHUSVISTELSE", "BT_BILEN_TRASIG")), flatCodes().toString());
            assertEquals(expectedGroups("sv"), pickerGroups());

            retire("BT_BILEN_TRASIG");
            driver.navigate().refresh();
            awaitReasons();
            assertTrue(flatCodes().contains("BT_SJUKHUSVISTELSE"), flatCodes().toString());
            assertFalse(flatCodes().contains("BT_BILEN_TRASIG"), flatCodes().toString());
            assertEquals(expectedGroups("sv"), pickerGroups());
        } finally {
            // the other tests see the demo catalogue as shipped
            retire("BT_SJUKHUSVISTELSE");
            if (activeCodes().contains("BT_BILEN_TRASIG")) {
                retire("BT_BILEN_TRASIG");
            }
        }
    }

    @Test
    void langEnShowsEnglishLabels() throws Exception {
        logIn("staff", "staff", HOST_FORM);
        awaitReasons();
        List<Map<String, Object>> english = expectedGroups("en");
        driver.executeScript("document.querySelector('folja-reason-picker').setAttribute('lang', 'en')");
        await().withMessage("English labels").until(d -> english.equals(pickerGroups()));
        assertEquals(List.of("The client's reasons", "The organisation's reasons"),
                pickerGroups().stream().map(g -> g.get("label")).toList());
        assertEquals("Reason", picker().getShadowRoot().findElement(By.cssSelector("label")).getText());
        assertEquals("Choose a reason", pickerSelect().findElement(By.cssSelector("option[value='']")).getText());
        Axe.assertNoViolations(driver, HOST_FORM + " with the picker in English");
    }

    @Test
    void anUnreachableApiGivesAClearMessageNotABlank() throws Exception {
        logIn("staff", "staff", HOST_FORM);
        awaitReasons();
        String closed = "http://localhost:" + KarafCopy.freePort() + "/folja/api/v1";
        driver.executeScript("document.querySelector('folja-reason-picker').setAttribute('api-base', arguments[0])",
                closed);
        await().withMessage("the picker's message that the list cannot be loaded")
                .until(d -> pickerMessage().getText().contains("Orsakslistan kunde inte hämtas"));
        WebElement message = pickerMessage();
        assertTrue(message.isDisplayed());
        assertEquals("alert", message.getDomAttribute("role"));
        assertFalse(pickerSelect().isEnabled());
        assertEquals(List.of(), flatCodes());
        assertEquals(Boolean.TRUE, driver.executeScript("return document.querySelector('folja-reason-picker')"
                + ".validity.valueMissing"));
        Axe.assertNoViolations(driver, HOST_FORM + " with the API unreachable");
    }

    @Test
    void theHostPageWithThePickerHasNoWcagViolations() {
        logIn("staff", "staff", HOST_FORM);
        awaitReasons();
        awaitOptions("host-entry");
        awaitOptions("host-intervention");
        Axe.assertNoViolations(driver, HOST_FORM);
    }

    /** The groups the picker must show: GET /reason-codes (active reasons, in sort order) by initiator. */
    private List<Map<String, Object>> expectedGroups(String lang) throws Exception {
        Map<String, List<JsonNode>> byInitiator = new LinkedHashMap<>();
        byInitiator.put("CLIENT", new ArrayList<>());
        byInitiator.put("ORGANISATION", new ArrayList<>());
        for (JsonNode reason : json(karaf.api("GET", "/reason-codes?lang=" + lang, "staff", null))) {
            byInitiator.get(reason.path("initiator").asText()).add(reason);
        }
        Map<String, String> labels = lang.equals("en")
                ? Map.of("CLIENT", "The client's reasons", "ORGANISATION", "The organisation's reasons")
                : Map.of("CLIENT", "Brukarens orsaker", "ORGANISATION", "Verksamhetens orsaker");
        List<Map<String, Object>> groups = new ArrayList<>();
        byInitiator.forEach((initiator, reasons) -> {
            if (!reasons.isEmpty()) {
                groups.add(Map.of("initiator", initiator, "label", labels.get(initiator),
                        "codes", reasons.stream().map(r -> r.path("code").asText()).toList(),
                        "labels", reasons.stream().map(r -> r.path("label").asText()).toList()));
            }
        });
        return groups;
    }

    /** Every code the picker lists is active in the catalogue, and every active one is listed. */
    private void assertOnlyActiveReasonsListed() throws Exception {
        List<String> listed = flatCodes();
        assertEquals(activeCodes().stream().sorted().toList(), listed.stream().sorted().toList());
    }

    private List<String> activeCodes() throws Exception {
        List<String> active = new ArrayList<>();
        for (JsonNode reason : json(karaf.api("GET", "/admin/reason-codes", "admin", null))) {
            if (reason.path("active").asBoolean()) {
                active.add(reason.path("code").asText());
            }
        }
        return active;
    }

    @SuppressWarnings("unchecked")
    private List<String> flatCodes() {
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> group : pickerGroups()) {
            codes.addAll((List<String>) group.get("codes"));
        }
        return codes;
    }

    private String firstPendingEntry() {
        awaitOptions("host-entry");
        return new Select(driver.findElement(By.id("host-entry"))).getOptions().get(1).getDomProperty("value");
    }

    private void awaitOptions(String selectId) {
        await().withMessage("#" + selectId + " lists its options")
                .until(d -> d.findElements(By.cssSelector("#" + selectId + " option:not([value=''])")).size() > 0);
    }

    private void awaitDelivered(long id) throws Exception {
        long deadline = System.nanoTime() + WRITE_BACK.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            JsonNode writeBacks = json(karaf.api("GET", "/non-deliveries/" + id + "/write-backs", "staff", null));
            last = writeBacks.toString();
            if (writeBacks.size() > 0 && writeBacks.get(writeBacks.size() - 1).path("state").asText()
                    .equals("DELIVERED")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the write-back of " + id + " was not delivered within " + WRITE_BACK + ": " + last);
    }

    private void added(String code, String labelSv, String labelEn, String initiator) throws Exception {
        HttpResponse<String> created = karaf.api("POST", "/admin/reason-codes", "admin", "{\"code\":\"" + code
                + "\",\"labelSv\":\"" + labelSv + "\",\"labelEn\":\"" + labelEn + "\",\"initiator\":\"" + initiator
                + "\"}");
        assertEquals(201, created.statusCode(), created.body());
    }

    private void retire(String code) throws Exception {
        HttpResponse<String> reason = karaf.api("GET", "/admin/reason-codes/" + code, "admin", null);
        assertEquals(200, reason.statusCode(), reason.body());
        String etag = reason.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> retired = karaf.api("POST", "/admin/reason-codes/" + code + "/retire", "admin", null,
                "If-Match", etag);
        assertEquals(200, retired.statusCode(), retired.body());
    }
}
