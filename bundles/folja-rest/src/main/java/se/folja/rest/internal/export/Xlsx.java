package se.folja.rest.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An export as an XLSX workbook, written as it goes (fastexcel): the rows in a sheet (and further sheets past
 * Excel's 1,048,576 rows), then a sheet {@code metadata} with the export's parameters and versions. Numbers are
 * numbers, so no decimal comma is needed.
 */
final class Xlsx {

    /** Excel's last row, counted from 0, leaving the header. */
    static final int ROWS_PER_SHEET = 1_048_575;
    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final String name;
    private final List<String> header;
    private Worksheet sheet;
    private int sheets;
    private int row;

    Xlsx(OutputStream out, String name, List<String> header) {
        this.workbook = new Workbook(out, "Följa", "1.0");
        this.name = name;
        this.header = List.copyOf(header);
        newSheet();
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? name : name + " (" + sheets + ")");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        row = 1;
    }

    /** Writes a row: strings as text, numbers as numbers, booleans as booleans, nulls as empty cells. */
    void row(List<?> values) throws IOException {
        if (row > ROWS_PER_SHEET) {
            sheet.finish();
            newSheet();
        }
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v instanceof Boolean b) {
                sheet.value(row, c, b);
            } else if (v != null) {
                sheet.value(row, c, v.toString());
            }
        }
        if (++row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /** Finishes the rows, writes the metadata sheet and the workbook's end. */
    void finish(Map<String, String> metadata) throws IOException {
        sheet.finish();
        Worksheet meta = workbook.newWorksheet("metadata");
        int r = 0;
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            meta.value(r, 0, e.getKey());
            meta.value(r, 1, e.getValue());
            r++;
        }
        meta.finish();
        workbook.finish();
    }
}
