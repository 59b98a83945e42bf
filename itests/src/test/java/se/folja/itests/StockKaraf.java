package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;

/**
 * A stock Apache Karaf as a host platform has it, into which the tests install Följa from the Karaf console
 * ({@code feature:repo-add}, {@code feature:install}) while a client keeps sending requests. The host's own
 * realm grants the Följa roles. A test class holds one, made in {@code @Before} with the console Pax Exam
 * injected into it.
 */
final class StockKaraf {

    static final String HOST_STAFF = "host-staff";
    static final String HOST_ADMIN = "host-admin";
    static final String PASSWORD = "host-secret";

    private final Api api;
    private final SessionFactory sessionFactory;

    StockKaraf(Api api, SessionFactory sessionFactory) {
        this.api = api;
        this.sessionFactory = sessionFactory;
    }

    /** The configuration of a stock Karaf named {@code name}, with the host's users. */
    static Option[] options(String name) {
        return FoljaKaraf.stockKaraf(name, HOST_STAFF, HOST_ADMIN, PASSWORD);
    }

    /** {@code feature:repo-add} of Följa's features repository, as the README tells a host. */
    void addRepository() throws Exception {
        execute("feature:repo-add mvn:se.folja/folja-features/" + System.getProperty("folja.version")
                + "/xml/features");
    }

    /**
     * Runs one console command, e.g. {@code feature:install folja folja-demo}, while a client sends a request
     * every 100 ms, and checks what the client got: never silence, never an error of Följa's other than a
     * 503 problem+json with {@code Retry-After}; and at the end Följa answers.
     */
    void installWhileClientsWait(String command) throws Exception {
        InstallWatcher watcher = new InstallWatcher(api.base() + "/reason-codes", HOST_STAFF, PASSWORD);
        try {
            execute(command);
            awaitSettled();
        } finally {
            watcher.close();
        }
        assertTrue("requests were sent while '" + command + "' ran: " + watcher.summary(),
                watcher.outcomes().size() > 1);
        assertEquals("while '" + command + "' ran, clients got " + watcher.summary() + "; the first of each kind "
                + "that a client must never get", List.of(), watcher.unacceptable());
    }

    /**
     * Waits until Följa answers 200 ten times in a row, 200 ms apart (two seconds at least): the whiteboard may
     * still rebuild the application once after its first answer (a late extension), and then answers 503
     * meanwhile.
     */
    void awaitSettled() throws Exception {
        int[] inARow = {0};
        Await.await("Följa answers 200 ten times in a row", Duration.ofMinutes(3),
                this::status,
                status -> {
                    inARow[0] = status == 200 ? inARow[0] + 1 : 0;
                    return inARow[0] >= 10;
                });
    }

    /** @return the status of a GET of the reason codes as the host's staff, or -1 without an answer */
    private int status() throws InterruptedException {
        try {
            return api.sendAs("GET", "/reason-codes", HOST_STAFF, PASSWORD, null, null).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Runs a console command as a Karaf administrator and returns what it printed. */
    String execute(String command) throws Exception {
        return KarafShell.execute(sessionFactory, "karaf", command);
    }
}
