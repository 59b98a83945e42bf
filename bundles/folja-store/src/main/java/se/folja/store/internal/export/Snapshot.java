package se.folja.store.internal.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A read-only {@code REPEATABLE READ} transaction around a streamed read: without auto-commit PostgreSQL reads a
 * statement with a fetch size through a cursor, and every statement of the read sees one snapshot. The connection's
 * settings are restored afterwards.
 */
final class Snapshot {

    /** The work done in the snapshot. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException, SQLException;
    }

    private Snapshot() {
    }

    static void read(Connection c, Work work) throws IOException, SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
            work.run();
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }
}
