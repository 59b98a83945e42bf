package se.folja.export.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Page;
import se.folja.api.ValidationException;
import se.folja.api.export.ExportAudit;
import se.folja.api.export.ExportRecord;
import se.folja.store.spi.ExportAuditStore;

/** The export audit: a row per export in the database, and a line in the audit log. */
@Component(service = ExportAudit.class)
public final class ExportAuditService implements ExportAudit {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");
    static final int MAX_LIMIT = 1000;

    private final ExportAuditStore store;

    @Activate
    public ExportAuditService(@Reference ExportAuditStore store) {
        this.store = store;
    }

    @Override
    public ExportRecord record(ExportRecord export) {
        ExportRecord stored = store.insert(export);
        AUDIT.info("export {} {} rows={} k={}", stored.id(), stored.kind(), stored.rows(), stored.suppressionK());
        return stored;
    }

    @Override
    public Page<ExportRecord> list(int offset, int limit) {
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(offset >= 0, "offset", "must be 0 or more");
        errors.check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1-" + MAX_LIMIT);
        errors.throwIfAny();
        return store.list(offset, limit);
    }
}
