package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.browsertests.KarafProcess.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code <folja-proposals-section>} on the staff's follow-up page, {@code /folja/followups/}, as {@code staff3} uses
 * it: the unit and template pairs enabled today, HEMTJANST_CENTRUM's social samvaro chosen, its proposals (14 in a
 * fresh demo) each with why it was proposed, two confirmed (one by keyboard), the rest and the count announced, the
 * enrolments made as the API shows them; Swedish and English; a 640 px window; WCAG 2.1 A/AA at each state. The
 * section is found by its element name, whatever the page renders around it. Counts are relative to the proposals
 * the API gives before the test, and the enrolments it confirms are annulled after it (annulled ones are counted
 * nowhere and proposed again), so other tests see the demo's proposals as they were.
 */
class EnrolmentProposalsIT extends BrowserTest {

    private static final String PAGE = "/folja/followups/";
    private static final String STAFF = "staff3";
    private static final String UNIT = "HEMTJANST_CENTRUM";
    private static final String TEMPLATE = "ALDREOMSORG_SOCIAL_SAMVARO";
    private static final String PAIR = UNIT + ":" + TEMPLATE;
    private static final String QUERY = "?unit=" + UNIT + "&template=" + TEMPLATE;

    /** Grants the test confirmed: their enrolments are annulled after it. */
    private final Set<Long> confirmedGrants = new HashSet<>();

    @AfterEach
    void annulWhatTheTestEnrolled() throws Exception {
        for (JsonNode e : json(karaf.api("GET", "/enrolments" + QUERY + "&status=ONGOING&limit=1000", STAFF, null))
                .path("items")) {
            if (confirmedGrants.contains(e.path("grant").asLong())) {
                HttpResponse<String> annulled = karaf.api("POST", "/enrolments/" + e.path("id").asLong() + "/annul",
                        STAFF, "{\"reason\": \"Enrolled by a browser test\"}",
                        "If-Match", "\"" + e.path("revision").asLong() + "\"");
                assertEquals(200, annulled.statusCode(), annulled.body());
            }
        }
        Set<Long> proposed = new HashSet<>();
        for (JsonNode p : json(karaf.api("GET", "/followup-proposals" + QUERY, STAFF, null))) {
            proposed.add(p.path("grant").asLong());
        }
        assertTrue(proposed.containsAll(confirmedGrants), "annulled, they are proposed again");
    }

    @Test
    void staffConfirmTwoProposalsOneByKeyboardAndTheRestAreLeft() throws Exception {
        int before = awaitDemoProposals();
        assertTrue(before >= 2, "the demo proposes clients: " + before);
        logIn(STAFF, STAFF, PAGE + "?lang=en");
        WebElement section = section();
        assertEquals("Proposed enrolments", section.findElement(By.cssSelector("h2")).getText());
        WebElement select = awaitChooser();
        List<String> offered = new Select(select).getOptions().stream().map(o -> o.getDomAttribute("value")).toList();
        assertTrue(offered.contains(PAIR), offered.toString());
        assertTrue(offered.contains("OPPENVARD:ORS"), offered.toString());
        Axe.assertNoViolations(driver, PAGE + "?lang=en with the proposals section");

        // nothing chosen: said beside the field and in the summary
        showButton().click();
        WebElement fieldError = await().until(d -> section().findElement(By.cssSelector(".error-message")));
        assertEquals("Error: Choose a unit and follow-up template.",
                fieldError.getText().replaceAll("\\s+", " ").strip());
        WebElement summary = section().findElement(By.cssSelector(".error-summary"));
        assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", summary));
        assertEquals("true", select.getDomAttribute("aria-invalid"));
        Axe.assertNoViolations(driver, PAGE + "?lang=en with nothing chosen");

        // the pair chosen: its proposals, each with why
        driver.executeScript("""
                window.confirmedEnrolments = [];
                document.addEventListener('enrolments-confirmed',
                    e => window.confirmedEnrolments.push(...e.detail.enrolments));""");
        new Select(select).selectByValue(PAIR);
        showButton().click();
        List<WebElement> rows = awaitRows(before);
        WebElement heading = proposals().findElement(By.cssSelector("h3"));
        assertTrue(heading.getText().endsWith("(version 1)"), heading.getText());
        assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", heading));
        assertTrue(section().findElements(By.cssSelector(".error-summary")).isEmpty());
        assertEquals(before + " proposals", proposals().findElement(By.tagName("caption")).getText());
        for (WebElement row : rows) {
            assertTrue(cell(row, 1).matches("\\d{8}-\\d{4}"), cell(row, 1));
            assertTrue(cell(row, 2).matches("Intervention: .+\\. Age: \\d+ years\\. The intervention has run since"
                    + " \\d{4}-\\d{2}-\\d{2}\\."), cell(row, 2));
        }
        Axe.assertNoViolations(driver, PAGE + "?lang=en with " + before + " proposals");

        // one confirmed with the mouse
        long first = grantOf(rows.get(0));
        rows.get(0).findElement(By.cssSelector("input[type=checkbox]")).click();
        confirmButton().click();
        awaitStatus("1 enrolment is confirmed. " + (before - 1) + " proposals are left.");
        confirmedGrants.add(first);
        awaitRows(before - 1);
        assertTrue(proposals().findElements(By.cssSelector("tr[data-grant='" + first + "']")).isEmpty());
        Axe.assertNoViolations(driver, PAGE + "?lang=en after one confirmation");

        // one more by keyboard: Space chooses it, Enter confirms
        WebElement next = proposals().findElements(By.cssSelector("tbody tr")).get(0);
        long second = grantOf(next);
        next.findElement(By.cssSelector("input[type=checkbox]")).sendKeys(Keys.SPACE);
        await().until(d -> confirmButton().getText().equals("Confirm 1 chosen enrolment"));
        confirmButton().sendKeys(Keys.ENTER);
        WebElement status = awaitStatus("1 enrolment is confirmed. " + (before - 2) + " proposals are left.");
        confirmedGrants.add(second);
        assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", status));
        assertEquals("status", status.getDomAttribute("role"));
        awaitRows(before - 2);
        assertEquals((before - 2) + " proposals", proposals().findElement(By.tagName("caption")).getText());
        Axe.assertNoViolations(driver, PAGE + "?lang=en after two confirmations");

        // the API: both enrolled from their grants, the ones the event named, and no longer proposed
        List<Long> announced = new ArrayList<>();
        for (Object id : (List<?>) driver.executeScript("return window.confirmedEnrolments")) {
            announced.add(((Number) id).longValue());
        }
        List<Long> enrolled = new ArrayList<>();
        for (JsonNode e : json(karaf.api("GET", "/enrolments" + QUERY + "&limit=1000", STAFF, null)).path("items")) {
            if (e.path("grant").asLong() == first || e.path("grant").asLong() == second) {
                assertEquals("ONGOING", e.path("status").asText(), e.toString());
                enrolled.add(e.path("id").asLong());
            }
        }
        assertEquals(2, enrolled.size(), "both grants enrolled once: " + enrolled);
        assertEquals(new HashSet<>(enrolled), new HashSet<>(announced), "enrolments-confirmed named them");
        assertEquals(before - 2, json(karaf.api("GET", "/followup-proposals" + QUERY, STAFF, null)).size());
    }

