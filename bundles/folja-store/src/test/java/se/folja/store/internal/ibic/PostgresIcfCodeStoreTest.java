package se.folja.store.internal.ibic;

import org.junit.jupiter.api.extension.RegisterExtension;

import se.folja.store.internal.PostgresTestDatabase;
import se.folja.store.internal.TestDatabase;

/** The ICF code-list store on a real PostgreSQL, started by this class. */
class PostgresIcfCodeStoreTest extends IcfCodeStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
