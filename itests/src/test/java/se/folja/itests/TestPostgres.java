package se.folja.itests;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL in the test driver's JVM, started on first use and stopped when that JVM exits. Only
 * {@code @Configuration} methods use it: they run in the driver, not in Karaf.
 */
final class TestPostgres {
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private static volatile EmbeddedPostgres server;

    private TestPostgres() {
    }

    static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting and the server's directory is temporary: nothing left to do
                }
            }));
        }
        return server.getJdbcUrl(USER, "postgres");
    }

    /** @return whether this JVM has started the server (never waits, unlike {@link #jdbcUrl()}) */
    static boolean started() {
        return server != null;
    }
}
