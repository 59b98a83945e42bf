package se.folja.store.internal.followup;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The follow-up template store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2FollowUpTemplateStoreTest extends FollowUpTemplateStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
