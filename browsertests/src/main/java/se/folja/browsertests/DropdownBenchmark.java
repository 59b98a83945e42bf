package se.folja.browsertests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reason dropdown's figures for BENCHMARKS.md (f): the bytes a browser receives for the component's scripts,
 * and the time from navigation to an interactive dropdown in headless Chromium on the demo host page
 * ({@code /folja-demo/static/host-form.html}, the component inside the host's form) beside a page holding a native
 * {@code <select>} with the same 13 options ({@code /folja-demo/static/native-select.html}), both served by the
 * same Jetty and measured alternately in one run, cold (browser cache cleared) and warm.
 *
 * <p>"Interactive" means: the page's {@code <select>} (for the component, the one inside its shadow root) is
 * enabled and holds the 13 reasons. A script the browser runs before any of the page's own
 * ({@code Page.addScriptToEvaluateOnNewDocument}) checks that every {@code setTimeout(0)} (about every 4 ms) and
 * records {@code performance.now()}, which counts from the navigation's start.
 *
 * <p>Run: {@code mvn -pl browsertests exec:java} after {@code mvn install -DskipTests}. Properties:
 * {@code bench.runs} (repetitions of each page and cache state, 30), {@code bench.warmup} (3, not counted).
 */
public final class DropdownBenchmark {

    private static final String HOST_FORM = "/folja-demo/static/host-form.html";
    private static final String NATIVE_SELECT = "/folja-demo/static/native-select.html";
    private static final int REASONS = 13;

    private static final String PROBE = """
            (() => {
              const select = () => {
                const picker = document.querySelector('folja-reason-picker');
                if (picker) {
                  return picker.shadowRoot ? picker.shadowRoot.querySelector('select') : null;
                }
                return document.querySelector('select[name=reasonCode]');
              };
              const poll = () => {
                const s = select();
                if (s && !s.disabled && s.querySelectorAll('optgroup option').length >= %d) {
                  window.__dropdownReady = performance.now();
                } else {
                  setTimeout(poll, 0);
                }
              };
              poll();
            })();
            """.formatted(REASONS);

    private DropdownBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 30);
        int warmup = Integer.getInteger("bench.warmup", 3);
        String before = loadAverage();
        try (KarafProcess karaf = new KarafProcess(Path.of(System.getProperty("folja.assembly")),
                Path.of(System.getProperty("bench.home")))) {
            System.out.println("Starting the demo assembly …");
            karaf.start();
            StringBuilder report = new StringBuilder();
            report.append("# Dropdown benchmark, ").append(Instant.now()).append("\n\n");
            sizes(karaf, report);
            try (Chromium chromium = new Chromium()) {
                ChromeDriver driver = chromium.driver();
                report.append("\nChromium ").append(driver.getCapabilities().getBrowserVersion())
                        .append(", headless, window 1280×900; ").append(runs).append(" navigations per page and cache "
                        + "state (after ").append(warmup).append(" not counted); each page loaded cold (cache "
                        + "cleared) then warm, the pages' order alternating.\n");
                logIn(karaf, driver);
                sameOptions(karaf, driver);
                received(karaf, driver, report);
                driver.executeCdpCommand("Page.enable", Map.of());
                driver.executeCdpCommand("Network.enable", Map.of());
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
                // each repetition: every page cold (cache cleared) then warm (cached by that cold load), the pages'
                // order alternating, so that a change in the machine's load falls on all four alike
                Map<String, List<double[]>> results = new LinkedHashMap<>();
                for (String name : new String[] {"component in host-form.html, cold",
                        "native <select> in native-select.html, cold", "component in host-form.html, warm",
                        "native <select> in native-select.html, warm"}) {
                    results.put(name, new ArrayList<>());
                }
                for (int i = 0; i < warmup + runs; i++) {
                    for (String path : i % 2 == 0 ? List.of(HOST_FORM, NATIVE_SELECT)
                            : List.of(NATIVE_SELECT, HOST_FORM)) {
                        String page = path.equals(HOST_FORM) ? "component in host-form.html"
                                : "native <select> in native-select.html";
                        double[] cold = navigate(karaf, driver, path, true);
                        double[] warm = navigate(karaf, driver, path, false);
                        if (i >= warmup) {
                            results.get(page + ", cold").add(cold);
                            results.get(page + ", warm").add(warm);
                        }
                    }
                }
                report.append("\n| page, cache | interactive dropdown: median (min–max, p10–p90) ms | "
                        + "DOMContentLoaded median ms | load median ms |\n|---|---|---|---|\n");
                results.forEach((name, samples) -> report.append("| ").append(name).append(" | ")
                        .append(summary(column(samples, 0))).append(" | ")
                        .append(format(median(column(samples, 1)))).append(" | ")
                        .append(format(median(column(samples, 2)))).append(" |\n"));
            }
            report.append("\nLoad average (1, 5, 15 min) before: ").append(before).append("; after: ")
                    .append(loadAverage()).append("; ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores.\n");
            System.out.println();
            System.out.println(report);
            Path out = Path.of(System.getProperty("bench.home")).resolveSibling("dropdown-benchmark.md");
            Files.writeString(out, report);
            System.out.println("Written to " + out);
        }
    }

    /** The component's scripts as the browser fetches them: with and without gzip, and gzip's own size. */
    private static void sizes(KarafProcess karaf, StringBuilder report) throws Exception {
        String entry = "/folja/components/folja-reason-picker.js";
        String entrySource = new String(karaf.raw(entry).body(), StandardCharsets.UTF_8);
        java.util.regex.Matcher hashed = java.util.regex.Pattern.compile("'\\.\\./(assets/[^']+\\.js)'")
                .matcher(entrySource);
        if (!hashed.find()) {
            throw new IllegalStateException(entry + " names no hashed module: " + entrySource);
        }
        List<String> paths = List.of(entry, "/folja/" + hashed.group(1));
        report.append("| script | bytes | served with Accept-Encoding: gzip | Content-Encoding | gzip -6 of the bytes |\n")
                .append("|---|---|---|---|---|\n");
        long plain = 0;
        long served = 0;
        for (String path : paths) {
            HttpResponse<byte[]> identity = karaf.raw(path, "Accept-Encoding", "identity");
            HttpResponse<byte[]> gzip = karaf.raw(path, "Accept-Encoding", "gzip");
            String encoding = gzip.headers().firstValue("Content-Encoding").orElse("none");
            plain += identity.body().length;
            served += gzip.body().length;
            report.append("| `").append(path).append("` | ").append(identity.body().length).append(" | ")
                    .append(gzip.body().length).append(" | ").append(encoding).append(" | ")
                    .append(gzip(identity.body()).length).append(" |\n");
        }
        report.append("| together | ").append(plain).append(" | ").append(served).append(" | | |\n");
        HttpResponse<String> catalogue = karaf.api("GET", "/reason-codes", "staff", null);
        report.append("\nThe catalogue the component fetches (`GET /folja/api/v1/reason-codes`): ")
                .append(catalogue.body().getBytes(StandardCharsets.UTF_8).length).append(" bytes of JSON, Content-Encoding ")
                .append(catalogue.headers().firstValue("Content-Encoding").orElse("none")).append(".\n");
    }

    /**
     * One navigation: returns {interactive, DOMContentLoaded, load} in ms from the navigation's start, and checks
     * that the page lists the demo catalogue's 13 reasons.
     */
    private static double[] navigate(KarafProcess karaf, ChromeDriver driver, String path, boolean cold) {
        driver.get("about:blank");
        if (cold) {
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        driver.get(karaf.origin() + path);
        Object ready = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const started = Date.now();
                const wait = () => {
                  if (window.__dropdownReady !== undefined) {
                    const nav = performance.getEntriesByType('navigation')[0];
                    done([window.__dropdownReady, nav.domContentLoadedEventEnd, nav.loadEventEnd]);
                  } else if (Date.now() - started > 20000) {
                    done(null);
                  } else {
                    setTimeout(wait, 10);
                  }
                };
                wait();
                """);
        if (ready == null) {
            throw new IllegalStateException(path + ": the dropdown was not interactive within 20 s");
        }
        List<?> times = (List<?>) ready;
        double[] result = new double[3];
        for (int i = 0; i < 3; i++) {
            result[i] = ((Number) times.get(i)).doubleValue();
        }
        return result;
    }

    /** What the browser itself received for the component on a cold load (Resource Timing). */
    private static void received(KarafProcess karaf, ChromeDriver driver, StringBuilder report) {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.get(karaf.origin() + HOST_FORM);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                setTimeout(() => done(performance.getEntriesByType('resource')
                    .filter(e => /\\/folja\\/(components|assets)\\/|\\/reason-codes/.test(e.name))
                    .map(e => ({name: new URL(e.name).pathname, transfer: e.transferSize,
                                encoded: e.encodedBodySize, decoded: e.decodedBodySize}))), 1000);
                """);
        report.append("\nReceived by Chromium on a cold load of host-form.html (Resource Timing; the browser "
                + "asks for gzip, deflate, br, zstd):\n\n| resource | transferSize (with headers) | encodedBodySize "
                + "| decodedBodySize |\n|---|---|---|---|\n");
        for (Map<String, Object> e : entries) {
            report.append("| `").append(e.get("name")).append("` | ").append(e.get("transfer")).append(" | ")
                    .append(e.get("encoded")).append(" | ").append(e.get("decoded")).append(" |\n");
        }
    }

    /** Both pages list the same reasons in the same groups, or the comparison would be void. */
    private static void sameOptions(KarafProcess karaf, ChromeDriver driver) {
        String read = """
                const done = arguments[arguments.length - 1];
                const started = Date.now();
                const wait = () => {
                  const picker = document.querySelector('folja-reason-picker');
                  const s = picker ? picker.shadowRoot && picker.shadowRoot.querySelector('select')
                                   : document.querySelector('select[name=reasonCode]');
                  if (s && !s.disabled && s.querySelectorAll('optgroup option').length > 0) {
                    done([...s.querySelectorAll('optgroup')].map(g => g.label + ': '
                        + [...g.querySelectorAll('option')].map(o => o.value + '=' + o.textContent.trim()).join(', ')));
                  } else if (Date.now() - started > 20000) {
                    done(null);
                  } else {
                    setTimeout(wait, 10);
                  }
                };
                wait();
                """;
        driver.get(karaf.origin() + HOST_FORM);
        Object hosted = driver.executeAsyncScript(read);
        driver.get(karaf.origin() + NATIVE_SELECT);
        Object nativ = driver.executeAsyncScript(read);
        if (hosted == null || !hosted.equals(nativ)) {
            throw new IllegalStateException("the pages list different reasons:\n" + hosted + "\n" + nativ);
        }
    }

    /**
     * A session for staff: the login form's POST made here (no browser Origin), its cookie handed to the browser,
     * so that the component's {@code GET /reason-codes} is authorised as after a login on the page.
     */
    private static void logIn(KarafProcess karaf, ChromeDriver driver) throws IOException, InterruptedException {
        HttpResponse<String> login = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create(karaf.origin() + "/folja/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=staff&password=staff&next=%2F"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("FOLJA_SESSION="))
                .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie: " + login.statusCode()));
        String value = cookie.substring("FOLJA_SESSION=".length(), cookie.indexOf(';'));
        driver.get(karaf.origin() + NATIVE_SELECT);
        driver.manage().addCookie(new Cookie.Builder("FOLJA_SESSION", value).path("/folja").isHttpOnly(true)
                .sameSite("Strict").build());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static double[] column(List<double[]> samples, int index) {
        return samples.stream().mapToDouble(s -> s[index]).sorted().toArray();
    }

    private static double median(double[] sorted) {
        return percentile(sorted, 50);
    }

    private static double percentile(double[] sorted, int p) {
        double rank = p / 100.0 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    private static String summary(double[] sorted) {
        return format(median(sorted)) + " (" + format(sorted[0]) + "–" + format(sorted[sorted.length - 1]) + ", "
                + format(percentile(sorted, 10)) + "–" + format(percentile(sorted, 90)) + ")";
    }

    private static String format(double ms) {
        return String.format(Locale.ROOT, "%.0f", ms);
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
