package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm, {@code browsertests/node_modules/axe-core/axe.min.js}, installed by the build with {@code npm ci})
 * injected into the page and run with the WCAG 2.1 A and AA rules. axe reads open shadow roots, so a component's
 * inside is checked with the page.
 */
final class Axe {

    private static final String SOURCE = read();

    private Axe() {
    }

    /** Fails listing every violation (rule, impact, help, the offending elements) on the page shown now. */
    static void assertNoViolations(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => JSON.stringify(n.target) + ' ' + n.failureSummary)}))),
                          e => done('axe failed: ' + e));
                """);
        if (result instanceof String error) {
            fail(page + ": " + error);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder(page).append(": ").append(violations.size())
                    .append(" WCAG 2.1 A/AA violation(s)");
            for (Map<String, Object> v : violations) {
                message.append("\n- ").append(v.get("id")).append(" (").append(v.get("impact")).append("): ")
                        .append(v.get("help"));
                for (Object node : (List<?>) v.get("nodes")) {
                    message.append("\n    ").append(String.valueOf(node).replace("\n", " "));
                }
            }
            fail(message.toString());
        }
    }

    private static String read() {
        Path axe = Path.of(System.getProperty("browsertests.axe", "node_modules/axe-core/axe.min.js"));
        try {
            return Files.readString(axe, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core not installed at " + axe + " (the build runs npm ci)", e);
        }
    }
}
