package se.folja.store.internal.ibic;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The assessment store on H2. */
class H2AssessmentStoreTest extends AssessmentStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
