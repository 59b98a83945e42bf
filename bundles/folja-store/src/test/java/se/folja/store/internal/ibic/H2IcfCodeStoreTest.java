package se.folja.store.internal.ibic;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The ICF code-list store on H2. */
class H2IcfCodeStoreTest extends IcfCodeStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
