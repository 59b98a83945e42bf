package se.folja.api.nondelivery;

import java.util.List;
import java.util.Objects;

import se.folja.api.FieldError;

/**
 * The outcome of one row of an import. The errors name fields and rules, never a value of the row.
 *
 * @param row the row's line number in the file (the header of a CSV file is line 1)
 * @param outcome what became of it
 * @param registration the id of the registration it is stored as (new or earlier); null when refused
 * @param errors why it was refused; empty otherwise
 * @since 1.1.0
 */
public record ImportedRow(long row, ImportOutcome outcome, Long registration, List<FieldError> errors) {

    public ImportedRow {
        Objects.requireNonNull(outcome, "outcome");
        errors = List.copyOf(errors);
    }
}