    @Test
    void theSectionSpeaksSwedishAndFitsA640PixelWindow() throws Exception {
        int before = awaitDemoProposals();
        driver.manage().window().setSize(new Dimension(640, 900));
        logIn(STAFF, STAFF, PAGE);
        assertEquals("Föreslagna inskrivningar", section().findElement(By.cssSelector("h2")).getText());
        WebElement select = awaitChooser();
        assertEquals("Välj enhet och mall", new Select(select).getFirstSelectedOption().getText());
        // by keyboard: arrow keys in the select until the pair is chosen, Enter on the button
        int options = new Select(select).getOptions().size();
        for (int i = 0; i < options && !PAIR.equals(select.getDomProperty("value")); i++) {
            select.sendKeys(Keys.ARROW_DOWN);
        }
        assertEquals(PAIR, select.getDomProperty("value"));
        assertTrue(driver.findElements(By.cssSelector("folja-enrolment-proposals")).isEmpty(),
                "choosing shows nothing until asked");
        showButton().sendKeys(Keys.ENTER);
        List<WebElement> rows = awaitRows(before);
        assertTrue(cell(rows.get(0), 2).startsWith("Insats: "), cell(rows.get(0), 2));
        assertEquals(before + " förslag", proposals().findElement(By.tagName("caption")).getText());
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        assertTrue(innerWidth <= 660, "the window is narrow: " + innerWidth);
        assertEquals(Boolean.TRUE, driver.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "the page scrolls sideways at 640 px");
        Axe.assertNoViolations(driver, PAGE + " at 640 px with the proposals");
    }

    // ---- the page ----------------------------------------------------------------------------------------------

    private WebElement section() {
        return await().withMessage("<folja-proposals-section>").until(d -> d.findElement(
                By.cssSelector("folja-proposals-section")));
    }

    private WebElement proposals() {
        return section().findElement(By.cssSelector("folja-enrolment-proposals"));
    }

    private WebElement awaitChooser() {
        return await().withMessage("the unit and template chooser").until(d -> section().findElement(
                By.cssSelector("select[name=pair]")));
    }

    private WebElement showButton() {
        return section().findElement(By.cssSelector(".proposals-chooser button[type=submit]"));
    }

    private WebElement confirmButton() {
        return proposals().findElement(By.cssSelector("form button[type=submit]"));
    }

    private List<WebElement> awaitRows(int count) {
        return await().withMessage(count + " proposals listed").until(d -> {
            List<WebElement> rows = section().findElements(By.cssSelector("folja-enrolment-proposals tbody tr"));
            return rows.size() == count ? rows : null;
        });
    }

    private WebElement awaitStatus(String text) {
        return await().withMessage("the status " + text).until(d -> {
            WebElement status = proposals().findElement(By.cssSelector("[role=status]"));
            return status.getText().strip().equals(text) ? status : null;
        });
    }

    private static long grantOf(WebElement row) {
        return Long.parseLong(row.getDomAttribute("data-grant"));
    }

    private static String cell(WebElement row, int index) {
        return row.findElements(By.cssSelector("th, td")).get(index).getText().strip();
    }

    // ---- the API -----------------------------------------------------------------------------------------------

    /** Waits until the demo has loaded its follow-ups, then @return how many proposals the API gives. */
    private int awaitDemoProposals() throws Exception {
        awaitDemoFollowUps(STAFF);
        HttpResponse<String> proposals = karaf.api("GET", "/followup-proposals" + QUERY, STAFF, null);
        assertEquals(200, proposals.statusCode(), proposals.body());
        return json(proposals).size();
    }
}
