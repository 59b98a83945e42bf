package se.folja.store.internal;

/** The term-mapping store on H2. */
class H2TermMappingStoreTest extends TermMappingStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
