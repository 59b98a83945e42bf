package se.folja.rest.internal.export;

import java.time.Instant;

import se.folja.api.export.ExportRecord;

/** One export as the audit keeps it. */
public record ExportRecordJson(long id, String exportedBy, Instant exportedAt, String kind, String parameters,
        long rows, int suppressionK) {

    static ExportRecordJson of(ExportRecord r) {
        return new ExportRecordJson(r.id(), r.exportedBy(), r.exportedAt(), r.kind(), r.parameters(), r.rows(),
                r.suppressionK());
    }
}
