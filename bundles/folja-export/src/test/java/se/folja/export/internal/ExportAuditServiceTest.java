package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.folja.api.FieldError;
import se.folja.api.Page;
import se.folja.api.ValidationException;
import se.folja.store.spi.ExportAuditStore;

class ExportAuditServiceTest {

    private final List<String> asked = new ArrayList<>();
    private final ExportAuditService audit = new ExportAuditService(ExportServiceTest.only(ExportAuditStore.class,
            Map.of("list", a -> {
                asked.add(a[0] + "/" + a[1]);
                return new Page<>(List.of(), 0, (int) a[0], (int) a[1]);
            })));

    @Test
    void aBadPageNamesEveryBadFieldAndReadsNothing() {
        assertEquals(List.of(new FieldError("offset", "must be 0 or more"), new FieldError("limit", "must be 1-1000")),
                assertThrows(ValidationException.class, () -> audit.list(-1, 0)).errors());
        assertEquals(List.of(new FieldError("limit", "must be 1-1000")),
                assertThrows(ValidationException.class, () -> audit.list(0, 1001)).errors());
        assertEquals(List.of(), asked);
        audit.list(0, 1000);
        assertEquals(List.of("0/1000"), asked);
    }
}
