package se.folja.api.nondelivery;

import java.util.List;

/**
 * The report of an import of historical registrations: counts, and the outcome of every row in file order.
 *
 * @param imported rows stored as new registrations
 * @param alreadyImported rows stored already by an earlier import: nothing stored again
 * @param refused rows refused, each with its reasons: nothing of them stored
 * @param rows every row's outcome, in file order
 * @since 1.1.0
 */
public record ImportReport(int imported, int alreadyImported, int refused, List<ImportedRow> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }
}
