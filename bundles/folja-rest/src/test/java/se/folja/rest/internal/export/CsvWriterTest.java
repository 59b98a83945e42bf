package se.folja.rest.internal.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import se.folja.api.export.AggregateRow;
import se.folja.api.export.AggregateTable;
import se.folja.api.export.Dimension;

/** The CSV an export writes, byte for byte: plain for R and pandas, or for a Swedish Excel. */
class CsvWriterTest {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvWriter writer = new CsvWriter();

    /** @return the table as the writer puts it on the wire */
    byte[] bytes(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(table, ExportTable.class, ExportTable.class, new java.lang.annotation.Annotation[0],
                MediaType.valueOf(CsvWriter.UTF_8), new MultivaluedHashMap<>(), out);
        return out.toByteArray();
    }

    byte[] aggregate(boolean excel) throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", "2026-09-01");
        parameters.put("unit", "BOSTOD_SÖDER");
        AggregateTable table = new AggregateTable(List.of(Dimension.UNIT), parameters,
                Instant.parse("2026-11-02T08:00:00Z"), 5, Map.of("lifeAreas", "2021.1"), List.of(
                        new AggregateRow(List.of("BOSTOD_SÖDER"), 140L, 40L, 792L, 0.1768, 3L, false)));
        return bytes(ExportTables.aggregate(table).forExcel(excel));
    }

    /** A small table with what CSV must quote, an empty first value, and every kind of value. */
    static ExportTable small(boolean excel) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("kind", "test");
        metadata.put("parameter.unit", "BS-1");
        return new ExportTable("test", List.of("text", "count", "share", "suppressed"), metadata, sink -> {
            sink.row("Samhällsgemenskap, socialt", 40L, 0.5, false);
            sink.row("säger \"nej\"", null, 1.0E-5, true);
            sink.row(null, 7, null, null);
            sink.row("två\nrader", 0L, 12.25, false);
        }, excel);
    }

    @Test
    void excelsCsvIsUtf8WithAByteOrderMarkSemicolonsAndDecimalCommasAndNoSepLine() throws IOException {
        byte[] bytes = aggregate(true);
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), "Excel reads UTF-8 only after a byte order mark");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("# kind=non-delivery-aggregate", lines.get(0), "no sep= line: Excel ignores it after the mark");
        assertEquals("# parameter.unit=BOSTOD_SÖDER", lines.get(2));
        assertEquals("unit;nonDeliveries;clients;grantedSessions;rate;wholeWeeks;suppressed", lines.get(6));
        assertEquals("BOSTOD_SÖDER;140;40;792;0,1768;3;FALSE", lines.get(7));
    }

    @Test
    void plainCsvHasNoByteOrderMark() throws IOException {
        String text = new String(aggregate(false), StandardCharsets.UTF_8);
        assertEquals("# kind=non-delivery-aggregate", text.lines().findFirst().orElseThrow());
        assertFalse(text.contains("\uFEFF"));
        assertEquals("BOSTOD_SÖDER,140,40,792,0.1768,3,FALSE", text.lines().toList().get(7));
    }

    @Test
    void plainCsvQuotesWhatRfc4180SaysAndWritesBooleansInCapitalsAndDecimalsPlain() throws IOException {
        assertEquals("# kind=test\r\n"
                + "# parameter.unit=BS-1\r\n"
                + "text,count,share,suppressed\r\n"
                + "\"Samhällsgemenskap, socialt\",40,0.5,FALSE\r\n"
                + "\"säger \"\"nej\"\"\",,0.000010,TRUE\r\n"
                + ",7,,\r\n"
                + "\"två\nrader\",0,12.25,FALSE\r\n", new String(bytes(small(false)), StandardCharsets.UTF_8));
    }

    @Test
    void excelsCsvNeedsNoQuotesForACommaButForASemicolon() throws IOException {
        byte[] bytes = bytes(small(true));
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
        assertEquals("# kind=test\r\n"
                + "# parameter.unit=BS-1\r\n"
                + "text;count;share;suppressed\r\n"
                + "Samhällsgemenskap, socialt;40;0,5;FALSE\r\n"
                + "\"säger \"\"nej\"\"\";;0,000010;TRUE\r\n"
                + ";7;;\r\n"
                + "\"två\nrader\";0;12,25;FALSE\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void rowsAreWrittenAsTheyComeNotGatheredFirst() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> writtenBeforeEachRow = new ArrayList<>();
        ExportTable table = new ExportTable("rows", List.of("n", "text"), Map.of("kind", "rows"), sink -> {
            for (int i = 0; i < 5_000; i++) {
                writtenBeforeEachRow.add(out.size());
                sink.row(i, "rad nummer " + i + " med lite text");
            }
        }, false);
        writer.writeTo(table, ExportTable.class, ExportTable.class, new java.lang.annotation.Annotation[0],
                MediaType.valueOf(CsvWriter.UTF_8), new MultivaluedHashMap<>(), out);

        assertTrue(writtenBeforeEachRow.get(4_999) > Utf8ChunkWriter.CHUNK,
                "bytes had reached the client before the last row was produced");
        assertTrue(new String(out.toByteArray(), StandardCharsets.UTF_8).endsWith("4999,rad nummer 4999 med lite text\r\n"));
    }

    @Test
    void itWritesExportTablesAsCsvOnly() {
        MediaType csv = MediaType.valueOf(CsvWriter.UTF_8);
        assertTrue(writer.isWriteable(ExportTable.class, ExportTable.class, null, csv));
        assertFalse(writer.isWriteable(ExportTable.class, ExportTable.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(ExportTable.class, ExportTable.class, null,
                MediaType.valueOf(XlsxWriter.MEDIA_TYPE)));
        assertFalse(writer.isWriteable(String.class, String.class, null, csv));
    }
}
