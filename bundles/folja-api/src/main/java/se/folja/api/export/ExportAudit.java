package se.folja.api.export;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Page;
import se.folja.api.ValidationException;

/**
 * The audit of exports: every export is recorded before its rows leave, and administrators read the record.
 *
 * @since 1.0.0
 */
@ProviderType
public interface ExportAudit {

    /** Records an export; the given id is ignored. */
    ExportRecord record(ExportRecord export);

    /**
     * @return newest first
     * @throws ValidationException naming {@code offset} or {@code limit} if out of range
     */
    Page<ExportRecord> list(int offset, int limit);
}
