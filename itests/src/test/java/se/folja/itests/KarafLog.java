package se.folja.itests;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The container's karaf.log, read inside the container: every test class checks after each test that no ERROR was logged. */
final class KarafLog {

    private KarafLog() {
    }

    static Path file() {
        return Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
    }

    /** Every line of the log, or none before it exists. */
    static List<String> lines() throws IOException {
        return Files.exists(file()) ? Files.readAllLines(file(), StandardCharsets.UTF_8) : List.of();
    }

    /** Fails with every ERROR line the container has logged. */
    static void assertNoErrors() throws IOException {
        List<String> errors = lines().stream().filter(line -> line.contains("| ERROR |")).toList();
        if (!errors.isEmpty()) {
            fail("Karaf logged errors:\n" + String.join("\n", errors));
        }
    }
}
