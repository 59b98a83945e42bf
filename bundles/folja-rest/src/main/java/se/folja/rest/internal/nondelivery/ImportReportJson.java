package se.folja.rest.internal.nondelivery;

import java.util.List;

import se.folja.api.FieldError;
import se.folja.api.nondelivery.ImportOutcome;
import se.folja.api.nondelivery.ImportReport;
import se.folja.api.nondelivery.ImportedRow;

/**
 * The report of an import of historical registrations: counts, and every row's outcome in file order. Errors name
 * the field and the rule, never a value of the file.
 */
public record ImportReportJson(int imported, int alreadyImported, int refused, List<Row> rows) {

    /** One row: its line in the file, its outcome, its registration's id (null when refused), why refused. */
    public record Row(long row, ImportOutcome outcome, Long registration, List<FieldError> errors) {
    }

    static ImportReportJson of(ImportReport report) {
        return new ImportReportJson(report.imported(), report.alreadyImported(), report.refused(),
                report.rows().stream().map(ImportReportJson::row).toList());
    }

    private static Row row(ImportedRow r) {
        return new Row(r.row(), r.outcome(), r.registration(), r.errors());
    }

    @Override
    public String toString() {
        return "ImportReportJson[imported=" + imported + ", alreadyImported=" + alreadyImported + ", refused="
                + refused + "]";
    }
}
