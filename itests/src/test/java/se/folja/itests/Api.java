package se.folja.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Följa's HTTP API as the tests speak it, inside the container: requests as a user (Basic authentication,
 * password = name by the demo convention, or a password of its own), and {@link #awaitStatus} for what registers
 * asynchronously. A test class holds one in a field.
 */
final class Api {

    static final String API = "/folja/api/v1";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @return the API's base URL in the container of the test, e.g. {@code http://localhost:1234/folja/api/v1} */
    String base() {
        return "http://localhost:" + System.getProperty(FoljaKaraf.PORT_PROPERTY) + API;
    }

    /** Waits until {@code path} answers {@code user} with the given status (registration is asynchronous). */
    void awaitStatus(String path, String user, int status) throws InterruptedException {
        awaitStatus(path, user, user, status);
    }

    void awaitStatus(String path, String user, String password, int status) throws InterruptedException {
        Await.await("GET " + path + " as " + user + " answers " + status, READY_TIMEOUT,
                () -> sendAs("GET", path, user, password, null, null).statusCode(), s -> s == status);
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send("GET", path, user, null, null);
    }

    /** A search with its filters in a JSON body ({@code POST …/search}): how a personnummer is searched for. */
    HttpResponse<String> search(String path, String user, String filters) throws IOException, InterruptedException {
        return send("POST", path, user, filters, "application/json");
    }

    /** A GET whose answer is kept as bytes (a workbook, a byte order mark). */
    HttpResponse<byte[]> getBytes(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user, user)).build(), HttpResponse.BodyHandlers.ofByteArray());
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
            request.header("Authorization", basic(user, password));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
