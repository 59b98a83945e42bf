package se.folja.browsertests;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: the demo assembly (one per run) and a fresh headless Chromium for each test, quit after it. When
 * a test fails, the page's screenshot and HTML are kept in {@code browsertests/target/browser/}.
 */
@ExtendWith(DemoAssembly.Extension.class)
@ExtendWith(BrowserTest.Diagnostics.class)
abstract class BrowserTest {

    static final String HOST_FORM = "/folja-demo/static/host-form.html";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    KarafProcess karaf;
    ChromeDriver driver;
    private Chromium chromium;

    @BeforeEach
    void openBrowser(KarafProcess demo) throws IOException {
        karaf = demo;
        chromium = new Chromium();
        driver = chromium.driver();
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Opens a path of the demo assembly's server. */
    void open(String path) {
        driver.get(karaf.origin() + path);
    }

    WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Logs in on Följa's login page, as a person does, and waits until the browser is at {@code next}. */
    void logIn(String user, String password, String next) {
        open("/folja/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        await().until(ExpectedConditions.urlToBe(karaf.origin() + next));
    }

    /**
     * Waits until the demo has loaded all its follow-ups, as {@code user} sees them through the API. The demo loads
     * them in the background after the assembly has started, a minute or so after Kalmar's data: Umeå's ORS, Trosa's
     * two units, and last the social samvaro follow-up of HEMTJANST_CENTRUM (its enablement, then three clients
     * enrolled by hand). A test that reads the due occasions or proposals before then sees a part of them.
     */
    void awaitDemoFollowUps(String user) {
        untilServer("the demo's follow-ups loaded (the social samvaro enrolments, the last it loads)", () -> {
            HttpResponse<String> enrolments = karaf.api("GET",
                    "/enrolments?unit=HEMTJANST_CENTRUM&template=ALDREOMSORG_SOCIAL_SAMVARO", user, null);
            return enrolments.statusCode() == 200 && KarafProcess.json(enrolments).path("total").asLong() >= 3;
        });
    }

    /** Waits (up to 5 minutes, every half second) until {@code condition} holds: for the server, not the page. */
    void untilServer(String message, Callable<Boolean> condition) {
        new FluentWait<>(karaf).withTimeout(Duration.ofMinutes(5)).pollingEvery(Duration.ofMillis(500))
                .withMessage(message).until(k -> {
                    try {
                        return condition.call() ? Boolean.TRUE : null;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** The reason picker of the page (the first). */
    WebElement picker() {
        return driver.findElement(By.cssSelector("folja-reason-picker"));
    }

    /** The {@code <select>} inside the picker's shadow root. */
    WebElement pickerSelect() {
        return picker().getShadowRoot().findElement(By.cssSelector("select"));
    }

    /** The picker's message area (inside its shadow root). */
    WebElement pickerMessage() {
        return picker().getShadowRoot().findElement(By.cssSelector("[part=message]"));
    }

    /** Waits until the picker lists reasons and can be used. */
    void awaitReasons() {
        await().withMessage("the reason picker lists reasons").until(d -> {
            WebElement select = pickerSelect();
            return select.isEnabled() && select.findElements(By.cssSelector("optgroup option")).size() > 0;
        });
    }

    /** The picker's groups as shown: {@code [{initiator, label, codes: [...], labels: [...]}]}, in page order. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> pickerGroups() {
        return (List<Map<String, Object>>) driver.executeScript("""
                const root = document.querySelector('folja-reason-picker').shadowRoot;
                return [...root.querySelectorAll('select optgroup')].map(g => ({
                    initiator: g.dataset.initiator, label: g.label,
                    codes: [...g.querySelectorAll('option')].map(o => o.value),
                    labels: [...g.querySelectorAll('option')].map(o => o.textContent.trim())}));
                """);
    }

    /** Saves what the browser shows now as {@code docs/images/<name>} (the README's screenshots). */
    void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("browsertests.screenshots"));
        Files.createDirectories(directory);
        Files.write(directory.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Keeps the failing page's screenshot and HTML before the browser quits. */
    static final class Diagnostics implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            Object instance = context.getRequiredTestInstance();
            if (instance instanceof BrowserTest test && test.driver != null) {
                try {
                    Path directory = Path.of(System.getProperty("browsertests.output", "target/browser"));
                    Files.createDirectories(directory);
                    String name = context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName();
                    Files.write(directory.resolve(name + ".png"), test.driver.getScreenshotAs(OutputType.BYTES));
                    Files.writeString(directory.resolve(name + ".html"), test.driver.getCurrentUrl() + "\n"
                            + test.driver.getPageSource());
                } catch (RuntimeException | IOException e) {
                    failure.addSuppressed(e);
                }
            }
            throw failure;
        }
    }
}
