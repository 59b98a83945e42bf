package se.folja.rest.internal.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.folja.api.export.AggregateRow;
import se.folja.api.export.AggregateTable;
import se.folja.api.export.Dimension;

/** The CSV an export writes, byte for byte at its start: plain for R and pandas, or for a Swedish Excel. */
class ExportWritersTest {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static byte[] aggregate(boolean excel) throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", "2026-09-01");
        parameters.put("unit", "BOSTOD_SÖDER");
        AggregateTable table = new AggregateTable(List.of(Dimension.UNIT), parameters,
                Instant.parse("2026-11-02T08:00:00Z"), 5, Map.of("lifeAreas", "2021.1"), List.of(
                        new AggregateRow(List.of("BOSTOD_SÖDER"), 140L, 40L, 792L, 0.1768, 3L, false)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8ChunkWriter writer = new Utf8ChunkWriter(out);
        ExportWriters.aggregate(writer, table, excel);
        writer.flush();
        return out.toByteArray();
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
}
