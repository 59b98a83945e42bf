package se.folja.rest.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class Utf8ChunkWriterTest {

    @Test
    void writesWhatItIsGivenAsUtf8AcrossChunksWithoutSplittingACharacter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder();
        Utf8ChunkWriter writer = new Utf8ChunkWriter(out);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        for (int i = 0; i < 20_000; i++) {
            // Swedish letters, a quote, a separator and a character outside the BMP (a surrogate pair)
            String text = "Hemliv åäö " + i + (i % 7 == 0 ? " \"citat\", 𝄞" : "");
            printer.printRecord(i, text);
            expected.append(i).append(',').append(text.contains("\"") || text.contains(",")
                    ? "\"" + text.replace("\"", "\"\"") + "\"" : text).append("\r\n");
        }
        writer.write('x');
        writer.append("yz", 0, 1);
        expected.append("xy");
        assertTrue(out.size() > Utf8ChunkWriter.CHUNK, "chunks were written before the end");
        printer.flush();
        assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
    }
}
