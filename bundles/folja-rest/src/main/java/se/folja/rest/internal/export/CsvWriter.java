package se.folja.rest.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import se.folja.rest.internal.FoljaApplication;

/**
 * Writes an {@link ExportTable} as CSV (RFC 4180, UTF-8) through Commons CSV into an unsynchronised UTF-8 chunk
 * writer, row by row as the table hands them over: its metadata as {@code # key=value} lines, the header, the rows.
 * Booleans are {@code TRUE}/{@code FALSE}, decimals plain, nulls empty. For Swedish Excel
 * ({@link ExportTable#forExcel()}) the CSV starts with a UTF-8 byte order mark — without it Excel reads UTF-8 as
 * Windows-1252 and å, ä, ö break — and uses semicolons and decimal commas, which a Swedish Excel takes from its list
 * separator and decimal symbol. No {@code sep=;} line: Excel ignores it after a byte order mark, and every other
 * reader would take it for data.
 */
@Component(service = MessageBodyWriter.class)
@JaxrsExtension
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JaxrsMediaType(CsvWriter.MEDIA_TYPE)
@Produces(CsvWriter.MEDIA_TYPE)
public final class CsvWriter implements MessageBodyWriter<ExportTable> {

    public static final String MEDIA_TYPE = "text/csv";
    /** What an export's CSV is answered as. */
    public static final String UTF_8 = MEDIA_TYPE + "; charset=UTF-8";
    /** The byte order mark that tells Excel the CSV is UTF-8. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final MediaType CSV = MediaType.valueOf(MEDIA_TYPE);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ExportTable.class.isAssignableFrom(type) && CSV.isCompatible(mediaType);
    }

    @Override
    public void writeTo(ExportTable table, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        write(table, new Utf8ChunkWriter(out));
    }

    /** Writes the table and flushes the writer; does not close it (the container closes the stream). */
    static void write(ExportTable table, Writer writer) throws IOException {
        boolean excel = table.forExcel();
        if (excel) {
            writer.write(BYTE_ORDER_MARK);
        }
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(excel ? ';' : ',')
                .setCommentMarker('#').get());
        for (Map.Entry<String, String> m : table.metadata().entrySet()) {
            printer.printComment(m.getKey() + "=" + m.getValue());
        }
        printer.printRecord(table.header());
        table.rows().writeTo(values -> {
            for (int i = 0; i < values.length; i++) {
                values[i] = text(values[i], excel);
            }
            printer.printRecord(values);
        });
        printer.flush();
    }

    /** @return a value as CSV prints it: booleans in capitals, decimals plain (with a comma for Swedish Excel) */
    private static Object text(Object value, boolean excel) {
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof Double d) {
            return decimal(d, excel);
        }
        return value;
    }

    /** A decimal as text: plain, with a decimal comma for Swedish Excel. */
    static String decimal(double value, boolean excel) {
        String text = BigDecimal.valueOf(value).toPlainString();
        return excel ? text.replace('.', ',') : text;
    }

    @Override
    public long getSize(ExportTable table, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType) {
        return -1;
    }
}
