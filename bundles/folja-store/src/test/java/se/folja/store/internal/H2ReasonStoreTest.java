package se.folja.store.internal;

/** The reason store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2ReasonStoreTest extends ReasonStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
