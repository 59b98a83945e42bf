package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The questionnaire preview {@code /folja/admin/followups/preview/?questionnaire=…} as an administrator uses it: a
 * template version's form for one respondent role rendered by the same LHC-Forms setup as the follow-up page,
 * marked as a preview, with nothing to submit; the other roles of the version one link away; Följa's value sets
 * (IBIC's life areas, the reason catalogue) listed from the API, in Swedish and in English; WCAG 2.1 A/AA; no CSP
 * violation. Nothing is stored, so it takes nothing from the demo data other tests use.
 */
class QuestionnairePreviewIT extends BrowserTest {

    private static final String PAGE = "/folja/admin/followups/preview/";

    @BeforeEach
    void watchCsp() {
        FollowUpPageIT.cspWatch(driver);
    }

    @Test
    void anAdministratorPreviewsTheTrosaFormWithNothingToSubmit() throws Exception {
        logIn("admin", "admin", "/folja/admin/");
        open(PAGE + "?questionnaire=TROSA.MISSBRUK-v1-caseofficer");
        awaitPreview();
        assertEquals("Förhandsgranskning", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.cssSelector(".preview-notice")).getText()
                .contains("Inget du fyller i här sparas eller skickas"));
        WebElement form = driver.findElement(By.id("preview-form"));
        // the questions, their options and the title in Swedish only: the template gives English as translations
        assertTrue(form.getText().contains("Kön") && !form.getText().contains("Gender"), form.getText());
        assertEquals("Missbruks- och beroendevård – bakgrund, process och resultat",
                driver.findElement(By.cssSelector("main h2")).getText());
        assertTrue(form.getText().contains("Inte besvarad"), "LHC-Forms' own words in Swedish");
        // nothing to submit: no submit button, no save button, no form posting anywhere
        assertEquals(List.of(), driver.findElements(By.cssSelector("main button[type=submit], main input[type=submit]")));
        assertTrue(driver.findElements(By.xpath("//main//button[contains(., 'Spara')]")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("main form[action]")).isEmpty());
        Axe.assertNoViolations(driver, PAGE + " of TROSA_MISSBRUK's case officer form");
        screenshot("questionnaire-preview.png");
        assertEquals(List.of(), driver.executeScript("return window.__csp"), "CSP violations");
        assertEquals(List.of("Kvinna", "Annat eller vill inte uppge"),
                options("kon", List.of("Kvinna", "Annat eller vill inte uppge")));
        assertFalse(listed().contains("Woman"), listed().toString());

        // in English: the template's translations
        open(PAGE + "?questionnaire=TROSA.MISSBRUK-v1-caseofficer&lang=en");
        awaitPreview();
        WebElement english = driver.findElement(By.id("preview-form"));
        assertTrue(english.getText().contains("Gender") && !english.getText().contains("Kön"), english.getText());
        assertEquals("Substance-abuse care – background, process and result",
                driver.findElement(By.cssSelector("main h2")).getText());
        assertEquals(List.of("Woman", "Other or prefers not to say"),
                options("kon", List.of("Woman", "Other or prefers not to say")));
        assertFalse(listed().contains("Kvinna"), listed().toString());
        Axe.assertNoViolations(driver, PAGE + "?lang=en of TROSA_MISSBRUK's case officer form");
    }

    @Test
    void theLifeAreasAndTheReasonCatalogueComeFromTheApiInTheLanguageOfThePage() throws Exception {
        logIn("admin", "admin", "/folja/admin/");
        open(PAGE + "?questionnaire=ALDREOMSORG.SOCIAL.SAMVARO-v1-caseofficer");
        awaitPreview();
        // the other respondent roles of the version, one link each
        List<String> roles = driver.findElements(By.cssSelector("main nav a")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("handläggare", "utförare", "brukare"), roles);
        assertEquals(List.of("Hemliv", "Personlig vård"), options("ha-livsomraden", List.of("Hemliv", "Personlig vård")));

        open(PAGE + "?questionnaire=KALMAR.BOENDESTOD-v1-provider&lang=en");
        awaitPreview();
        assertEquals("Preview", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector("lhc-item[id^='item-avbokat/'] label[id$='|true']")).click();
        assertEquals(List.of("Staff shortage"), options("avbokning-orsak", List.of("Staff shortage")));
        Axe.assertNoViolations(driver, PAGE + "?lang=en of KALMAR_BOENDESTOD's provider form, a reason list open");
        assertEquals(List.of(), driver.executeScript("return window.__csp"), "CSP violations");
    }

    @Test
    void anUnknownQuestionnaireIsSaidSo() {
        logIn("admin", "admin", "/folja/admin/");
        open(PAGE + "?questionnaire=NOPE-v9-client");
        WebElement error = await().until(d -> d.findElement(By.cssSelector("main .error-message")));
        assertEquals("Det finns inget sådant formulär.", error.getText());
    }

    private void awaitPreview() {
        await().withMessage("the preview rendered").until(d -> !d.findElements(
                By.cssSelector("#preview-form[data-state='shown'] wc-lhc-form lhc-item")).isEmpty());
    }

    /** Opens a choice question's list and returns which of {@code wanted} it lists. */
    private List<String> options(String linkId, List<String> wanted) {
        WebElement input = await().until(d -> d.findElements(By.cssSelector("lhc-item[id^='item-" + linkId
                + "/'] input")).stream().findFirst().orElse(null));
        input.click();
        return await().withMessage("the list of " + linkId).until(d -> {
            List<String> listed = listed();
            List<String> found = wanted.stream().filter(listed::contains).toList();
            return found.size() == wanted.size() ? found : null;
        });
    }

    /** The options the open list shows, without LHC-Forms' numbers. */
    private List<String> listed() {
        return driver.findElements(By.cssSelector("#lhc-tools-searchResults li")).stream()
                .map(li -> li.getText().replaceFirst("^\\d+:\\s*", "").trim()).toList();
    }
}
