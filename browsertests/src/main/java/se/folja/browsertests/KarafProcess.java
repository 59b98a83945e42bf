package se.folja.browsertests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A copy of the demo assembly run as its own process ({@code bin/karaf server} with {@code KARAF_EXEC=exec}, so
 * the started process is the Karaf JVM itself), on its embedded H2 database, with HTTP, SSH and RMI on free ports
 * so that it runs beside any other Karaf on the machine. {@link #start()} returns once the demo municipality is
 * loaded; {@link #close()} stops it, and a shutdown hook stops it if the JVM ends first.
 */
public final class KarafProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;
    private final int httpPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread stopper = new Thread(this::destroy, "stop Karaf on exit");
    private Process process;

    /** Copies {@code assembly} (without its {@code data/}) to {@code home} and moves its ports to free ones. */
    public KarafProcess(Path assembly, Path home) throws IOException {
        if (!Files.isExecutable(assembly.resolve("bin/karaf"))) {
            throw new IllegalStateException("no demo assembly at " + assembly + ": build it first (mvn install)");
        }
        this.home = home;
        copy(assembly, home);
        httpPort = freePort();
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
    }

    /** {@code http://localhost:PORT}, the origin every page and the API are served from. */
    public String origin() {
        return "http://localhost:" + httpPort;
    }

    /**
     * Starts Karaf and waits until the API answers and the demo municipality is loaded: its 140 registrations are
     * stored and the reference journal's entries that await a reason are announced (README, "Try it").
     */
    public void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KARAF_EXEC", "exec");
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(stopper);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String registrations = "/non-deliveries?from=2026-09-01&to=2026-10-31&limit=1&unit=BOSTOD_NORR,BOSTOD_SODER,"
                + "BOSTOD_CENTRUM,BOSTOD_VAST,BOSTOD_OST";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + ", see " + home);
            }
            try {
                if (total(registrations, "admin") == 140 && total("/pending-entries", "staff") > 0) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the demo municipality was not loaded within " + STARTUP + ", see " + home);
    }

    private int total(String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> page = api("GET", path, user, null);
        return page.statusCode() == 200 ? JSON.readTree(page.body()).path("total").asInt(-1) : -1;
    }

    /**
     * A request to {@code /folja/api/v1} + {@code path} with HTTP Basic (demo users: password = user name), a JSON
     * body unless {@code json} is null, and headers of its own, e.g. {@code "If-Match", "\"1\""}.
     */
    public HttpResponse<String> api(String method, String path, String user, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + "/folja/api/v1" + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of any path on the server, without credentials, with the given request headers. */
    public HttpResponse<byte[]> raw(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path))
                .timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Parses a JSON answer. */
    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        if (process.isAlive()) {
            new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(60, TimeUnit.SECONDS);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** On JVM exit before {@link #close()} (e.g. the build's fork timed out): the Karaf JVM must not outlive it. */
    private void destroy() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String config = Files.exists(path) ? Files.readString(path) : "";
        Files.writeString(path, config.replaceAll("(?m)^\\s*" + key.replace(".", "\\.") + "\\s*=.*$", "")
                + "\n" + key + " = " + value + "\n");
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.startsWith("data")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** A port free now on this machine. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
