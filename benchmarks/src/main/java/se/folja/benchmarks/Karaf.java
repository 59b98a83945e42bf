package se.folja.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

import se.folja.testsupport.KarafCopy;

/**
 * A copy of the demo assembly ({@link KarafCopy}: HTTP, SSH and RMI on free ports), pointed at a PostgreSQL database
 * and started in the background with its own {@code bin/start}.
 */
final class Karaf implements AutoCloseable {

    final Path home;
    final int port;
    /**
     * Blocking requests on pooled keep-alive connections, one per worker: the calling thread writes the request
     * and reads the answer itself, with no hand-over to another thread (the JDK's client adds a selector thread,
     * which on a small machine shows in the p99). No compression, no cookies, no retries.
     */
    final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(256)
                    .setMaxConnPerRoute(256).setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(30)).build())
                    .build())
            .disableContentCompression().disableCookieManagement().disableAutomaticRetries()
            .disableRedirectHandling().build();

    /** An HTTP answer: its status and body. */
    record Answer(int statusCode, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final KarafCopy karaf;

    /** A user (password = name) who belongs to every demo unit. */
    static final String MEMBER = "member";

    Karaf(Path assembly, Path examples, Path home, String jdbcUrl) throws IOException {
        this(assembly, home, Files.readString(examples.resolve("org.ops4j.datasource-folja.cfg")),
                environment(jdbcUrl));
    }

    /**
     * A copy on its embedded H2 database, configured by {@code datasource} (the text of
     * {@code etc/org.ops4j.datasource-folja.cfg}).
     */
    static Karaf onH2(Path assembly, Path home, String datasource) throws IOException {
        return new Karaf(assembly, home, datasource, Map.of());
    }

    private Karaf(Path assembly, Path home, String datasource, Map<String, String> environment) throws IOException {
        // HTTP, SSH and RMI on free ports: other Karafs may run on this machine
        this.karaf = new KarafCopy(assembly, home);
        this.home = home;
        this.port = karaf.httpPort();
        environment.forEach(karaf::environment);
        String options = System.getProperty("bench.karaf.options", "");
        if (!options.isBlank()) {
            karaf.environment("EXTRA_JAVA_OPTS", options);
        }
        // The datasource as given: for PostgreSQL exactly as shipped, its host, port and database from the environment.
        Files.writeString(home.resolve("etc/org.ops4j.datasource-folja.cfg"), datasource);
        // The demo users, and an administrator who belongs to the five demo units: counts per unit are for the units'
        // members only (IbicBenchmark reads the life areas of every unit).
        Files.writeString(home.resolve("etc/folja-benchmark-users.properties"), String.join("\n",
                "staff = staff,folja-staff,folja-unit-BOSTOD_NORR,folja-unit-BOSTOD_SODER,folja-unit-BOSTOD_CENTRUM",
                "staff2 = staff2,folja-staff,folja-unit-BOSTOD_VAST,folja-unit-BOSTOD_OST",
                "admin = admin,folja-admin", "statistician = statistician,folja-statistician",
                MEMBER + " = " + MEMBER + ",folja-admin,folja-unit-BOSTOD_NORR,folja-unit-BOSTOD_SODER,"
                        + "folja-unit-BOSTOD_CENTRUM,folja-unit-BOSTOD_VAST,folja-unit-BOSTOD_OST", ""));
        Files.writeString(home.resolve("etc/se.folja.demo.realm.cfg"),
                "usersFile = folja-benchmark-users.properties\n");
    }

    private static Map<String, String> environment(String jdbcUrl) {
        URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
        return Map.of("FOLJA_DB_HOST", database.getHost(), "FOLJA_DB_PORT",
                Integer.toString(database.getPort()), "FOLJA_DB_NAME", database.getPath().substring(1),
                "FOLJA_DB_USER", "postgres", "FOLJA_DB_PASSWORD", "postgres");
    }

    void start() throws Exception {
        karaf.runScript("start");
    }

    @Override
    public void close() throws Exception {
        http.close();
        karaf.runScript("stop");
    }

    String base() {
        return "http://localhost:" + port + "/folja/api/v1";
    }

    Answer get(String path, String user) throws IOException {
        return send(ClassicRequestBuilder.get(base() + path).addHeader("Authorization", basic(user)).build());
    }

    /** A GET of any URL on this Karaf, {@code user} null for none. */
    Answer getBytes(String url, String user) throws IOException {
        ClassicRequestBuilder request = ClassicRequestBuilder.get(url);
        if (user != null) {
            request.addHeader("Authorization", basic(user));
        }
        return send(request.build());
    }

    /** A GET read as it comes, without holding the body: the number of line feeds (rows) and of bytes. */
    long[] countLines(String path, String user) throws IOException {
        return http.execute(ClassicRequestBuilder.get(base() + path).addHeader("Authorization", basic(user)).build(),
                response -> {
                    if (response.getCode() != 200) {
                        throw new IOException("GET " + path + " answered " + response.getCode());
                    }
                    long lines = 0;
                    long bytes = 0;
                    byte[] buffer = new byte[64 * 1024];
                    try (java.io.InputStream in = response.getEntity().getContent()) {
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            bytes += n;
                            for (int i = 0; i < n; i++) {
                                if (buffer[i] == '\n') {
                                    lines++;
                                }
                            }
                        }
                    }
                    return new long[] {lines, bytes};
                });
    }

    /** @return the process id of the running Karaf */
    long pid() throws IOException {
        return karaf.pid();
    }

    String root() {
        return "http://localhost:" + port;
    }

    private static String basic(String user) {
        return KarafCopy.basicAuthorization(user);
    }

    Answer post(String path, String user, String json) throws IOException {
        return send(ClassicRequestBuilder.post(base() + path).addHeader("Authorization", basic(user))
                .setEntity(new StringEntity(json, ContentType.APPLICATION_JSON)).build());
    }

    private Answer send(ClassicHttpRequest request) throws IOException {
        return http.execute(request, response -> new Answer(response.getCode(),
                response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
    }

    /** Waits until {@code path} answers 200 and its body contains {@code expected}. */
    void await(String path, String user, String expected, Duration patience) throws Exception {
        karaf.await(() -> {
            Answer response = get(path, user);
            return response.statusCode() == 200 && response.text().contains(expected);
        }, patience, Duration.ofMillis(500), path + " never answered with " + expected);
    }
}
