package se.folja.store.internal.ibic;

import org.junit.jupiter.api.extension.RegisterExtension;

import se.folja.store.internal.PostgresTestDatabase;
import se.folja.store.internal.TestDatabase;

/** The assessment store on a real PostgreSQL, started by this class. */
class PostgresAssessmentStoreTest extends AssessmentStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
