package se.folja.store.internal;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pending-entry store on a real PostgreSQL (the production database), started by this class and
 * stopped after it: one server for the class, one database per test.
 */
class PostgresPendingEntryStoreTest extends PendingEntryStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
