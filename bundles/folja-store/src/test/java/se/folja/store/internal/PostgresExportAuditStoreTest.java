package se.folja.store.internal;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The export audit on a real PostgreSQL, started by this class. */
class PostgresExportAuditStoreTest extends ExportAuditStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }
}
