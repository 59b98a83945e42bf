package se.folja.browsertests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver, both from the machine ({@code apt-get install chromium
 * chromium-driver}): the driver's path is given, so Selenium Manager never runs and nothing is downloaded. Each
 * browser gets a fresh profile directory, removed when it quits, and resolves no host but localhost (Chromium looks
 * up Google's hosts even headless).
 */
public final class Chromium implements AutoCloseable {

    /** {@code /usr/bin/chromium} unless the system property {@code chromium} says otherwise. */
    public static final String BINARY = System.getProperty("chromium", "/usr/bin/chromium");
    /** {@code /usr/bin/chromedriver} unless the system property {@code chromedriver} says otherwise. */
    public static final String DRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final Path profile;
    private final ChromeDriver driver;

    /** Starts a browser with a window of 1280 × 900 CSS pixels. */
    public Chromium() throws IOException {
        this(1280, 900);
    }

    /** Starts a browser with a window of the given size in CSS pixels. */
    public Chromium(int width, int height) throws IOException {
        for (String file : new String[] {BINARY, DRIVER}) {
            if (!new File(file).canExecute()) {
                throw new IllegalStateException(file + " is missing: apt-get install chromium chromium-driver");
            }
        }
        profile = Files.createTempDirectory("folja-chromium-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions().setBinary(BINARY).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw e;
        }
    }

    /** The WebDriver of this browser. */
    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
