package se.folja.rest.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import se.folja.rest.internal.FoljaApplication;

/**
 * Writes an {@link ExportTable} as an XLSX workbook, streamed by fastexcel ({@link Xlsx}) as the table hands its
 * rows over: the rows in a sheet named after the table (further sheets past Excel's last row), then a sheet
 * {@code metadata}. Numbers and booleans are cells of their type, so no decimal comma is needed.
 */
@Component(service = MessageBodyWriter.class)
@JaxrsExtension
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JaxrsMediaType(XlsxWriter.MEDIA_TYPE)
@Produces(XlsxWriter.MEDIA_TYPE)
public final class XlsxWriter implements MessageBodyWriter<ExportTable> {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final MediaType XLSX = MediaType.valueOf(MEDIA_TYPE);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ExportTable.class.isAssignableFrom(type) && XLSX.isCompatible(mediaType);
    }

    @Override
    public void writeTo(ExportTable table, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        write(table, out);
    }

    /** Writes the whole workbook. */
    static void write(ExportTable table, OutputStream out) throws IOException {
        Xlsx xlsx = new Xlsx(out, table.sheet(), table.header());
        table.rows().writeTo(values -> xlsx.row(Arrays.asList(values)));
        xlsx.finish(table.metadata());
    }

    @Override
    public long getSize(ExportTable table, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType) {
        return -1;
    }
}
