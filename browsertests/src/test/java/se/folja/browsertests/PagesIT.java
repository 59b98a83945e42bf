package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Följa's own pages besides the login page: the start page {@code /folja/}, which asks a browser without a session
 * to log in first, and Swagger UI at {@code /folja/api/}, which lists the API's operations and tries one out with
 * the login cookie; each has no WCAG 2.1 A/AA violations, Swagger UI checked collapsed, with an operation open,
 * ready to try out and with its response shown.
 */
class PagesIT extends BrowserTest {

    /** The documentation page needs a login: without a session the start page is the login page, back to it. */
    @Test
    void theStartPageHasNoWcagViolations() {
        open("/folja/");
        await().until(ExpectedConditions.urlToBe(karaf.origin() + "/folja/login?next=%2Ffolja%2F"));
        assertEquals("sv", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Logga in på Följa", driver.findElement(By.tagName("h1")).getText());
        assertEquals("/folja/", driver.findElement(By.name("next")).getDomProperty("value"));
        Axe.assertNoViolations(driver, "/folja/ without a session (the login page)");
    }

    @Test
    void swaggerUiListsTheApisOperationsTriesOneOutAndHasNoWcagViolations() {
        logIn("staff", "staff", "/folja/api/");
        List<String> paths = await().withMessage("Swagger UI lists the API's operations").until(d -> {
            List<String> shown = d.findElements(By.cssSelector(".opblock-summary-path")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
            return shown.isEmpty() ? null : shown;
        });
        assertTrue(paths.contains("/reason-codes"), paths.toString());
        Axe.assertNoViolations(driver, "/folja/api/");

        // the reason dropdown's operation opened, with its parameters and responses, then ready to try out
        driver.findElement(By.cssSelector("[data-path='/reason-codes']")).click();
        await().withMessage("the operation opens")
                .until(d -> !d.findElements(By.cssSelector(".opblock-body")).isEmpty());
        Axe.assertNoViolations(driver, "/folja/api/ with GET /reason-codes open");
        driver.findElement(By.cssSelector(".opblock-body .try-out__btn")).click();
        await().withMessage("the Execute button")
                .until(d -> !d.findElements(By.cssSelector(".btn.execute")).isEmpty());
        Axe.assertNoViolations(driver, "/folja/api/ with GET /reason-codes ready to try out");
        driver.findElement(By.cssSelector(".btn.execute")).click();
        WebElement status = await().withMessage("the response of GET /reason-codes")
                .until(d -> d.findElements(By.cssSelector(".live-responses-table tr.response .response-col_status"))
                        .stream().findFirst().orElse(null));
        assertEquals("200", status.getText().strip());
        Axe.assertNoViolations(driver, "/folja/api/ with the response of GET /reason-codes");
    }
}
