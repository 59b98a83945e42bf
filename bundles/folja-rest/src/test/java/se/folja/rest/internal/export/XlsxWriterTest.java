package se.folja.rest.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

/** The workbook an export writes: its rows in a sheet of their own, typed cells, and a metadata sheet. */
class XlsxWriterTest {

    private final XlsxWriter writer = new XlsxWriter();

    /** @return the workbook's entries, read through the central directory (see docs/stack-pitfalls.md) */
    static Map<String, String> entries(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, workbook);
            Map<String, String> entries = new TreeMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : zip.stream().toList()) {
                    entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
            return entries;
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aSmallTableIsASheetOfTypedCellsAndAMetadataSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(CsvWriterTest.small(true), ExportTable.class, ExportTable.class, new Annotation[0],
                MediaType.valueOf(XlsxWriter.MEDIA_TYPE), new MultivaluedHashMap<>(), out);

        Map<String, String> entries = entries(out.toByteArray());
        assertTrue(entries.get("xl/workbook.xml").contains("<sheet name=\"test\""), entries.get("xl/workbook.xml"));
        assertTrue(entries.get("xl/workbook.xml").contains("<sheet name=\"metadata\""));
        String strings = entries.get("xl/sharedStrings.xml");
        for (String text : List.of("text", "count", "share", "suppressed", "Samh&#xe4;llsgemenskap, socialt",
                "s&#xe4;ger &quot;nej&quot;", "kind", "parameter.unit", "BS-1")) {
            assertTrue(strings.contains(">" + text + "<"), text + " in " + strings);
        }
        String rows = entries.get("xl/worksheets/sheet1.xml");
        // numbers and booleans are cells of their type (no decimal comma, whatever forExcel says); null is no cell
        assertTrue(rows.contains("<c r=\"B2\" t=\"n\"><v>40</v></c><c r=\"C2\" t=\"n\"><v>0.5</v></c>"
                + "<c r=\"D2\" t=\"b\"><v>0</v></c>"), rows);
        assertTrue(rows.contains("<c r=\"D3\" t=\"b\"><v>1</v></c>"), rows);
        assertTrue(rows.contains("<row r=\"4\"><c r=\"B4\" t=\"n\"><v>7</v></c></row>"), rows);
        assertTrue(rows.contains("<c r=\"C5\" t=\"n\"><v>12.25</v></c>"), rows);
        assertFalse(rows.contains("r=\"A6\""), "four rows and the header");
        String metadata = entries.get("xl/worksheets/sheet2.xml");
        assertTrue(metadata.contains("<row r=\"2\">") && !metadata.contains("<row r=\"3\">"), metadata);
    }

    @Test
    void metadataKeepsItsOrder() throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("kind", "k");
        metadata.put("generatedAt", "2026-11-02T08:00:00Z");
        metadata.put("version.lifeAreas", "2021.1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(new ExportTable("rows", List.of("a"), metadata, sink -> sink.row("x"), false), out);

        String strings = entries(out.toByteArray()).get("xl/sharedStrings.xml");
        assertTrue(strings.indexOf(">kind<") < strings.indexOf(">generatedAt<")
                && strings.indexOf(">generatedAt<") < strings.indexOf(">version.lifeAreas<"), strings);
    }

    @Test
    void itWritesExportTablesAsXlsxOnly() {
        MediaType xlsx = MediaType.valueOf(XlsxWriter.MEDIA_TYPE);
        assertTrue(writer.isWriteable(ExportTable.class, ExportTable.class, null, xlsx));
        assertFalse(writer.isWriteable(ExportTable.class, ExportTable.class, null, MediaType.valueOf(CsvWriter.UTF_8)));
        assertFalse(writer.isWriteable(ExportTable.class, ExportTable.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(byte[].class, byte[].class, null, xlsx));
        assertEquals(-1, writer.getSize(null, ExportTable.class, ExportTable.class, null, xlsx));
    }
}
