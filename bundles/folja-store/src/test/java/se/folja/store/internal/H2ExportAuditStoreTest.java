package se.folja.store.internal;

/** The export audit on H2. */
class H2ExportAuditStoreTest extends ExportAuditStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
