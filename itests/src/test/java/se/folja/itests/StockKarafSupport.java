package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;

/**
 * A stock Apache Karaf as a host platform has it, into which the tests install Följa from the Karaf console
 * ({@code feature:repo-add}, {@code feature:install}) while a client keeps sending requests. The host's own
 * realm grants the Följa roles.
 */
abstract class StockKarafSupport extends FoljaTestSupport {

    static final String HOST_STAFF = "host-staff";
    static final String HOST_ADMIN = "host-admin";
    static final String PASSWORD = "host-secret";

    @Inject
    protected SessionFactory sessionFactory;

    static Option[] stockKaraf(String name) {
        List<Option> options = baseOptions(System.getProperty("folja.stockKaraf"), name);
        options.addAll(List.of(
                systemProperty("folja.version").value(System.getProperty("folja.version")),
                // The host's realm, as a host would grant Följa's roles to its own users.
                editConfigurationFilePut("etc/users.properties", HOST_STAFF, PASSWORD + ",folja-staff"),
                editConfigurationFilePut("etc/users.properties", HOST_ADMIN, PASSWORD + ",folja-admin")));
        return options.toArray(Option[]::new);
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
        InstallWatcher watcher = new InstallWatcher(base() + "/reason-codes", HOST_STAFF, PASSWORD);
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
     * Waits until Följa answers 200 ten times in a row, over two seconds at least: the whiteboard may still
     * rebuild the application once after its first answer (a late extension), and then answers 503 meanwhile.
     */
    void awaitSettled() throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        int inARow = 0;
        while (inARow < 10) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Följa did not answer 200 ten times in a row within 3 minutes");
            }
            awaitStatus("/reason-codes", HOST_STAFF, PASSWORD, 200);
            inARow = 0;
            while (inARow < 10 && sendAs("GET", "/reason-codes", HOST_STAFF, PASSWORD, null, null).statusCode() == 200) {
                inARow++;
                Thread.sleep(200);
            }
        }
    }

    /** Runs a console command as a Karaf administrator and returns what it printed. */
    String execute(String command) throws Exception {
        return KarafShell.execute(sessionFactory, "karaf", command);
    }
}
