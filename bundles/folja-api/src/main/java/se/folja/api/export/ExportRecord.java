package se.folja.api.export;

import java.time.Instant;
import java.util.Objects;

/**
 * One export, as the audit keeps it: who, when, what with which parameters, how many rows, which suppression.
 *
 * @param id Följa's number
 * @param exportedBy login name
 * @param exportedAt when
 * @param kind what was exported, e.g. {@code life-areas}
 * @param parameters the request's parameters, e.g. {@code from=2026-09-01&to=2026-10-31} (never personal data)
 * @param rows rows handed out
 * @param suppressionK the smallest count shown
 * @since 1.0.0
 */
public record ExportRecord(long id, String exportedBy, Instant exportedAt, String kind, String parameters, long rows,
        int suppressionK) {

    public ExportRecord {
        Objects.requireNonNull(exportedBy, "exportedBy");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parameters, "parameters");
    }
}
