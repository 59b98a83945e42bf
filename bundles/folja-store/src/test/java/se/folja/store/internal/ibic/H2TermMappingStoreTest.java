package se.folja.store.internal.ibic;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The term-mapping store on H2. */
class H2TermMappingStoreTest extends TermMappingStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
