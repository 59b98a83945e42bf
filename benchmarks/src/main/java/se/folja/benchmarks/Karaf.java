package se.folja.benchmarks;

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
import java.util.stream.Stream;

/** A copy of the demo assembly, pointed at a PostgreSQL database and started in the background. */
final class Karaf implements AutoCloseable {

    final Path home;
    final int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Karaf(Path assembly, Path home, String jdbcUrl) throws IOException {
        this.home = home;
        this.port = freePort();
        copy(assembly, home);
        Files.writeString(home.resolve("etc/org.ops4j.datasource-folja.cfg"), String.join("\n",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                "url = " + jdbcUrl,
                "user = postgres",
                "password = postgres",
                "dataSourceName = folja",
                "pool = dbcp2",
                "xa = true",
                "pool.maxTotal = 32", ""), StandardCharsets.UTF_8);
        Path web = home.resolve("etc/org.ops4j.pax.web.cfg");
        String config = Files.exists(web) ? Files.readString(web) : "";
        Files.writeString(web, config.replaceAll("(?m)^org.osgi.service.http.port\\s*=.*$", "")
                + "\norg.osgi.service.http.port = " + port + "\n");
    }

    void start() throws Exception {
        run("start");
    }

    @Override
    public void close() throws Exception {
        run("stop");
    }

    private void run(String script) throws Exception {
        Process process = new ProcessBuilder(home.resolve("bin/" + script).toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
    }

    String base() {
        return "http://localhost:" + port + "/folja/api/v1";
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String user, String json) throws Exception {
        return http.send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    /** Waits until {@code path} answers 200 and its body contains {@code expected}. */
    void await(String path, String user, String expected, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get(path, user);
                if (response.statusCode() == 200 && response.body().contains(expected)) {
                    return;
                }
            } catch (IOException notYet) {
                // Karaf is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(path + " never answered with " + expected);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                if (from.relativize(source).startsWith("data")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(source).toString());
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
