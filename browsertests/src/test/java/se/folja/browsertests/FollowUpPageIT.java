package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.browsertests.KarafProcess.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The follow-up page {@code /folja/followups/} as staff use it: their units' due occasions per client and
 * follow-up, an ORS occasion answered in the form LHC-Forms renders (its own words in Swedish, a decimal comma), the
 * API's errors shown at their questions and in the error summary, the response saved (checked through the API too),
 * corrected with its history (decimals shown with a comma); a Trosa follow-up whose condition (enableWhen) shows
 * and hides a question, its date picker in Swedish; Kalmar's repeating group answered twice, an error in the second
 * entry shown there; a response marked entered in error after a second step, its occasion open again; English;
 * 640 px wide (1280 px at 200 %) without sideways scrolling; a response answered and saved by keyboard only; WCAG
 * 2.1 A/AA by axe-core at each state; no Content-Security-Policy violation (LHC-Forms' styles are allowed by hash).
 *
 * <p>The demo data is shared by every browser test of a run: each test takes an occasion found through the API
 * (ORS baselines, the latest ORS occasion, a Trosa end) that no other browser test answers, and never relies on the
 * order of the test classes.
 */
class FollowUpPageIT extends BrowserTest {

    private static final String PAGE = "/folja/followups/";
    private static final String STAFF = "staff3";

    @BeforeEach
    void watchCsp() {
        cspWatch(driver);
    }

    @Test
    void staffAnswerAnOrsOccasionSeeTheApiErrorsAtTheQuestionsAndCorrectTheResponseWithHistory() throws Exception {
        JsonNode occasion = dueOccasion(o -> "ORS".equals(o.path("template").asText())
                && "baseline".equals(o.path("occasion").asText()));
        long enrolment = occasion.path("enrolment").asLong();
        logIn(STAFF, STAFF, PAGE);

        // the list: per client, the follow-up and its occasion, overdue said in words
        WebElement button = answerButton(occasion);
        WebElement client = driver.findElement(By.cssSelector("li.due-client[data-enrolment='" + enrolment + "']"));
        assertTrue(client.getText().contains("Försenat"), client.getText());
        assertTrue(client.getText().contains("ORS – Outcome Rating Scale"), client.getText());
        assertEquals("Besvara som brukare (ORS – Outcome Rating Scale (upprepad skattning), Inskrivning (baslinje))",
                button.getAccessibleName());
        Axe.assertNoViolations(driver, PAGE + " listing the due occasions");

        // opened: the form heading focused, LHC-Forms' own words in Swedish
        button.click();
        awaitForm();
        assertEquals("form-heading", activeId());
        assertEquals("Skriv ett tal", question("ors-individual").getDomAttribute("placeholder"));
        Axe.assertNoViolations(driver, PAGE + " with the ORS form");

        // saved empty: the API's errors at each question and in the summary, which links to the question
        save();
        WebElement summary = awaitErrorSummary();
        assertTrue(summary.getText().contains("Individuellt (personligt välbefinnande)"), summary.getText());
        assertEquals("Frågan måste besvaras.", questionError("ors-individual"));
        assertEquals("true", question("ors-individual").getDomAttribute("aria-invalid"));
        summary.findElement(By.cssSelector("a[href='#ors-individual/1']")).click();
        assertEquals("ors-individual/1", activeId());
        Axe.assertNoViolations(driver, PAGE + " with the API's errors at the questions");

        // a decimal comma is taken; 11 is out of the scale: the API says so at that question only
        question("ors-individual").sendKeys("7,5");
        question("ors-relations").sendKeys("6");
        question("ors-social").sendKeys("11");
        question("ors-general").sendKeys("8,2");
        save();
        await().withMessage("the range error at ors-social")
                .until(d -> "Svaret måste vara mellan 0 och 10.".equals(questionError("ors-social")));
        assertEquals(1, driver.findElements(By.cssSelector(".folja-question-error")).size());

        question("ors-social").sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "3");
        save();
        WebElement saved = await().withMessage("the saved response")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-notice")));
        assertTrue(saved.getText().contains("Svaret är sparat"), saved.getText());
        assertEquals("saved-notice", activeId());
        assertEquals(List.of("7,5", "6", "3", "8,2"), answerColumn());
        Axe.assertNoViolations(driver, PAGE + " with the saved response");

        // stored as the page showed it
        JsonNode stored = storedResponse(enrolment, "baseline", 1);
        assertEquals(1, stored.path("revision").asInt());
        assertEquals("CLIENT", stored.path("role").asText());
        assertEquals(List.of("ors-individual=7.5", "ors-relations=6", "ors-social=3", "ors-general=8.2"),
                answers(stored));

        // corrected: the form filled in with the answers, one changed, the history says who changed what
        driver.findElement(By.id("correct-response")).click();
        awaitForm();
        assertEquals("7,5", shown(question("ors-individual")));
        assertEquals("8,2", shown(question("ors-general")));
        WebElement general = question("ors-general");
        general.sendKeys(Keys.END, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "9,1");
        save();
        saved = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-notice")));
        assertTrue(saved.getText().contains("Rättelsen är sparad"), saved.getText());
        WebElement history = driver.findElement(By.id("response-history"));
        await().withMessage("the history with the correction")
                .until(d -> history.findElements(By.cssSelector("tbody tr")).size() == 2);
        String latest = history.findElement(By.cssSelector("tbody tr")).getText();
        assertTrue(latest.contains("Rättat") && latest.contains(STAFF)
                && latest.contains("Allmänt (livet i allmänhet): 8,2 → 9,1") && !latest.contains("Overall"),
                latest);
        JsonNode correctedResponse = storedResponse(enrolment, "baseline", 1);
        assertEquals(2, correctedResponse.path("revision").asInt());
        assertEquals(List.of("ors-individual=7.5", "ors-relations=6", "ors-social=3", "ors-general=9.1"),
                answers(correctedResponse));
        Axe.assertNoViolations(driver, PAGE + " with the corrected response and its history");

        // someone else corrects it meanwhile: 409, said, and the latest version loaded on asking
        driver.findElement(By.id("correct-response")).click();
        awaitForm();
        JsonNode current = storedResponse(enrolment, "baseline", 1);
        HttpResponse<String> other = karaf.api("PUT", "/responses/" + current.path("id").asLong(), STAFF,
                """
                {"questionnaireResponse": {"resourceType": "QuestionnaireResponse", "status": "completed", "item": [
                  {"linkId": "ors-individual", "answer": [{"valueDecimal": 5}]},
                  {"linkId": "ors-relations", "answer": [{"valueDecimal": 6}]},
                  {"linkId": "ors-social", "answer": [{"valueDecimal": 3}]},
                  {"linkId": "ors-general", "answer": [{"valueDecimal": 9.1}]}]}}
                """, "If-Match", "\"" + current.path("revision").asInt() + "\"");
        assertEquals(200, other.statusCode(), other.body());
        save();
        WebElement reload = await().withMessage("the conflict")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reload")));
        assertTrue(driver.getPageSource().contains("Någon annan har rättat svaret"));
        Axe.assertNoViolations(driver, PAGE + " with a conflict");
        reload.click();
        awaitForm();
        await().until(d -> "5".equals(shown(question("ors-individual"))));
        assertEquals("9,1", shown(question("ors-general")));
        assertNoCspViolation();
    }

    @Test
    void staffAnswerATrosaFollowUpWhoseConditionShowsAndHidesAQuestion() throws Exception {
        JsonNode occasion = dueOccasion(o -> "TROSA_MISSBRUK".equals(o.path("template").asText()));
        long enrolment = occasion.path("enrolment").asLong();
        logIn(STAFF, STAFF, PAGE);

        // the list narrowed to one unit and to the clients staff3 follows
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("due-count")));
        new Select(driver.findElement(By.id("filter-unit"))).selectByValue(occasion.path("unit").asText());
        driver.findElement(By.id("filter-mine")).click();
        driver.findElement(By.id("filter-submit")).click();
        await().withMessage("only the unit's clients listed").until(d -> {
            List<String> units = d.findElements(By.cssSelector(".due-client__meta")).stream()
                    .map(WebElement::getText).toList();
            return !units.isEmpty() && units.stream().allMatch(u -> u.contains("Missbruks- och beroendevård"));
        });
        answerButton(occasion).click();
        awaitForm();

        choose("kon", "Kvinna");
        question("alder").sendKeys("34");
        choose("barn", "Okänt");
        choose("huvuddrog", "Alkohol");
        choose("grad", "Beroende");
        WebElement day = question("aktualiserad");
        assertEquals("ÅÅÅÅ-MM-DD", day.getDomAttribute("placeholder"));
        // the date picker in Swedish: weekdays from Monday, month names
        day.click();
        WebElement picker = await().withMessage("the date picker").until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector(".ant-picker-dropdown .ant-picker-date-panel")));
        assertEquals(List.of("må", "ti", "on", "to", "fr", "lö", "sö"),
                picker.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList());
        day.sendKeys("2025-03-15");
        await().withMessage("the date picker at March 2025, in Swedish").until(d -> "mars".equals(
                picker.findElement(By.cssSelector(".ant-picker-header-month-btn")).getText()));
        day.sendKeys(Keys.ENTER);
        if (picker.isDisplayed()) {
            day.sendKeys(Keys.ESCAPE);
        }
        await().withMessage("the date picker closed").until(ExpectedConditions.invisibilityOf(picker));

        // the investigation's date is asked only when an investigation was made
        assertTrue(driver.findElements(By.cssSelector("[id^='item-utredning-klar/']")).isEmpty());
        radio("utredning", "true");
        await().withMessage("the investigation's date shown")
                .until(d -> !d.findElements(By.cssSelector("[id^='item-utredning-klar/']")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("[id^='item-utredning-klar/']")).getText()
                .contains("Datum då utredningen blev klar"));
        Axe.assertNoViolations(driver, PAGE + " with the Trosa form and a conditional question shown");
        radio("utredning", "false");
        await().withMessage("the investigation's date hidden again")
                .until(d -> d.findElements(By.cssSelector("[id^='item-utredning-klar/']")).isEmpty());

        choose("beslut", "Avslag");
        assertTrue(driver.findElements(By.cssSelector("[id^='item-insatstyp/']")).isEmpty());
        radio("avslutat", "false");
        choose("situation", "Ingen förändring");
        save();
        WebElement saved = await().withMessage("the saved Trosa response")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-notice")));
        assertTrue(saved.getText().contains("Svaret är sparat"), saved.getText());
        assertTrue(answerColumn().containsAll(List.of("Kvinna", "34", "Nej", "Avslag", "Ingen förändring")),
                answerColumn().toString());
        Axe.assertNoViolations(driver, PAGE + " with the saved Trosa response");

        JsonNode stored = storedResponse(enrolment, occasion.path("occasion").asText(),
                occasion.path("sequence").asInt());
        List<String> answers = answers(stored);
        assertTrue(answers.containsAll(List.of("kon=KVINNA", "alder=34", "aktualiserad=2025-03-15",
                "utredning=false", "beslut=AVSLAG", "avslutat=false", "situation=OFORANDRAD")), answers.toString());
        assertFalse(answers.stream().anyMatch(a -> a.startsWith("utredning-klar=")), answers.toString());
        assertNoCspViolation();
    }

    @Test
    void inEnglish640PixelsWideAnsweredAndSavedByKeyboardOnly() throws Exception {
        List<JsonNode> ors = dueOccasions(o -> "ORS".equals(o.path("template").asText())
                && !"baseline".equals(o.path("occasion").asText()));
        JsonNode occasion = ors.get(ors.size() - 1);
        long enrolment = occasion.path("enrolment").asLong();
        driver.manage().window().setSize(new Dimension(640, 900));
        logIn(STAFF, STAFF, PAGE + "?lang=en");
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("due-count")));
        assertEquals("Follow-ups to answer", driver.findElement(By.id("list-heading")).getText());
        assertNoSidewaysScroll("the list, 640 px wide");
        Axe.assertNoViolations(driver, PAGE + "?lang=en listing the due occasions, 640 px wide");

        // keyboard only: the answer button reached by Tab and pressed with Enter
        WebElement button = answerButton(occasion);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        tabTo(button, 400);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        awaitForm();
        assertEquals("form-heading", activeId());
        assertEquals("Type a number", question("ors-individual").getDomAttribute("placeholder"));
        String general = questionText("ors-general");
        assertTrue(general.contains("Overall (general sense of well-being)") && !general.contains("Allmänt"), general);
        assertNoSidewaysScroll("the form, 640 px wide");

        // Tab through the day answered to the questions, typing each, then Tab to "Save" and Enter
        tabTo(question("ors-individual"), 20);
        new Actions(driver).sendKeys("5.5").sendKeys(Keys.TAB).perform();
        tabTo(question("ors-relations"), 5);
        new Actions(driver).sendKeys("6").sendKeys(Keys.TAB).perform();
        tabTo(question("ors-social"), 5);
        new Actions(driver).sendKeys("7").sendKeys(Keys.TAB).perform();
        tabTo(question("ors-general"), 5);
        new Actions(driver).sendKeys("8").perform();
        Axe.assertNoViolations(driver, PAGE + "?lang=en with the form filled in, 640 px wide");
        tabTo(driver.findElement(By.id("save-response")), 10);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        WebElement saved = await().withMessage("the saved response")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-notice")));
        assertTrue(saved.getText().contains("The response is saved"), saved.getText());
        assertEquals("saved-notice", activeId());
        assertEquals(List.of("5.5", "6", "7", "8"), answerColumn());
        assertNoSidewaysScroll("the saved response, 640 px wide");
        Axe.assertNoViolations(driver, PAGE + "?lang=en with the saved response, 640 px wide");
        assertEquals(List.of("ors-individual=5.5", "ors-relations=6", "ors-social=7", "ors-general=8"),
                answers(storedResponse(enrolment, occasion.path("occasion").asText(), occasion.path("sequence").asInt())));
        assertNoCspViolation();
    }

    @Test
    void aSavedResponseIsMarkedEnteredInErrorAfterASecondStepAndItsOccasionIsOpenAgain() throws Exception {
        List<JsonNode> baselines = dueOccasions(o -> "ORS".equals(o.path("template").asText())
                && "baseline".equals(o.path("occasion").asText()));
        JsonNode occasion = baselines.get(baselines.size() - 1);
        long enrolment = occasion.path("enrolment").asLong();
        logIn(STAFF, STAFF, PAGE);
        answerButton(occasion).click();
        awaitForm();
        question("ors-individual").sendKeys("4");
        question("ors-relations").sendKeys("5");
        question("ors-social").sendKeys("6");
        question("ors-general").sendKeys("7,5");
        // the README's screenshot: the top of the page, its header, the Swedish ORS form being answered
        driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
        await().until(d -> Long.valueOf(0).equals(driver.executeScript("return Math.round(window.scrollY)")));
        screenshot("followup-form.png");
        save();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-notice")));

        // "Makulera svaret": a second step asks why, and says what it means
        driver.findElement(By.id("void-response")).click();
        await().until(d -> "void-heading".equals(activeId()));
        assertTrue(driver.findElement(By.cssSelector(".void-response")).getText().contains("räknas ingenstans"));
        JsonNode before = storedResponse(enrolment, "baseline", 1);
        assertEquals(1, before.path("revision").asInt(), "nothing sent yet");
        Axe.assertNoViolations(driver, PAGE + " asking why the response is entered in error");
        driver.findElement(By.id("confirm-void")).click();
        WebElement summary = awaitErrorSummary();
        assertEquals("Skriv varför svaret makuleras.", driver.findElement(By.id("void-reason-error")).getText());
        summary.findElement(By.cssSelector("a[href='#void-reason']")).click();
        assertEquals("void-reason", activeId());
        Axe.assertNoViolations(driver, PAGE + " with the reason missing");
        new Actions(driver).sendKeys("Besvarat vid fel tillfälle").perform();
        driver.findElement(By.id("confirm-void")).click();

        // shown as entered in error, in its history too; no correction offered
        WebElement notice = await().withMessage("the response entered in error")
                .until(d -> d.findElement(By.id("saved-notice")));
        assertTrue(notice.getText().contains("Svaret är makulerat"), notice.getText());
        assertEquals("saved-notice", activeId());
        assertTrue(driver.findElement(By.id("response-status")).getText()
                .contains("Makulerat: Besvarat vid fel tillfälle"));
        WebElement history = driver.findElement(By.id("response-history"));
        await().withMessage("the history with the entry in error")
                .until(d -> history.findElements(By.cssSelector("tbody tr")).size() == 2);
        String latest = history.findElement(By.cssSelector("tbody tr")).getText();
        assertTrue(latest.contains("Makulerat (felregistrerat)") && latest.contains(STAFF), latest);
        assertTrue(driver.findElements(By.id("correct-response")).isEmpty());
        assertTrue(driver.findElements(By.id("void-response")).isEmpty());
        Axe.assertNoViolations(driver, PAGE + " with the response entered in error");
        JsonNode stored = json(karaf.api("GET", "/responses/" + before.path("id").asLong(), STAFF, null));
        assertEquals("ENTERED_IN_ERROR", stored.path("status").asText());
        assertEquals("Besvarat vid fel tillfälle", stored.path("errorReason").asText());

        // the occasion is open again in the list
        driver.findElement(By.xpath("//button[normalize-space()='Tillbaka till listan']")).click();
        answerButton(occasion);
        assertNoCspViolation();
    }

    /** What the Kalmar test made, undone after it: the enablement (as admin), the enrolment (annulled). */
    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void undoWhatTheTestMade() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
    }

    @Test
    void staffAnswerKalmarsRepeatingGroupWithTwoEntriesAndSeeAnErrorInTheSecondAtThatEntry() throws Exception {
        // Kalmar's template is not enabled in the demo: enabled here for a housing-support unit of "staff" (it fits
        // the template's intervention type), a client enrolled through the API; both undone after the test
        String user = "staff";
        String unit = "BOSTOD_NORR";
        HttpResponse<String> enabled = karaf.api("POST", "/admin/followup-enablements", "admin",
                "{\"template\": \"KALMAR_BOENDESTOD\", \"unit\": \"" + unit + "\"}");
        assertEquals(201, enabled.statusCode(), enabled.body());
        long enablement = json(enabled).path("id").asLong();
        undo.add(() -> call("POST", "/admin/followup-enablements/" + enablement + "/disable", "admin", null,
                "/followup-enablements/" + enablement));
        HttpResponse<String> enrolled = karaf.api("POST", "/enrolments", user,
                "{\"template\": \"KALMAR_BOENDESTOD\", \"unit\": \"" + unit + "\", \"client\": \"20010315-2385\"}");
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        long enrolment = json(enrolled).path("id").asLong();
        undo.add(() -> call("POST", "/enrolments/" + enrolment + "/annul", user,
                "{\"reason\": \"Browser test\"}", "/enrolments/" + enrolment));
        JsonNode occasion = dueOccasions(user, o -> o.path("enrolment").asLong() == enrolment).get(0);
        String reason = firstCode("reason-codes");
        String lifeArea = firstCode("ibic-life-areas");

        logIn(user, user, PAGE);
        answerButton(occasion).click();
        awaitForm();
        radio("avbokat", "true");
        WebElement firstDay = await().until(d -> d.findElement(By.cssSelector(entry("avbokning-datum", 1) + " input")));
        firstDay.sendKeys("2026-12-01", Keys.ENTER);
        chooseIn(driver.findElement(By.cssSelector(entry("avbokning-orsak", 1) + " input")), display(reason));
        // the second entry of the repeating group
        WebElement add = driver.findElement(By.cssSelector("button[id^='add-avbokning/']"));
        assertTrue(add.getDomAttribute("aria-label").startsWith("Lägg till en rad i Besök som inte blev av"),
                "LHC-Forms' accessible name in Swedish: " + add.getDomAttribute("aria-label"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", add);
        add.click();
        WebElement secondDay = await().withMessage("the group's second entry")
                .until(d -> d.findElement(By.cssSelector(entry("avbokning-datum", 2) + " input")));
        secondDay.sendKeys("2026-12-03", Keys.ENTER);
        radio("hela-veckan-avbokad", "false");
        WebElement areas = question("livsomraden");
        areas.sendKeys(display(lifeArea));
        await().withMessage("the life areas listed").until(d -> d.findElements(By.cssSelector(
                "#lhc-tools-searchResults li")).stream().anyMatch(li -> li.getText().contains(display(lifeArea))));
        areas.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        Axe.assertNoViolations(driver, PAGE + " with Kalmar's form, two entries of the repeating group");

        // the second entry's reason left out: the API's error at that entry's question, not the first's
        save();
        WebElement summary = awaitErrorSummary();
        WebElement secondReason = driver.findElement(By.cssSelector(entry("avbokning-orsak", 2) + " input"));
        await().withMessage("the error at the second entry").until(d -> !d.findElements(
                By.cssSelector(entry("avbokning-orsak", 2) + " > .folja-question-error")).isEmpty());
        assertEquals("Frågan måste besvaras.", driver.findElement(
                By.cssSelector(entry("avbokning-orsak", 2) + " > .folja-question-error")).getText());
        assertTrue(driver.findElements(By.cssSelector(entry("avbokning-orsak", 1) + " > .folja-question-error"))
                .isEmpty());
        assertEquals("true", secondReason.getDomAttribute("aria-invalid"));
        summary.findElement(By.cssSelector("a[href='#" + secondReason.getDomAttribute("id") + "']")).click();
        assertEquals(secondReason.getDomAttribute("id"), activeId());
        Axe.assertNoViolations(driver, PAGE + " with an error in the repeating group's second entry");

        chooseIn(secondReason, display(reason));
        save();
        WebElement saved = await().withMessage("the saved Kalmar response")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-notice")));
        assertTrue(saved.getText().contains("Svaret är sparat"), saved.getText());

        // stored with both entries, read through the API
        JsonNode stored = json(karaf.api("GET", "/responses?enrolment=" + enrolment, user, null)).path("items").get(0);
        JsonNode response = json(karaf.api("GET", "/responses/" + stored.path("id").asLong(), user, null));
        List<String> answers = new ArrayList<>();
        for (JsonNode answer : response.path("answers")) {
            for (JsonNode value : answer.path("values")) {
                JsonNode v = value.has("valueCoding") ? value.path("valueCoding").path("code")
                        : value.elements().next();
                answers.add(answer.path("linkId").asText() + answer.path("groupInstances") + "=" + v.asText());
            }
        }
        assertEquals(List.of("avbokat[]=true", "avbokning-datum[1]=2026-12-01", "avbokning-orsak[1]=" + reason,
                "avbokning-datum[2]=2026-12-03", "avbokning-orsak[2]=" + reason, "hela-veckan-avbokad[]=false",
                "livsomraden[]=" + lifeArea), answers);
        assertNoCspViolation();
    }

    /** The row of a question in the entry {@code n} of the repeating group "avbokning" (in the group "veckan"). */
    private static String entry(String linkId, int n) {
        return "lhc-item[id^='item-" + linkId + "/1/" + n + "/']";
    }

    private final Map<String, String> displays = new java.util.HashMap<>();

    /** The first code of a value set's Swedish expansion (its display kept for {@link #display}). */
    private String firstCode(String valueSet) throws Exception {
        JsonNode expansion = json(karaf.api("GET", "/fhir/ValueSet/" + valueSet + "/$expand?displayLanguage=sv",
                STAFF, null)).path("expansion").path("contains");
        JsonNode first = firstConcept(expansion);
        displays.put(first.path("code").asText(), first.path("display").asText());
        return first.path("code").asText();
    }

    private static JsonNode firstConcept(JsonNode contains) {
        for (JsonNode c : contains) {
            if (c.hasNonNull("code") && !c.path("abstract").asBoolean() && !c.path("inactive").asBoolean()) {
                return c;
            }
            JsonNode inner = firstConcept(c.path("contains"));
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private String display(String code) {
        return displays.get(code);
    }

    /** Reads the thing's ETag, then makes the request with If-Match; fails the test unless it answers 200. */
    private void call(String method, String path, String user, String body, String read) {
        try {
            HttpResponse<String> current = karaf.api("GET", read, user, null);
            String etag = current.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> done = karaf.api(method, path, user, body, "If-Match", etag);
            assertEquals(200, done.statusCode(), method + " " + path + ": " + done.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLoginEndedWhileFillingInKeepsTheAnswersAndTheResponseIsSavedOnceAfterANewLoginInAnotherTab()
            throws Exception {
        List<JsonNode> baselines = dueOccasions(o -> "ORS".equals(o.path("template").asText())
                && "baseline".equals(o.path("occasion").asText()));
        assertTrue(baselines.size() >= 3, "ORS baselines due: " + baselines.size());
        JsonNode occasion = baselines.get(baselines.size() - 1);
        long enrolment = occasion.path("enrolment").asLong();
        logIn(STAFF, STAFF, PAGE);
        answerButton(occasion).click();
        awaitForm();
        question("ors-individual").sendKeys("4");
        question("ors-relations").sendKeys("5");
        question("ors-social").sendKeys("6");
        question("ors-general").sendKeys("7");

        // the login ends (the session cookie gone) before Save is pressed: the page stays, the answers too
        driver.manage().deleteCookieNamed("FOLJA_SESSION");
        save();
        WebElement ended = await().withMessage("the login ended notice")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("session-ended")));
        assertTrue(ended.getText().contains("Din inloggning har gått ut"), ended.getText());
        assertTrue(ended.getText().contains("tryck sedan på ”Spara svaret” här igen"), ended.getText());
        assertEquals("session-ended", activeId());
        assertEquals(karaf.origin() + PAGE, driver.getCurrentUrl());
        assertEquals(List.of("4", "5", "6", "7"), List.of("ors-individual", "ors-relations", "ors-social",
                "ors-general").stream().map(id -> question(id).getDomProperty("value")).toList());
        WebElement login = driver.findElement(By.id("login-again"));
        assertEquals("_blank", login.getDomAttribute("target"));
        assertEquals("noopener", login.getDomAttribute("rel"));
        assertEquals(List.of(), responsesTo(enrolment, "baseline", 1));
        Axe.assertNoViolations(driver, PAGE + " with the login ended while filling in");

        // logged in again in the tab the link opens; back in the first tab, Save again: stored once
        String form = driver.getWindowHandle();
        login.click();
        await().withMessage("the login page in a new tab").until(d -> d.getWindowHandles().size() == 2);
        String tab = driver.getWindowHandles().stream().filter(h -> !h.equals(form)).findFirst().orElseThrow();
        driver.switchTo().window(tab);
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(STAFF);
        driver.findElement(By.id("password")).sendKeys(STAFF);
        driver.findElement(By.id("login-submit")).click();
        await().until(ExpectedConditions.urlToBe(karaf.origin() + PAGE));
        driver.close();
        driver.switchTo().window(form);
        save();
        WebElement saved = await().withMessage("the saved response after the new login")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-notice")));
        assertTrue(saved.getText().contains("Svaret är sparat"), saved.getText());
        assertEquals(List.of("4", "5", "6", "7"), answerColumn());
        assertEquals(List.of("ors-individual=4", "ors-relations=5", "ors-social=6", "ors-general=7"),
                answers(storedResponse(enrolment, "baseline", 1)));
        assertNoCspViolation();
    }

    @Test
    void anOccasionAnsweredMeanwhileIsSaidAlreadyAnsweredAndTheListIsReadAgain() throws Exception {
        List<JsonNode> baselines = dueOccasions(o -> "ORS".equals(o.path("template").asText())
                && "baseline".equals(o.path("occasion").asText()));
        assertTrue(baselines.size() >= 3, "ORS baselines due: " + baselines.size());
        JsonNode occasion = baselines.get(baselines.size() - 2);
        long enrolment = occasion.path("enrolment").asLong();
        String role = occasion.path("unanswered").get(0).asText();
        logIn(STAFF, STAFF, PAGE);
        answerButton(occasion).click();
        awaitForm();
        question("ors-individual").sendKeys("1");
        question("ors-relations").sendKeys("2");
        question("ors-social").sendKeys("3");
        question("ors-general").sendKeys("4");

        // someone answers the same occasion first
        HttpResponse<String> other = karaf.api("POST", "/enrolments/" + enrolment + "/responses", STAFF, """
                {"occasion": "baseline", "sequence": 1, "role": "%s", "questionnaireResponse": {
                  "resourceType": "QuestionnaireResponse", "status": "completed", "item": [
                  {"linkId": "ors-individual", "answer": [{"valueDecimal": 8}]},
                  {"linkId": "ors-relations", "answer": [{"valueDecimal": 8}]},
                  {"linkId": "ors-social", "answer": [{"valueDecimal": 8}]},
                  {"linkId": "ors-general", "answer": [{"valueDecimal": 8}]}]}}
                """.formatted(role));
        assertEquals(201, other.statusCode(), other.body());

        save();
        WebElement notice = await().withMessage("the already answered notice above the list")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("list-notice")));
        assertTrue(notice.getText().contains("Tillfället har redan besvarats"), notice.getText());
        assertFalse(driver.getPageSource().contains("Någon annan har rättat svaret"));
        assertEquals("list-notice", activeId());
        String css = "li.due-client[data-enrolment='" + enrolment + "'] li.due-occasion[data-occasion='baseline']"
                + "[data-sequence='1'] button[data-role='" + role + "']";
        await().withMessage("the list read again, without the occasion answered").until(d ->
                !d.findElements(By.id("due-count")).isEmpty() && d.findElements(By.cssSelector(css)).isEmpty());
        Axe.assertNoViolations(driver, PAGE + " with an occasion answered meanwhile");
        assertEquals(List.of("ors-individual=8", "ors-relations=8", "ors-social=8", "ors-general=8"),
                answers(storedResponse(enrolment, "baseline", 1)));
        assertNoCspViolation();
    }

    @Test
    void theAddressNeverCarriesTheClient() throws Exception {
        JsonNode occasion = dueOccasion(o -> "ORS".equals(o.path("template").asText()));
        logIn(STAFF, STAFF, PAGE);
        answerButton(occasion).click();
        awaitForm();
        assertEquals(karaf.origin() + PAGE, driver.getCurrentUrl());
        String client = occasion.path("client").asText();
        assertTrue(driver.getPageSource().contains(client.substring(0, 8) + "-" + client.substring(8)));
        assertEquals(0L, driver.executeScript("return localStorage.length + sessionStorage.length"));
    }

    // ---- helpers shared with QuestionnairePreviewIT

    /** Installs, before any page script runs, a listener keeping every CSP violation in window.__csp. */
    static void cspWatch(org.openqa.selenium.chrome.ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__csp = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
                """));
    }

    void assertNoCspViolation() {
        assertEquals(List.of(), driver.executeScript("return window.__csp"), "CSP violations");
    }

    /**
     * The due occasions of staff3 that {@code wanted} takes (waiting a little for them).
     */
    private List<JsonNode> dueOccasions(Predicate<JsonNode> wanted) {
        return dueOccasions(STAFF, wanted);
    }

    private List<JsonNode> dueOccasions(String user, Predicate<JsonNode> wanted) {
        awaitDemoFollowUps(STAFF);
        List<JsonNode> found = new ArrayList<>();
        String[] last = {""};
        new FluentWait<>(karaf).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500))
                .withMessage(() -> "no such due occasion: " + last[0]).until(k -> {
                    try {
                        JsonNode due = json(k.api("GET", "/occasions/due", user, null));
                        last[0] = due.toString();
                        found.clear();
                        due.forEach(o -> {
                            if (wanted.test(o)) {
                                found.add(o);
                            }
                        });
                        return !found.isEmpty();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        return found;
    }

    private JsonNode dueOccasion(Predicate<JsonNode> wanted) {
        return dueOccasions(wanted).get(0);
    }

    private WebElement answerButton(JsonNode occasion) {
        String css = "li.due-client[data-enrolment='" + occasion.path("enrolment").asLong() + "'] "
                + "li.due-occasion[data-occasion='" + occasion.path("occasion").asText() + "'][data-sequence='"
                + occasion.path("sequence").asInt() + "'] button[data-role='"
                + occasion.path("unanswered").get(0).asText() + "']";
        return await().withMessage("the occasion's answer button " + css)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    private void awaitForm() {
        await().withMessage("the form rendered").until(d -> !d.findElements(
                By.cssSelector("#followup-form[data-state='shown'] wc-lhc-form lhc-item")).isEmpty());
    }

    /** The input of a question (the first entry of its groups). */
    private WebElement question(String linkId) {
        return await().withMessage("question " + linkId).until(d -> d.findElements(By.cssSelector("lhc-item[id^='item-"
                + linkId + "/'] input:not([type=radio])")).stream().findFirst().orElse(null));
    }

    /** A question's text as LHC-Forms shows it (the first entry of its groups). */
    private String questionText(String linkId) {
        return await().withMessage("the text of question " + linkId).until(d -> d.findElements(By.cssSelector(
                "lhc-item[id^='item-" + linkId + "/'] lhc-item-question-text")).stream().findFirst().orElse(null))
                .getText();
    }

    /** The text a field shows (the browser's own value, not what the page's decimal handling gives LHC-Forms). */
    private String shown(WebElement input) {
        return (String) driver.executeScript(
                "return Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').get.call(arguments[0])",
                input);
    }

    private String questionError(String linkId) {
        List<WebElement> errors = driver.findElements(
                By.cssSelector("lhc-item[id^='item-" + linkId + "/'] > .folja-question-error"));
        return errors.isEmpty() ? null : errors.get(0).getText();
    }

    /** Picks an option of a choice question as a person does with the keyboard: its text, Arrow down, Enter. */
    private void choose(String linkId, String option) {
        WebElement input = question(linkId);
        input.sendKeys(option);
        await().withMessage("the options of " + linkId).until(d -> d.findElements(
                By.cssSelector("#lhc-tools-searchResults li")).stream().anyMatch(li -> li.getText().contains(option)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        await().withMessage(linkId + " answered " + option)
                .until(d -> option.equals(input.getDomProperty("value")));
    }

    /** {@link #choose} for a given input (e.g. of a repeating group's second entry). */
    private void chooseIn(WebElement input, String option) {
        input.sendKeys(option);
        await().withMessage("the options of " + input.getDomAttribute("id")).until(d -> d.findElements(
                By.cssSelector("#lhc-tools-searchResults li")).stream().anyMatch(li -> li.getText().contains(option)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        await().withMessage(input.getDomAttribute("id") + " answered " + option)
                .until(d -> option.equals(input.getDomProperty("value")));
    }

    private void radio(String linkId, String value) {
        WebElement label = await().until(d -> d.findElements(By.cssSelector("lhc-item[id^='item-" + linkId
                + "/'] label[id$='|" + value + "']")).stream().findFirst().orElse(null));
        label.click();
    }

    private void save() {
        WebElement button = driver.findElement(By.id("save-response"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private WebElement awaitErrorSummary() {
        return await().withMessage("the error summary")
                .until(d -> d.findElement(By.cssSelector("folja-error-summary .error-summary")));
    }

    private List<String> answerColumn() {
        return driver.findElements(By.cssSelector("#response-answers tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }

    /** The one response to the occasion's time {@code sequence}, read through the API. */
    private JsonNode storedResponse(long enrolment, String occasion, int sequence) throws Exception {
        List<JsonNode> found = responsesTo(enrolment, occasion, sequence);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    /** The responses to the occasion's time {@code sequence}, read through the API. */
    private List<JsonNode> responsesTo(long enrolment, String occasion, int sequence) throws Exception {
        JsonNode page = json(karaf.api("GET", "/responses?enrolment=" + enrolment + "&occasion=" + occasion
                + "&limit=1000", STAFF, null));
        List<JsonNode> found = new ArrayList<>();
        page.path("items").forEach(r -> {
            if (r.path("sequence").asInt() == sequence) {
                found.add(r);
            }
        });
        return found;
    }

    /** A stored response's answers as {@code linkId=value}, in the questionnaire's order. */
    private static List<String> answers(JsonNode response) {
        List<String> out = new ArrayList<>();
        for (JsonNode answer : response.path("answers")) {
            for (JsonNode value : answer.path("values")) {
                JsonNode v = value.has("valueCoding") ? value.path("valueCoding").path("code")
                        : value.elements().next();
                out.add(answer.path("linkId").asText() + "=" + v.asText());
            }
        }
        return out;
    }

    private String activeId() {
        return (String) driver.executeScript("return document.activeElement && document.activeElement.id");
    }

    /** Presses Tab until {@code target} has the focus (at most {@code most} times). */
    private void tabTo(WebElement target, int most) {
        for (int i = 0; i < most; i++) {
            if (Boolean.TRUE.equals(driver.executeScript("return document.activeElement === arguments[0]", target))) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", target),
                "not reached by Tab: " + target);
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
}
