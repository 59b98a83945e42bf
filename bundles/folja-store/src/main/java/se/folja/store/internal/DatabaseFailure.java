package se.folja.store.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;

import java.util.Set;

import javax.persistence.LockTimeoutException;
import javax.persistence.PersistenceException;
import javax.persistence.QueryTimeoutException;

import se.folja.api.TemporarilyUnavailableException;

/**
 * A store failure with the messages of the database and the JPA provider left out. Drivers quote the values
 * they refuse — H2 the duplicate key or the too-long value, PostgreSQL {@code Key (pin)=(…)} and {@code Failing
 * row contains (…)} — and those may be a personnummer or a comment. What remains is enough to find the cause:
 * the types of the exceptions in the chain, their SQLStates, and the stack trace where it happened.
 */
public final class DatabaseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How long a client should wait before it retries work the database could not do now. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** How far down a chain of causes to look: chains may be long, even circular. */
    private static final int MAX_DEPTH = 20;

    private DatabaseFailure(String message) {
        super(message);
    }

    /**
     * SQLStates of failures that say the database cannot serve now, not that the work is wrong: the same work
     * may succeed shortly. Class 08 (connection exceptions) is checked apart.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization failure (PostgreSQL; H2 deadlock)
            "40P01", // deadlock detected (PostgreSQL)
            "55P03", // lock not available (PostgreSQL)
            "53300", // too many connections (PostgreSQL)
            "57P01", "57P02", "57P03", // shutting down, crashed, not yet accepting connections (PostgreSQL)
            "HYT00", // lock or statement timeout (H2)
            "90098", // the database is closed (H2)
            "90121"); // the database was called at shutdown (H2)

    /**
     * @return whether {@code failure} says the database is not available now — a connection that cannot be
     *         made or was lost, a database starting or shutting down, a lock not granted in time — rather than
     *         that the work itself failed. Integrity violations, bad SQL and the like are not transient.
     */
    public static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof LockTimeoutException || t instanceof QueryTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the database or the JPA provider raised {@code failure} or one of its causes */
    public static boolean isOne(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof PersistenceException
                    || t.getClass().getName().startsWith("org.eclipse.persistence.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return a {@link TemporarilyUnavailableException} if {@code failure} {@linkplain #isTransient is
     *         transient}, else {@code failure} as a {@code DatabaseFailure}; neither carries a message of the
     *         database
     */
    public static RuntimeException translated(Throwable failure) {
        if (isTransient(failure)) {
            return new TemporarilyUnavailableException("The database cannot serve the request at the moment; "
                    + "nothing of it was stored. Retry shortly.", RETRY_AFTER_SECONDS, of(failure));
        }
        return of(failure);
    }

    /** @return {@code failure} described by its types and SQLStates only, with its stack trace */
    public static DatabaseFailure of(Throwable failure) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < MAX_DEPTH; t = t.getCause()) {
            String state = t instanceof SQLException sql && sql.getSQLState() != null
                    ? " (SQLState " + sql.getSQLState() + ")" : "";
            chain.add(t.getClass().getName() + state);
        }
        DatabaseFailure scrubbed = new DatabaseFailure("The database refused or failed the work: "
                + String.join(" caused by ", chain));
        scrubbed.setStackTrace(failure.getStackTrace());
        return scrubbed;
    }
}
