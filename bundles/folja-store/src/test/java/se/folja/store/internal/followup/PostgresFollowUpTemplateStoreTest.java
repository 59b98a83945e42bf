package se.folja.store.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.folja.api.followup.TemplateOrigin;
import se.folja.store.internal.PostgresTestDatabase;
import se.folja.store.internal.TestDatabase;

/**
 * The follow-up template store on a real PostgreSQL (the production database), started by this class and stopped
 * after it: one server for the class, one database per test.
 */
class PostgresFollowUpTemplateStoreTest extends FollowUpTemplateStoreContract {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected TestDatabase database() {
        return POSTGRES;
    }

    /** A large object would be a second thing to keep, back up and remove, outside the row. */
    @Test
    void theDocumentIsAByteaValueInItsRowNotALargeObject() throws SQLException {
        byte[] json = document("ORS", 1);
        new JpaFollowUpTemplateStore(jpa(), null).storeNext("ORS", ORS_TITLE, TemplateOrigin.BUILT_IN, sha256(json),
                json, "system", T1);

        assertEquals(1, count("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'followup_template'"
                + " AND column_name = 'document' AND data_type = 'bytea'"));
        assertEquals(0, count("SELECT COUNT(*) FROM pg_largeobject_metadata"));
    }
}
