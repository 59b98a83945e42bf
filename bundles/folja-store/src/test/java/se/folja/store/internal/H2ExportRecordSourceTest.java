package se.folja.store.internal;

/** The record exports' rows on H2. */
class H2ExportRecordSourceTest extends ExportRecordSourceContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
