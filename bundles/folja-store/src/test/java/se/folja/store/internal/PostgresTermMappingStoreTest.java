package se.folja.store.internal;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The term-mapping store on a real PostgreSQL, started by this class. */
class PostgresTermMappingStoreTest extends TermMappingStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
