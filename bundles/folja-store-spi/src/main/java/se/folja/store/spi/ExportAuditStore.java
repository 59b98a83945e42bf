package se.folja.store.spi;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Page;
import se.folja.api.export.ExportRecord;

/**
 * Persistence of the export audit.
 *
 * @since 1.0.0
 */
@ProviderType
public interface ExportAuditStore {

    /** Stores a record; the given id is ignored. */
    ExportRecord insert(ExportRecord record);

    /** @return newest first */
    Page<ExportRecord> list(int offset, int limit);
}
