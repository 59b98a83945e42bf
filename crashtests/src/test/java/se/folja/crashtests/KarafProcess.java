package se.folja.crashtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import se.folja.testsupport.KarafCopy;

/**
 * A copy of the demo assembly run as its own process ({@link KarafCopy}: {@code bin/karaf server} with
 * {@code KARAF_EXEC=exec}, so that {@link #kill()} sends SIGKILL to Karaf itself, not to a wrapper; HTTP, SSH and
 * RMI on free ports), started as often as the test needs, each start's console in {@code console-N.log}.
 */
final class KarafProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(6);

    final Path home;
    private final KarafCopy karaf;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private int starts;

    /** Copies {@code assembly} (without its {@code data/}) to {@code home} and moves its ports to free ones. */
    KarafProcess(Path assembly, Path home) throws IOException {
        karaf = new KarafCopy(assembly, home);
        this.home = home;
    }

    /** An environment variable for Karaf, e.g. the database the PostgreSQL datasource file reads. */
    void environment(String name, String value) {
        karaf.environment(name, value);
    }

    /** Starts Karaf and waits until the API answers. */
    void start() throws Exception {
        starts++;
        karaf.startServer("console-" + starts + ".log");
        karaf.await(() -> get("/reason-codes", "staff").statusCode() == 200, STARTUP, Duration.ofMillis(250),
                "Karaf did not answer within " + STARTUP + ", see " + home);
    }

    /** SIGKILL to the Karaf JVM; returns its exit status once it is gone (137: killed by signal 9). */
    int kill() throws Exception {
        return karaf.kill();
    }

    @Override
    public void close() throws Exception {
        karaf.close();
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return http.send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(karaf.origin() + "/folja/api/v1" + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", KarafCopy.basicAuthorization(user));
    }
}
