package se.folja.store.internal.export;

import org.junit.jupiter.api.extension.RegisterExtension;

import se.folja.store.internal.PostgresTestDatabase;
import se.folja.store.internal.TestDatabase;

/** The follow-up exports' reads on a real PostgreSQL, started by this class. */
class PostgresFollowUpExportSourceTest extends FollowUpExportSourceContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
