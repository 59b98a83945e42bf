package se.folja.browsertests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.folja.testsupport.KarafCopy;

/**
 * A copy of the demo assembly run as its own process ({@link KarafCopy}: {@code bin/karaf server} with
 * {@code KARAF_EXEC=exec}, so the started process is the Karaf JVM itself), on its embedded H2 database, with HTTP,
 * SSH and RMI on free ports so that it runs beside any other Karaf on the machine. {@link #start()} returns once the
 * demo municipality is loaded; {@link #close()} stops it, and a shutdown hook stops it if the JVM ends first.
 */
public final class KarafProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KarafCopy karaf;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Copies {@code assembly} (without its {@code data/}) to {@code home} and moves its ports to free ones. */
    public KarafProcess(Path assembly, Path home) throws IOException {
        karaf = new KarafCopy(assembly, home);
    }

    /** {@code http://localhost:PORT}, the origin every page and the API are served from. */
    public String origin() {
        return karaf.origin();
    }

    /**
     * Starts Karaf and waits until the API answers and the demo municipality is loaded: its 140 registrations are
     * stored and the reference journal's entries that await a reason are announced (README, "Try it").
     */
    public void start() throws Exception {
        karaf.startServer("console.log");
        String registrations = "/non-deliveries?from=2026-09-01&to=2026-10-31&limit=1&unit=BOSTOD_NORR,BOSTOD_SODER,"
                + "BOSTOD_CENTRUM,BOSTOD_VAST,BOSTOD_OST";
        karaf.await(() -> total(registrations, "admin") == 140 && total("/pending-entries", "staff") > 0, STARTUP,
                Duration.ofMillis(500),
                "the demo municipality was not loaded within " + STARTUP + ", see " + karaf.home());
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
                .timeout(Duration.ofSeconds(60)).header("Authorization", KarafCopy.basicAuthorization(user));
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
        karaf.close();
    }
}
