package se.folja.itests;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends a request every 100 ms from its own thread while a host installs Följa, and remembers how each was
 * answered. A request that gets no answer within {@link #ANSWER_TIMEOUT} is silence: the host's clients
 * would hang. Runs inside the container.
 */
final class InstallWatcher implements AutoCloseable {

    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    /** How one request ended: an HTTP status with its content type and Retry-After, or an exception. */
    record Outcome(long atMillis, int status, String contentType, String retryAfter, String failure, String body) {
        @Override
        public String toString() {
            return atMillis + " ms: " + (failure != null ? failure
                    : status + " " + contentType + (retryAfter != null ? " Retry-After " + retryAfter : "")
                            + (status == 200 ? "" : " " + body));
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private final String authorization;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private final long started = System.nanoTime();

    InstallWatcher(String url, String user, String password) {
        this.uri = URI.create(url);
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.thread = new Thread(this::run, "install-watcher");
        thread.start();
    }

    private void run() {
        while (running.get()) {
            outcome(send());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Outcome send() {
        long at = (System.nanoTime() - started) / 1_000_000;
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT)
                .header("Authorization", authorization).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Outcome(at, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim(),
                    response.headers().firstValue("Retry-After").orElse(null), null,
                    body.length() > 300 ? body.substring(0, 300) : body);
        } catch (HttpTimeoutException e) {
            return new Outcome(at, 0, null, null, "no answer within " + ANSWER_TIMEOUT, null);
        } catch (ConnectException e) {
            return new Outcome(at, 0, null, null, "connection refused", null);
        } catch (IOException e) {
            return new Outcome(at, 0, null, null, e.getClass().getName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(at, 0, null, null, "interrupted", null);
        }
    }

    private synchronized void outcome(Outcome outcome) {
        outcomes.add(outcome);
    }

    /** Stops sending and waits for the request under way. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(ANSWER_TIMEOUT.toMillis() * 2);
    }

    synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /**
     * @return the answers that a host's client must never get while Följa installs, the first of each kind:
     *         silence (no answer within {@link #ANSWER_TIMEOUT}), a 5xx other than Följa's 503 problem+json with
     *         {@code Retry-After}, and Följa's own 404 (a half-built application: a path whose resource has not
     *         come yet). Acceptable are 200, that 503, a refused connection (Jetty not started yet), and a 404
     *         that is not Följa's (the host's Jetty or the whiteboard's default application, before Följa's
     *         bundles have registered anything under the path).
     */
    synchronized List<Outcome> unacceptable() {
        Map<String, Outcome> firstOfEach = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            boolean acceptable = o.failure() != null ? o.failure().equals("connection refused")
                    : o.status() == 200
                            || o.status() == 503 && "application/problem+json".equals(o.contentType())
                                    && o.retryAfter() != null
                            || o.status() == 404 && !"application/problem+json".equals(o.contentType());
            if (!acceptable) {
                firstOfEach.putIfAbsent(o.failure() != null ? o.failure() : o.status() + " " + o.contentType(), o);
            }
        }
        return List.copyOf(firstOfEach.values());
    }

    /** A short account of what the requests got, for a failure message. */
    synchronized String summary() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            counts.merge(o.failure() != null ? o.failure() : o.status() + " " + o.contentType(), 1, Integer::sum);
        }
        return counts.toString();
    }
}
