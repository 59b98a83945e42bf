package se.folja.store.internal;

/** The grant store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2GrantStoreTest extends GrantStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
