package se.folja.store.internal.export;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The export audit on H2. */
class H2ExportAuditStoreTest extends ExportAuditStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
