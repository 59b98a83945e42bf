package se.folja.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.TemporarilyUnavailableException;

/** How failures of the database reach the services: transient ones as 503 material, others as they are. */
class JpaTransactionsTest {

    /** A template whose every transaction fails with {@code failure}, as EclipseLink wraps a driver's. */
    private static JpaTransactions failingWith(Throwable failure) {
        JpaTemplate template = (JpaTemplate) Proxy.newProxyInstance(JpaTemplate.class.getClassLoader(),
                new Class<?>[] {JpaTemplate.class}, (proxy, method, args) -> {
                    throw new PersistenceException("Exception [EclipseLink-4002]: 1985-01-01 quoted", failure);
                });
        return new JpaTransactions(template);
    }

    private static RuntimeException writeFailure(Throwable failure) {
        return assertThrows(RuntimeException.class, () -> failingWith(failure).write("x exists", em -> null));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsTemporarilyUnavailable() {
        for (Throwable failure : new Throwable[] {
                new SQLException("Connection refused", "08001"), // PostgreSQL down
                new SQLException("the database system is starting up", "57P03"),
                new SQLException("Timeout trying to lock table", "HYT00"), // H2 lock timeout
                new SQLException("Database is already closed", "90098"),
                new SQLException("deadlock detected", "40P01"),
                new SQLTransientConnectionException("pool exhausted")}) {
            RuntimeException translated = writeFailure(failure);
            TemporarilyUnavailableException unavailable = assertInstanceOf(TemporarilyUnavailableException.class,
                    translated, failure.getMessage());
            assertEquals(DatabaseFailure.RETRY_AFTER_SECONDS, unavailable.retryAfterSeconds());
            assertFalse(describe(unavailable).contains("1985"), "no message of the database reaches the client");
        }
    }

    @Test
    void aRealFailureOfTheDatabaseStaysOne() {
        for (Throwable failure : new Throwable[] {
                new SQLException("NULL not allowed for column", "23502"),
                new SQLException("Table \"X\" not found", "42S02"),
                new SQLException("no state")}) {
            assertInstanceOf(DatabaseFailure.class, writeFailure(failure), failure.getMessage());
        }
    }

    @Test
    void aDuplicateKeyIsStillAConflict() {
        assertInstanceOf(ConflictException.class, writeFailure(new SQLException("duplicate", "23505")));
    }

    private static String describe(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }
}
