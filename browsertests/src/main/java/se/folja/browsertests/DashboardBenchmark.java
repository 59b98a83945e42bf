package se.folja.browsertests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's figures for BENCHMARKS.md (h): the time from navigation to the dashboard's first screen fully drawn
 * in headless Chromium, and the bytes it transfers, over the demo data (the demo assembly on H2, started here) and,
 * given {@code bench.large.origin}, over a Följa holding the 10,000,000 generated non-deliveries of (e) (the
 * benchmarks' Karaf on PostgreSQL, kept running with {@code bench.hold=true}), in the same run and browser.
 *
 * <p>"Fully drawn" is the page's own mark {@code folja-dashboard-drawn} ({@code performance.mark}): Kalmar's table
 * is in the page (Lit has rendered it) and every chart's ECharts {@code finished} event has fired after its data was
 * set; its {@code startTime} counts from the navigation's start. The page sets it once per load, with the filters'
 * defaults (no filter in the address: the period is found by the aggregate by month over the last year).
 *
 * <p>The baseline, on the same page right after each navigation: the same export API calls the page made (read
 * from Resource Timing), fetched again without the page, stage by stage as the page does (catalogues; the month
 * aggregate; the unit aggregate; the rest in parallel), bodies read in full.
 *
 * <p>Run: {@code mvn -pl browsertests exec:java -Dbench.main=se.folja.browsertests.DashboardBenchmark} after
 * {@code mvn install -DskipTests}. Properties: {@code bench.runs} (navigations per cache state, 10),
 * {@code bench.warmup} (2, not counted), {@code bench.large.origin} (e.g. {@code http://localhost:PORT}),
 * {@code bench.large.runs} (3), {@code bench.large.warmup} (1) and {@code bench.large.warm} (true: also warm
 * navigations) for the large data.
 */
public final class DashboardBenchmark {

    private static final String PAGE = "/folja/dashboard/";
    private static final String DRAWN = "folja-dashboard-drawn";
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 10);
        int warmup = Integer.getInteger("bench.warmup", 2);
        String large = System.getProperty("bench.large.origin");
        int largeRuns = Integer.getInteger("bench.large.runs", 3);
        int largeWarmup = Integer.getInteger("bench.large.warmup", 1);
        boolean largeWarm = Boolean.parseBoolean(System.getProperty("bench.large.warm", "true"));
        String before = loadAverage();
        StringBuilder report = new StringBuilder();
        report.append("# Dashboard benchmark, ").append(Instant.now()).append("\n\n");
        try (KarafProcess karaf = new KarafProcess(Path.of(System.getProperty("folja.assembly")),
                Path.of(System.getProperty("bench.home")))) {
            System.out.println("Starting the demo assembly …");
            karaf.start();
            try (Chromium chromium = new Chromium()) {
                ChromeDriver driver = chromium.driver();
                driver.manage().timeouts().scriptTimeout(PATIENCE);
                report.append("Chromium ").append(driver.getCapabilities().getBrowserVersion())
                        .append(", headless, window 1280×900. Each navigation cold (browser cache cleared) then warm "
                        + "(scripts cached by the cold one); the API's answers are never cached (the page asks with "
                        + "no-cache, exports have no validator).\n\n")
                        .append("| data | cache | navigations | fully drawn: median (min–max) ms | baseline: the same "
                        + "API calls without the page, median ms | page's API calls, first start to last end, "
                        + "median ms | DOMContentLoaded median ms | bytes transferred (with headers) | of them API "
                        + "JSON | encoded body bytes | decoded body bytes |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
                measure("demo data, H2 (140 non-deliveries)", karaf.origin(), driver, warmup, runs, true, report);
                if (large != null && !large.isBlank()) {
                    measure("10,000,000 generated non-deliveries, PostgreSQL", large, driver, largeWarmup, largeRuns,
                            largeWarm, report);
                }
            }
        }
        report.append("\nLoad average (1, 5, 15 min) before: ").append(before).append("; after: ").append(loadAverage())
                .append("; ").append(Runtime.getRuntime().availableProcessors()).append(" cores.\n");
        System.out.println();
        System.out.println(report);
        Path out = Path.of(System.getProperty("bench.home")).resolveSibling("dashboard-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("Written to " + out);
    }

    private static void measure(String data, String origin, ChromeDriver driver, int warmup, int runs,
            boolean alsoWarm, StringBuilder report) throws Exception {
        System.out.println("Measuring " + data + " at " + origin + " …");
        logIn(origin, driver);
        List<double[]> cold = new ArrayList<>();
        List<double[]> warm = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            double[] c = navigate(origin, driver, true);
            System.out.printf(Locale.ROOT, "  %s %d: cold %.0f ms (baseline %.0f)%n", i < warmup ? "warm-up" : "run",
                    i + 1, c[0], c[1]);
            double[] w = alsoWarm ? navigate(origin, driver, false) : null;
            if (w != null) {
                System.out.printf(Locale.ROOT, "  %s %d: warm %.0f ms (baseline %.0f)%n", i < warmup ? "warm-up" : "run",
                        i + 1, w[0], w[1]);
            }
            if (i >= warmup) {
                cold.add(c);
                if (w != null) {
                    warm.add(w);
                }
            }
        }
        row(report, data, "cold", cold);
        if (!warm.isEmpty()) {
            row(report, data, "warm", warm);
        }
    }

    private static void row(StringBuilder report, String data, String cache, List<double[]> samples) {
        double[] drawn = column(samples, 0);
        report.append("| ").append(data).append(" | ").append(cache).append(" | ").append(samples.size())
                .append(" | ").append(ms(median(drawn))).append(" (").append(ms(drawn[0])).append("–")
                .append(ms(drawn[drawn.length - 1])).append(") | ").append(ms(median(column(samples, 1))))
                .append(" | ").append(ms(median(column(samples, 2)))).append(" | ")
                .append(ms(median(column(samples, 3)))).append(" | ")
                .append(bytes(median(column(samples, 4)))).append(" | ").append(bytes(median(column(samples, 5))))
                .append(" | ").append(bytes(median(column(samples, 6)))).append(" | ")
                .append(bytes(median(column(samples, 7)))).append(" |\n");
    }

    /**
     * One navigation to the dashboard: returns {drawn, baseline, API span, DOMContentLoaded, transferred, of it API,
     * encoded, decoded}, times in ms from the navigation's start, sizes in bytes.
     */
    private static double[] navigate(String origin, ChromeDriver driver, boolean cold) {
        driver.get("about:blank");
        if (cold) {
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        driver.get(origin + PAGE);
        // polled in short scripts: ChromeDriver's HTTP client gives up on one command after 3 minutes, and over
        // 10,000,000 rows the first screen and its baseline take longer than that together
        driver.executeScript("""
                window.__benchmark = null;
                const wait = () => {
                  const mark = performance.getEntriesByName('%s')[0];
                  const page = document.querySelector('folja-dashboard-page');
                  if (page && page.querySelector('.error-summary')) {
                    window.__benchmark = 'the page shows an error: ' + page.querySelector('.error-summary').textContent;
                  } else if (mark) {
                    measure(mark.startTime).then((r) => { window.__benchmark = r; },
                        (e) => { window.__benchmark = 'baseline failed: ' + e; });
                  } else {
                    setTimeout(wait, 5);
                  }
                };
                const measure = async (drawn) => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  const resources = performance.getEntriesByType('resource');
                  const api = resources.filter(e => new URL(e.name).pathname.startsWith('/folja/api/v1/'));
                  const all = [nav, ...resources];
                  const sum = (list, key) => list.reduce((s, e) => s + (e[key] || 0), 0);
                  const span = Math.max(...api.map(e => e.responseEnd)) - Math.min(...api.map(e => e.startTime));
                  // the baseline: the page's API calls again, without the page, in the page's stages
                  const urls = api.map(e => e.name).filter(u => !u.endsWith('/session'));
                  const stage = (u) => /\\/(units|reason-codes)\\b/.test(u) ? 0 : /groupBy=month/.test(u) ? 1
                      : /groupBy=unit/.test(u) ? 2 : 3;
                  const get = (u) => fetch(u, {credentials: 'same-origin', cache: 'no-store',
                      headers: {Accept: 'application/json'}}).then(r => r.text());
                  const started = performance.now();
                  for (let s = 0; s < 4; s++) {
                    await Promise.all(urls.filter(u => stage(u) === s).map(get));
                  }
                  const baseline = performance.now() - started;
                  return [drawn, baseline, span, nav.domContentLoadedEventEnd, sum(all, 'transferSize'),
                      sum(api, 'transferSize'), sum(all, 'encodedBodySize'), sum(all, 'decodedBodySize'), urls.length];
                };
                wait();
                """.formatted(DRAWN));
        Object result = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100))
                .until(d -> ((ChromeDriver) d).executeScript("return window.__benchmark"));
        if (!(result instanceof List<?> values)) {
            throw new IllegalStateException(origin + PAGE + ": " + result);
        }
        double[] figures = new double[8];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = ((Number) values.get(i)).doubleValue();
        }
        return figures;
    }

    /**
     * A session for the statistician: the login form's POST made here (no browser Origin), its cookie handed to the
     * browser, as {@link DropdownBenchmark} does for staff.
     */
    private static void logIn(String origin, ChromeDriver driver) throws IOException, InterruptedException {
        HttpResponse<String> login = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create(origin + "/folja/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=statistician&password=statistician&next=%2F"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("FOLJA_SESSION="))
                .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie: " + login.statusCode()));
        String value = cookie.substring("FOLJA_SESSION=".length(), cookie.indexOf(';'));
        driver.get(origin + "/folja/folja.css");
        driver.manage().deleteCookieNamed("FOLJA_SESSION");
        driver.manage().addCookie(new Cookie.Builder("FOLJA_SESSION", value).path("/folja").isHttpOnly(true)
                .sameSite("Strict").build());
    }

    private static double[] column(List<double[]> samples, int index) {
        return samples.stream().mapToDouble(s -> s[index]).sorted().toArray();
    }

    private static double median(double[] sorted) {
        double rank = 0.5 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String bytes(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(", ", Arrays.copyOf(fields, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
