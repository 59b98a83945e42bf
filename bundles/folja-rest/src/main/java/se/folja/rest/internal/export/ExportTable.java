package se.folja.rest.internal.export;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An export as a table: the entity an export resource answers with in CSV or XLSX, written by {@link CsvWriter}
 * or {@link XlsxWriter} as its rows come — the rows of a record export are read from the database while they are
 * written, and never held. A value is a string, a whole number, a decimal ({@link Double}), a boolean, or null for
 * an empty cell; each writer renders them its way (CSV: {@code TRUE}/{@code FALSE}, a decimal comma for Swedish
 * Excel; XLSX: numbers and booleans as such).
 *
 * @param sheet the name of the rows' sheet in a workbook, e.g. {@code life-areas}
 * @param header the columns' names
 * @param metadata what the export is (kind, parameters, generation time, versions…), in order: CSV writes it as
 *        {@code # key=value} lines before the header, XLSX as a sheet {@code metadata}
 * @param rows the rows, handed to a sink one at a time
 * @param forExcel as CSV, for a Swedish Excel: a UTF-8 byte order mark, semicolons and decimal commas (XLSX needs
 *        none of it)
 */
public record ExportTable(String sheet, List<String> header, Map<String, String> metadata, Rows rows,
        boolean forExcel) {

    public ExportTable {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(rows, "rows");
        header = List.copyOf(header);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** @return this table, as CSV for a Swedish Excel if {@code excel} */
    public ExportTable forExcel(boolean excel) {
        return new ExportTable(sheet, header, metadata, rows, excel);
    }

    /** The rows of a table, produced on demand: a record export reads them from the database as they are written. */
    @FunctionalInterface
    public interface Rows {

        /** Hands every row to the sink, in order. */
        void writeTo(Sink sink) throws IOException;
    }

    /** Takes one row at a time, its values in the header's order; the sink may change the array it is given. */
    @FunctionalInterface
    public interface Sink {

        void row(Object... values) throws IOException;
    }
}
