package se.folja.store.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.Page;
import se.folja.api.export.ExportRecord;
import se.folja.store.internal.StoreTestSupport;

/** What {@link JpaExportAuditStore} promises: every export kept, read back newest first, page by page. */
abstract class ExportAuditStoreContract extends StoreTestSupport {

    private JpaExportAuditStore store;

    @BeforeEach
    void createStore() {
        store = new JpaExportAuditStore(jpa(), null);
    }

    @Test
    void exportsAreKeptAndReadNewestFirst() {
        ExportRecord first = store.insert(new ExportRecord(99, "stina", Instant.parse("2026-11-02T08:00:00.123Z"),
                "life-areas", "from=2026-09-01&to=2026-10-31", 48, 5));
        ExportRecord second = store.insert(new ExportRecord(0, "stina", Instant.parse("2026-11-03T08:00:00.456Z"),
                "life-areas", "from=2026-09-01&to=2026-09-30&unit=NORR", 12, 1));
        assertNotEquals(99, first.id());
        assertEquals(new ExportRecord(first.id(), "stina", Instant.parse("2026-11-02T08:00:00.123Z"), "life-areas",
                "from=2026-09-01&to=2026-10-31", 48, 5), first);
        Page<ExportRecord> page = store.list(0, 1);
        assertEquals(2, page.total());
        assertEquals(List.of(second), page.items());
        assertEquals(List.of(first), store.list(1, 10).items());
    }
}
