package se.folja.store.internal.followup;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The enrolment store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2EnrolmentStoreTest extends EnrolmentStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
