package se.folja.store.internal;

/** The pending-entry store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2PendingEntryStoreTest extends PendingEntryStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
