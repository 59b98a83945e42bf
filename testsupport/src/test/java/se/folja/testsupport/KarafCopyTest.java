package se.folja.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KarafCopyTest {

    @TempDir
    Path dir;

    /** A stand-in assembly: an executable bin/karaf, the three port files as shipped, and a data/ of its own. */
    private Path assembly() throws IOException {
        Path assembly = dir.resolve("assembly");
        Files.createDirectories(assembly.resolve("bin"));
        Files.writeString(assembly.resolve("bin/karaf"), "#!/bin/sh\n");
        assertTrue(assembly.resolve("bin/karaf").toFile().setExecutable(true));
        Files.createDirectories(assembly.resolve("etc"));
        Files.writeString(assembly.resolve("etc/org.ops4j.pax.web.cfg"),
                "org.osgi.service.http.port = 8181\norg.osgi.service.http.enabled = true\n");
        Files.writeString(assembly.resolve("etc/org.apache.karaf.shell.cfg"), "  sshPort=8101\nsshHost = 0.0.0.0\n");
        Files.writeString(assembly.resolve("etc/org.apache.karaf.management.cfg"),
                "rmiRegistryPort = 1099\nrmiServerPort = 44444\n");
        Files.createDirectories(assembly.resolve("data/cache"));
        Files.writeString(assembly.resolve("data/cache/old"), "x");
        return assembly;
    }

    private Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        return properties;
    }

    @Test
    void copiesTheAssemblyWithoutItsDataAndMovesEveryPortToAFreeOne() throws Exception {
        Path home = dir.resolve("home");
        KarafCopy karaf = new KarafCopy(assembly(), home);

        assertTrue(Files.isExecutable(home.resolve("bin/karaf")));
        assertFalse(Files.exists(home.resolve("data")));
        Properties web = properties(home.resolve("etc/org.ops4j.pax.web.cfg"));
        Properties shell = properties(home.resolve("etc/org.apache.karaf.shell.cfg"));
        Properties management = properties(home.resolve("etc/org.apache.karaf.management.cfg"));
        assertEquals(Integer.toString(karaf.httpPort()), web.getProperty("org.osgi.service.http.port"));
        assertEquals("true", web.getProperty("org.osgi.service.http.enabled"));
        assertEquals("0.0.0.0", shell.getProperty("sshHost"));
        List<String> ports = List.of(web.getProperty("org.osgi.service.http.port"), shell.getProperty("sshPort"),
                management.getProperty("rmiRegistryPort"), management.getProperty("rmiServerPort"));
        Set<String> distinct = new HashSet<>(ports);
        assertEquals(4, distinct.size(), ports.toString());
        for (String fixed : List.of("8181", "8101", "1099", "44444")) {
            assertFalse(ports.contains(fixed), ports.toString());
        }
        assertEquals("http://localhost:" + karaf.httpPort(), karaf.origin());
    }

    @Test
    void replacesWhatAnEarlierCopyLeftInItsHome() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("data/db"));
        Files.writeString(home.resolve("data/db/folja.mv.db"), "old");
        Files.writeString(home.resolve("console.log"), "old");

        new KarafCopy(assembly(), home);

        assertFalse(Files.exists(home.resolve("data")));
        assertFalse(Files.exists(home.resolve("console.log")));
    }

    @Test
    void setPropertyReplacesEveryLineOfTheKeyAndCreatesAMissingFile() throws Exception {
        Path home = dir.resolve("home");
        KarafCopy karaf = new KarafCopy(assembly(), home);
        Files.writeString(home.resolve("etc/x.cfg"), "a.b = 1\n  a.b=2\naxb = 3\na.bc = 4\n");

        karaf.setProperty("etc/x.cfg", "a.b", "5");
        karaf.setProperty("etc/new.cfg", "k", "v");

        Properties x = properties(home.resolve("etc/x.cfg"));
        assertEquals("5", x.getProperty("a.b"));
        assertEquals("3", x.getProperty("axb"), "the dot is a dot, not any character");
        assertEquals("4", x.getProperty("a.bc"));
        assertEquals(1, Files.readAllLines(home.resolve("etc/x.cfg")).stream().filter(l -> l.contains("5")).count());
        assertEquals("v", properties(home.resolve("etc/new.cfg")).getProperty("k"));
    }

    @Test
    void refusesAnAssemblyThatWasNotBuilt() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new KarafCopy(dir.resolve("nothing"), dir.resolve("home")));
        assertTrue(missing.getMessage().contains("build it first"), missing.getMessage());
    }

    @Test
    void awaitPollsUntilTheConditionHoldsTakingIoExceptionsAsNotYet() throws Exception {
        KarafCopy karaf = new KarafCopy(assembly(), dir.resolve("home"));
        AtomicInteger calls = new AtomicInteger();

        karaf.await(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("connection refused");
            }
            return calls.get() == 3;
        }, Duration.ofMinutes(1), Duration.ofMillis(1), "never");

        assertEquals(3, calls.get());
    }

    @Test
    void awaitFailsWithTheGivenMessageWhenThePatienceIsSpent() throws Exception {
        KarafCopy karaf = new KarafCopy(assembly(), dir.resolve("home"));

        IllegalStateException late = assertThrows(IllegalStateException.class,
                () -> karaf.await(() -> false, Duration.ZERO, Duration.ofMillis(1), "not ready"));
        assertEquals("not ready", late.getMessage());
    }

    @Test
    void basicAuthorizationUsesTheUserNameAsPassword() {
        assertEquals("Basic c3RhZmY6c3RhZmY=", KarafCopy.basicAuthorization("staff"));
    }
}
