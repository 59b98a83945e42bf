package se.folja.itests;

import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import org.junit.After;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;
import org.ops4j.pax.exam.options.extra.VMOption;

/**
 * Boots a Karaf distribution with Pax Exam and talks HTTP to Följa inside it. The test methods run inside
 * the container; the {@code @Configuration} methods of subclasses run in the test driver.
 */
public abstract class FoljaTestSupport {

    static final String API = "/folja/api/v1";
    /** Units the tests make, and a staff member of each (password = name). */
    static final String NORTH = "IT_NORTH";
    static final String SOUTH = "IT_SOUTH";
    /** A unit the north staff's roles name but no administrator has made. */
    static final String GHOST = "IT_GHOST";
    static final String NORTH_STAFF = "it-north";
    static final String SOUTH_STAFF = "it-south";
    /** A unit whose code looks like real ones (a hyphen), and a staff member of it. */
    static final String HYPHENATED = "BS-1";
    static final String HYPHENATED_STAFF = "it-bs";
    private static final String PORT_PROPERTY = "folja.test.httpPort";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Options every Följa test needs: the distribution, free ports, the build's Maven repository, JDK 17. */
    static List<Option> baseOptions(String distributionArchive, String name) {
        String karafVersion = System.getProperty("karaf.version");
        int httpPort = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl("file:" + new File(distributionArchive).getAbsolutePath())
                        .name(name)
                        .unpackDirectory(new File("target/pax-exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevelOption.LogLevel.INFO),
                systemProperty(PORT_PROPERTY).value(Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.localRepository")),
                // Staff of the units the tests make, beside the demo users (properties realm: password, roles)
                editConfigurationFilePut("etc/users.properties", NORTH_STAFF,
                        NORTH_STAFF + ",folja-staff,folja-unit-" + NORTH + ",folja-unit-" + GHOST),
                editConfigurationFilePut("etc/users.properties", SOUTH_STAFF,
                        SOUTH_STAFF + ",folja-staff,folja-unit-" + SOUTH),
                editConfigurationFilePut("etc/users.properties", HYPHENATED_STAFF,
                        HYPHENATED_STAFF + ",folja-staff,folja-unit-" + HYPHENATED),
                // Write-backs retried every half second at most, so that a test sees the journal come back soon
                editConfigurationFilePut("etc/se.folja.nondelivery.cfg", "pollIntervalMillis", "200"),
                editConfigurationFilePut("etc/se.folja.nondelivery.cfg", "firstRetryMillis", "200"),
                editConfigurationFilePut("etc/se.folja.nondelivery.cfg", "maxRetryMillis", "500")));
        options.addAll(java17Options(karafVersion));
        return options;
    }

    /** What Karaf's own bin/karaf passes to a Java 9+ JVM; Pax Exam starts java itself. */
    private static List<Option> java17Options(String karafVersion) {
        List<Option> options = new ArrayList<>();
        for (String option : List.of(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*" + File.pathSeparator + "lib/endorsed/*",
                "-Xmx768m")) {
            options.add(new VMOption(option));
        }
        return options;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    // ---- inside the container ----

    String base() {
        return "http://localhost:" + System.getProperty(PORT_PROPERTY) + API;
    }

    /** Polls until {@code path} answers {@code user} with the given status (registration is asynchronous). */
    void awaitStatus(String path, String user, int status) throws InterruptedException {
        awaitStatus(path, user, user, status);
    }

    void awaitStatus(String path, String user, String password, int status) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                last = sendAs("GET", path, user, password, null, null).statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                last = -1;
            }
            Thread.sleep(250);
        }
        fail("GET " + path + " as " + user + " did not answer " + status + " within " + READY_TIMEOUT
                + "; last status " + last);
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send("GET", path, user, null, null);
    }

    /**
     * @param user a user whose password equals the name (the demo convention), or null for no credentials
     * @param headers alternating names and values
     */
    HttpResponse<String> send(String method, String path, String user, String body, String contentType,
            String... headers) throws IOException, InterruptedException {
        return sendAs(method, path, user, user, body, contentType, headers);
    }

    HttpResponse<String> sendAs(String method, String path, String user, String password, String body,
            String contentType, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Every ERROR line the container logged, except those {@code ignored} accepts. */
    static List<String> errorLines(Predicate<String> ignored) throws IOException {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("| ERROR |"))
                .filter(ignored.negate())
                .toList();
    }

    @After
    public void logHasNoErrors() throws IOException {
        List<String> errors = errorLines(line -> false);
        if (!errors.isEmpty()) {
            fail("Karaf logged errors:\n" + String.join("\n", errors));
        }
    }
}
