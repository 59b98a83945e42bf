package se.folja.store.internal.nondelivery;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The non-delivery store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2NonDeliveryStoreTest extends NonDeliveryStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
