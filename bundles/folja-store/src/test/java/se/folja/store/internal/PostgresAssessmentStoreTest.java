package se.folja.store.internal;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The assessment store on a real PostgreSQL, started by this class. */
class PostgresAssessmentStoreTest extends AssessmentStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
