package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Följa's login page as a person uses it: reached from the picker of a host page when not logged in, a wrong
 * password answered with one message that names no part, the right one leading back to the host page, logout
 * ending the session; WCAG 2.1 A/AA in Swedish and English.
 */
class LoginPageIT extends BrowserTest {

    @Test
    void aWrongPasswordGetsOneMessageNamingNoPartAndTheRightOneLeadsBackToTheHostPage() throws Exception {
        open(HOST_FORM);
        // not logged in: the picker says so and links to the login page, which returns to the host page
        WebElement login = await().withMessage("the picker's login link")
                .until(d -> picker().getShadowRoot().findElement(By.cssSelector("a[part=login-link]")));
        assertTrue(pickerMessage().getText().contains("inte inloggad"), pickerMessage().getText());
        login.click();
        await().until(ExpectedConditions.urlContains("/folja/login"));
        assertEquals("sv", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals(HOST_FORM, driver.findElement(By.name("next")).getDomProperty("value"));

        String wrongPassword = failedLogin("staff", "not-the-password");
        String unknownUser = failedLogin("nobody-of-the-demo", "staff");
        assertEquals("Fel användarnamn eller lösenord.", wrongPassword);
        assertEquals(wrongPassword, unknownUser, "the message must not tell which part was wrong");

        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys("staff");
        driver.findElement(By.id("password")).sendKeys("staff");
        driver.findElement(By.id("login-submit")).click();
        await().until(ExpectedConditions.urlToBe(karaf.origin() + HOST_FORM));
        awaitReasons();
    }

    @Test
    void theLoginPageHasNoWcagViolationsInSwedishOrEnglish() throws Exception {
        open("/folja/login");
        assertEquals("sv", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        screenshot("login.png");
        Axe.assertNoViolations(driver, "/folja/login");

        driver.findElement(By.cssSelector("a[hreflang=en]")).click();
        await().until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertEquals("Log in to Följa", driver.findElement(By.tagName("h1")).getText());
        Axe.assertNoViolations(driver, "/folja/login?lang=en");

        // with the error shown, in English and in Swedish (another user than the other tests': each user name gets a
        // few failures before the login page slows it down)
        String message = failedLogin("statistician", "not-the-password");
        assertEquals("Wrong user name or password.", message);
        Axe.assertNoViolations(driver, "/folja/login?lang=en after a failed login");
        open("/folja/login?next=" + URLEncoder.encode(HOST_FORM, StandardCharsets.UTF_8));
        failedLogin("statistician", "not-the-password-either");
        Axe.assertNoViolations(driver, "/folja/login after a failed login");
    }

    @Test
    void loggingOutEndsTheSession() {
        logIn("staff", "staff", HOST_FORM);
        awaitReasons();
        assertEquals(200L, sessionStatus());

        // the logout form as a page has it: a POST with the session's CSRF token (GET /folja/api/v1/session)
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/folja/api/v1/session', {credentials: 'same-origin'}).then(r => r.json()).then(session => {
                    const form = document.createElement('form');
                    form.method = 'post';
                    form.action = '/folja/logout';
                    const csrf = document.createElement('input');
                    csrf.type = 'hidden';
                    csrf.name = 'csrf';
                    csrf.value = session.csrfToken;
                    form.appendChild(csrf);
                    document.body.appendChild(form);
                    done();
                    form.submit();
                });
                """);
        await().until(ExpectedConditions.urlToBe(karaf.origin() + "/folja/login"));
        open(HOST_FORM);
        assertEquals(401L, sessionStatus());
        await().withMessage("the picker says the user is not logged in")
                .until(d -> pickerMessage().getText().contains("inte inloggad"));
        assertFalse(pickerSelect().isEnabled());
    }

    /** Logs in with wrong credentials on the login page shown now; returns the message shown. */
    private String failedLogin(String user, String password) {
        WebElement name = driver.findElement(By.id("username"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        // the message of an earlier failure is on the page until the answer replaces the page: wait for that
        List<WebElement> earlier = driver.findElements(By.id("login-error"));
        driver.findElement(By.id("login-submit")).click();
        if (!earlier.isEmpty()) {
            // Chromium may answer a look at the old element while the new page replaces it with "Node with given id
            // does not belong to the document" (an unknown error, not a stale element): look again until it is stale
            await().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(earlier.get(0)));
        }
        WebElement error = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertEquals("alert", error.getDomAttribute("role"));
        assertTrue(driver.getCurrentUrl().contains("/folja/login"), driver.getCurrentUrl());
        assertEquals("", driver.findElement(By.id("password")).getDomProperty("value"));
        return error.getText();
    }

    private long sessionStatus() {
        return (Long) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/folja/api/v1/session', {credentials: 'same-origin'}).then(r => done(r.status), e => done(-1));
                """);
    }
}
