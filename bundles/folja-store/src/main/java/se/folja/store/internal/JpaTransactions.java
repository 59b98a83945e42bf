package se.folja.store.internal;

import java.sql.SQLException;
import java.util.function.Supplier;

import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import se.folja.api.ConflictException;
import se.folja.api.FoljaException;

/**
 * Reads and writes through the {@link JpaTemplate}, turning store failures into the API's exceptions: an
 * API exception thrown inside the work passes through (the transaction is rolled back), and a write that
 * loses a race — a concurrent update or a duplicate key — becomes a {@link ConflictException}. Any other
 * failure that says the database cannot serve now (no connection, starting or shutting down, a lock not granted
 * in time) becomes a {@code TemporarilyUnavailableException}, which clients get as a 503 with {@code Retry-After};
 * any other failure of the database becomes a {@link DatabaseFailure}: drivers quote the refused values in their
 * messages, which may be personal data, so no exception from here carries them.
 */
public final class JpaTransactions {

    /** SQLState of a unique (or primary key) violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final JpaTemplate jpa;

    public JpaTransactions(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Runs {@code work} in the caller's transaction if there is one, else without. */
    public <R> R read(EmFunction<R> work) {
        return unwrapped(null, () -> jpa.txExpr(TransactionType.Supports, scrubbed(null, work)));
    }

    /**
     * Runs {@code work} in a transaction; everything it wrote is rolled back if it throws.
     *
     * @param conflict what to tell the client if the write loses a race, e.g. "reason code 'X' exists already"
     */
    public <R> R write(String conflict, EmFunction<R> work) {
        return unwrapped(conflict, () -> jpa.txExpr(TransactionType.Required, scrubbed(conflict, work)));
    }

    /**
     * As {@link #write}, and once more if the first attempt loses a race (e.g. two first registrations of the
     * same new client): the second attempt sees what the winner stored, and answers from it.
     */
    public <R> R writeRetryingOnce(String conflict, EmFunction<R> work) {
        try {
            return write(conflict, work);
        } catch (ConflictException lostRace) {
            return write(conflict, work);
        }
    }

    /**
     * The work, its failures already turned into the API's exceptions: the template logs what the work throws
     * before it rolls back, and a driver's message may quote a personnummer or a comment.
     */
    private static <R> EmFunction<R> scrubbed(String conflict, EmFunction<R> work) {
        return em -> {
            try {
                return work.apply(em);
            } catch (RuntimeException e) {
                throw translated(conflict, e);
            }
        };
    }

    /** Failures at commit, after the work returned, translated as those of the work. */
    private static <R> R unwrapped(String conflict, Supplier<R> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw translated(conflict, e);
        }
    }

    private static RuntimeException translated(String conflict, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FoljaException folja) {
                return folja;
            }
            if (conflict != null && isLostRace(cause)) {
                return new ConflictException(
                        Character.toUpperCase(conflict.charAt(0)) + conflict.substring(1)
                                + ". Read it again and retry.", DatabaseFailure.of(e));
            }
        }
        return DatabaseFailure.isOne(e) ? DatabaseFailure.translated(e) : e;
    }

    private static boolean isLostRace(Throwable cause) {
        if (cause instanceof OptimisticLockException) {
            return true;
        }
        // 23505, unique violation (H2 and PostgreSQL): a concurrent insert of the same key. Other integrity
        // violations (a missing foreign key, a failed check) are no race but a bug, and must not read as one.
        return cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }
}
