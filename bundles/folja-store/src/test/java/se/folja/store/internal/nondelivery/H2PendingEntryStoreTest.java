package se.folja.store.internal.nondelivery;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The pending-entry store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2PendingEntryStoreTest extends PendingEntryStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
