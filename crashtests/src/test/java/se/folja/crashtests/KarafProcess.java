package se.folja.crashtests;

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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the demo assembly run as its own process: {@code bin/karaf server} with {@code KARAF_EXEC=exec}, so
 * that the script replaces itself with the JVM and {@link #kill()} sends SIGKILL to Karaf itself, not to a
 * wrapper. HTTP, SSH and RMI on free ports, so that it runs beside any other Karaf on the machine.
 */
final class KarafProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(6);

    final Path home;
    final int httpPort;
    private final Map<String, String> environment = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    /** Copies {@code assembly} (without its {@code data/}) to {@code home} and moves its ports to free ones. */
    KarafProcess(Path assembly, Path home) throws IOException {
        this.home = home;
        copy(assembly, home);
        httpPort = freePort();
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("KARAF_EXEC", "exec");
    }

    /** An environment variable for Karaf, e.g. the database the PostgreSQL datasource file reads. */
    void environment(String name, String value) {
        environment.put(name, value);
    }

    /** Starts Karaf and waits until the API answers. */
    void start() throws Exception {
        starts++;
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("console-" + starts + ".log").toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + ", see " + home);
            }
            try {
                if (get("/reason-codes", "staff").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Karaf did not answer within " + STARTUP + ", see " + home);
    }

    /**
     * The Karaf JVM itself: the started process is the {@code java} that {@code bin/karaf} exec'd, and the pid
     * Karaf wrote into {@code karaf.pid} is its own.
     */
    ProcessHandle jvm() throws IOException {
        String command = process.info().command().orElse("");
        if (!command.endsWith("/java")) {
            throw new IllegalStateException("the started process is " + command + ", not the JVM");
        }
        long written = Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
        if (written != process.pid()) {
            throw new IllegalStateException("karaf.pid says " + written + ", the started process is " + process.pid());
        }
        return process.toHandle();
    }

    /** SIGKILL to the Karaf JVM; returns its exit status once it is gone (137: killed by signal 9). */
    int kill() throws Exception {
        jvm();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Karaf outlived SIGKILL");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(60, TimeUnit.SECONDS);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return http.send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/folja/api/v1" + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
