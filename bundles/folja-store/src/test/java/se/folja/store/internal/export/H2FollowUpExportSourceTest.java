package se.folja.store.internal.export;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The follow-up exports' reads on H2. */
class H2FollowUpExportSourceTest extends FollowUpExportSourceContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
