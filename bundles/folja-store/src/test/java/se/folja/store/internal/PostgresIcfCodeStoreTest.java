package se.folja.store.internal;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The ICF code-list store on a real PostgreSQL, started by this class. */
class PostgresIcfCodeStoreTest extends IcfCodeStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
