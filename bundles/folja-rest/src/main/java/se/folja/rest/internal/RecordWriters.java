package se.folja.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.RecordExport;

/**
 * Record exports written as they are read: JSON through Jackson's streaming generator, CSV through Commons CSV.
 * Neither holds more than one row.
 */
final class RecordWriters {

    static final String[] COLUMNS = {"client", "gender", "ageBand", "unit", "interventionType", "reason",
        "initiator", "isoWeek", "lifeAreas"};

    private RecordWriters() {
    }

    /** {@code {kind, parameters, generatedAt, pseudonymKeyId, versions, rows: [...]}}; lifeAreas as an array. */
    static void json(OutputStream out, PreparedExport<NonDeliveryExportRow> prepared) throws IOException {
        RecordExport export = prepared.export();
        try (JsonGenerator json = JsonProvider.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("kind", export.kind());
            json.writeObjectFieldStart("parameters");
            for (Map.Entry<String, String> p : export.parameters().entrySet()) {
                json.writeStringField(p.getKey(), p.getValue());
            }
            json.writeEndObject();
            json.writeStringField("generatedAt", export.generatedAt().toString());
            json.writeStringField("pseudonymKeyId", export.pseudonymKeyId());
            json.writeObjectFieldStart("versions");
            for (Map.Entry<String, String> v : export.versions().entrySet()) {
                json.writeStringField(v.getKey(), v.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("rows");
            prepared.writeTo(row -> {
                json.writeStartObject();
                json.writeStringField("client", row.client());
                json.writeStringField("gender", row.gender());
                json.writeStringField("ageBand", row.ageBand());
                json.writeStringField("unit", row.unit());
                json.writeStringField("interventionType", row.interventionType());
                json.writeStringField("reason", row.reason());
                json.writeStringField("initiator", row.initiator());
                json.writeStringField("isoWeek", row.isoWeek());
                json.writeArrayFieldStart("lifeAreas");
                for (String area : row.lifeAreas()) {
                    json.writeString(area);
                }
                json.writeEndArray();
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Metadata as {@code #} lines, a header, a row per non-delivery; lifeAreas joined with {@code |}. */
    static void csv(Writer writer, PreparedExport<NonDeliveryExportRow> prepared, boolean excel) throws IOException {
        RecordExport export = prepared.export();
        if (excel) {
            writer.write("sep=;\r\n");
        }
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(excel ? ';' : ',')
                .setCommentMarker('#').get());
        printer.printComment("kind=" + export.kind());
        for (Map.Entry<String, String> p : export.parameters().entrySet()) {
            printer.printComment("parameter." + p.getKey() + "=" + p.getValue());
        }
        printer.printComment("generatedAt=" + export.generatedAt());
        printer.printComment("pseudonymKeyId=" + export.pseudonymKeyId());
        for (Map.Entry<String, String> v : export.versions().entrySet()) {
            printer.printComment("version." + v.getKey() + "=" + v.getValue());
        }
        printer.printRecord((Object[]) COLUMNS);
        prepared.writeTo(row -> printer.printRecord(row.client(), row.gender(), row.ageBand(), row.unit(),
                row.interventionType(), row.reason(), row.initiator(), row.isoWeek(), String.join("|", row.lifeAreas())));
        printer.flush();
    }
}
