package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Who may open which of Följa's pages, as a person meets it: staff asking for the catalogue page get the 403 page
 * (no WCAG 2.1 A/AA violations, in Swedish or English) and can log out from it; a visit to a page without a
 * session goes through the login page to that page; an administrator who logs in for the documentation page ends
 * on the catalogue page, a statistician on the dashboard; the page header lists the pages of the person's roles.
 */
class AccessIT extends BrowserTest {

    private static final String CATALOGUE = "/folja/admin/";

    /** Fills in the login page shown now and sends it. */
    private void submitLogin(String user, String password) {
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    @Test
    void staffGetNoCataloguePageButTheForbiddenPageWithoutWcagViolations() {
        logIn("staff", "staff", "/folja/");
        open(CATALOGUE);
        WebElement heading = driver.findElement(By.id("forbidden"));
        assertEquals("h1", heading.getTagName());
        assertEquals("Du har inte behörighet till den här sidan", heading.getText());
        assertEquals(karaf.origin() + CATALOGUE, driver.getCurrentUrl(), "no redirect: the address stays");
        assertEquals("sv", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        List<String> links = driver.findElements(By.cssSelector("main a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertEquals(List.of("/folja/", "/folja/followups/", "/folja/api/"), links);
        assertTrue(driver.findElements(By.cssSelector("folja-catalogue-page")).isEmpty(), "not the catalogue page");
        Axe.assertNoViolations(driver, CATALOGUE + " as staff (403)");

        driver.findElement(By.cssSelector("a[hreflang=en]")).click();
        await().until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertEquals("You are not allowed to open this page", driver.findElement(By.id("forbidden")).getText());
        Axe.assertNoViolations(driver, CATALOGUE + "?lang=en as staff (403)");

        // logging out from it ends the session: the page then asks for a login
        driver.findElement(By.id("logout")).click();
        await().until(ExpectedConditions.urlToBe(karaf.origin() + "/folja/login?lang=en"));
        open(CATALOGUE);
        await().until(ExpectedConditions.urlContains("/folja/login?next="));
    }

    @Test
    void aVisitToTheCataloguePageWithoutASessionGoesThroughTheLoginPageToIt() {
        open(CATALOGUE);
        await().until(ExpectedConditions.urlToBe(karaf.origin() + "/folja/login?next="
                + URLEncoder.encode(CATALOGUE, StandardCharsets.UTF_8)));
        assertEquals(CATALOGUE, driver.findElement(By.name("next")).getDomProperty("value"));
        submitLogin("admin", "admin");
        await().until(ExpectedConditions.urlToBe(karaf.origin() + CATALOGUE));
        assertTrue(driver.findElements(By.id("forbidden")).isEmpty());
        assertEquals(1, driver.findElements(By.cssSelector("folja-catalogue-page")).size());
    }

    @Test
    void anAdministratorLoggingInForTheDocumentationPageEndsOnTheCataloguePage() {
        open("/folja/login?next=" + URLEncoder.encode("/folja/", StandardCharsets.UTF_8));
        submitLogin("admin", "admin");
        await().until(ExpectedConditions.urlToBe(karaf.origin() + CATALOGUE));
        assertEquals(1, driver.findElements(By.cssSelector("folja-catalogue-page")).size());
    }

    @Test
    void aStatisticianLoggingInForTheDocumentationPageEndsOnTheDashboardWithOnlyItInTheHeader() {
        open("/folja/login?next=" + URLEncoder.encode("/folja/", StandardCharsets.UTF_8));
        submitLogin("statistician", "statistician");
        await().until(ExpectedConditions.urlToBe(karaf.origin() + "/folja/dashboard/"));
        assertEquals(1, driver.findElements(By.cssSelector("folja-dashboard-page")).size());
        assertEquals(List.of("/folja/dashboard/", "/folja/api/"), headerLinks());
        assertEquals("page", driver.findElement(By.cssSelector(".banner__nav a[href='/folja/dashboard/']"))
                .getDomAttribute("aria-current"));
    }

    @Test
    void thePageHeaderListsThePagesOfStaffAndOfAdministrators() {
        logIn("staff", "staff", "/folja/followups/");
        assertEquals(List.of("/folja/", "/folja/followups/", "/folja/api/"), headerLinks());
        driver.findElement(By.cssSelector(".banner__logout button")).click();
        await().until(ExpectedConditions.urlContains("/folja/login"));
        logIn("admin", "admin", "/folja/admin/followups/");
        assertEquals(List.of("/folja/admin/", "/folja/admin/followups/", "/folja/api/"), headerLinks());
    }

    /** The page header's links to Följa's pages, once the session has been read. */
    private List<String> headerLinks() {
        await().until(d -> d.findElements(By.cssSelector(".banner__nav a")).size() > 1);
        return driver.findElements(By.cssSelector(".banner__nav a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
    }
}
