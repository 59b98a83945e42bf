package se.folja.store.internal;

/** The assessment store on H2. */
class H2AssessmentStoreTest extends AssessmentStoreContract {

    @Override
    protected TestDatabase database() {
        return H2TestDatabase.INSTANCE;
    }
}
