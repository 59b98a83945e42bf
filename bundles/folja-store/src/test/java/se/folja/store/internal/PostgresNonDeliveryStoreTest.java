package se.folja.store.internal;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The non-delivery store on a real PostgreSQL (the production database), started by this class and
 * stopped after it: one server for the class, one database per test.
 */
class PostgresNonDeliveryStoreTest extends NonDeliveryStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
