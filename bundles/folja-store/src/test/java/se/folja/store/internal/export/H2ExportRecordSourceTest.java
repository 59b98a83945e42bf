package se.folja.store.internal.export;

import se.folja.store.internal.H2TestDatabase;
import se.folja.store.internal.TestDatabase;

/** The record exports' rows on H2. */
class H2ExportRecordSourceTest extends ExportRecordSourceContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
