package se.folja.store.internal;

/** The ICF code-list store on H2. */
class H2IcfCodeStoreTest extends IcfCodeStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
