package se.folja.store.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.nondelivery.JpaGrantStore;
import se.folja.store.internal.nondelivery.JpaNonDeliveryStore;
import se.folja.store.internal.nondelivery.JpaPendingEntryStore;
import se.folja.store.internal.nondelivery.JpaWriteBackStore;
import se.folja.store.internal.reasons.JpaListStore;

/**
 * The set-up of the non-delivery store tests: the units {@code NORR}, {@code SODER} and {@code VASTER} made
 * through the list store (none are shipped), and the four stores over this test's database. Reason codes and
 * intervention types come from the migrations.
 */
public abstract class NonDeliveryTestSupport extends StoreTestSupport {

    public static final Instant T1 = NonDeliveryBuilder.REGISTERED;
    public static final Instant T2 = Instant.parse("2026-03-03T11:00:00.456Z");
    public static final Instant T3 = Instant.parse("2026-03-04T12:00:00.789Z");

    /** Synthetic clients: a woman, a man, and a woman with a coordination number (day + 60). */
    public static final PersonalIdentityNumber ANNA = NonDeliveryBuilder.DEFAULT_CLIENT;
    public static final PersonalIdentityNumber BO = TestPins.pin("19960704", 991);
    public static final PersonalIdentityNumber CECILIA = TestPins.pin("19970872", 984);

    public static final List<String> UNITS = List.of("NORR", "SODER", "VASTER");

    protected JpaListStore lists;
    protected JpaNonDeliveryStore nonDeliveries;
    protected JpaGrantStore grants;
    protected JpaPendingEntryStore pending;
    protected JpaWriteBackStore outbox;

    @BeforeEach
    public void createStoresAndUnits() {
        lists = new JpaListStore(jpa(), null);
        for (String unit : UNITS) {
            lists.insert(ListKind.UNIT, new ListItem(unit, "Enhet " + unit, "Unit " + unit, true, 1, "admin", T1));
        }
        nonDeliveries = new JpaNonDeliveryStore(jpa(), null);
        grants = new JpaGrantStore(jpa(), null);
        pending = new JpaPendingEntryStore(jpa(), null);
        outbox = new JpaWriteBackStore(jpa(), null);
    }

    /** @return how many client rows hold the number: the only table that holds it */
    protected final long clientRows(PersonalIdentityNumber number) throws SQLException {
        return count("SELECT COUNT(*) FROM client WHERE pin = ?", number.digits());
    }

    /** @return how many rows the table has */
    protected final long rows(String table) throws SQLException {
        return count("SELECT COUNT(*) FROM " + table);
    }
}
