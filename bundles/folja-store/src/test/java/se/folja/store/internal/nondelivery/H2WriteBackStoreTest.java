package se.folja.store.internal.nondelivery;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The write-back store (outbox) on H2, as in the demo and development set-up: one in-memory database per test. */
class H2WriteBackStoreTest extends WriteBackStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
