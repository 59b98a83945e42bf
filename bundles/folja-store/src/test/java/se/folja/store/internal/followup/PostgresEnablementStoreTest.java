package se.folja.store.internal.followup;

import org.junit.jupiter.api.extension.RegisterExtension;

import se.folja.store.internal.PostgresTestDatabase;
import se.folja.store.internal.TestDatabase;

/**
 * The enablement store on a real PostgreSQL (the production database), started by this class and stopped after it:
 * one server for the class, one database per test.
 */
class PostgresEnablementStoreTest extends EnablementStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
