package se.folja.store.internal;

/** The intervention type store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2InterventionTypeStoreTest extends InterventionTypeStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
