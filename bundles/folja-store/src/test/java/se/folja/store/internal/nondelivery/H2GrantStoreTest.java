package se.folja.store.internal.nondelivery;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The grant store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2GrantStoreTest extends GrantStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
