package se.folja.store.internal.reasons;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The reason store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2ReasonStoreTest extends ReasonStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
