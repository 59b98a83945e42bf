package se.folja.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.PersistenceException;

/**
 * A store failure with the messages of the database and the JPA provider left out. Drivers quote the values
 * they refuse — H2 the duplicate key or the too-long value, PostgreSQL {@code Key (pin)=(…)} and {@code Failing
 * row contains (…)} — and those may be a personnummer or a comment. What remains is enough to find the cause:
 * the types of the exceptions in the chain, their SQLStates, and the stack trace where it happened.
 */
final class DatabaseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How far down a chain of causes to look: chains may be long, even circular. */
    private static final int MAX_DEPTH = 20;

    private DatabaseFailure(String message) {
        super(message);
    }

    /** @return whether the database or the JPA provider raised {@code failure} or one of its causes */
    static boolean isOne(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof PersistenceException
                    || t.getClass().getName().startsWith("org.eclipse.persistence.")) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code failure} described by its types and SQLStates only, with its stack trace */
    static DatabaseFailure of(Throwable failure) {
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
