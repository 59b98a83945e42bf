package se.folja.rest.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import javax.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.RecordExport;
import se.folja.rest.internal.json.JsonProvider;

/**
 * The record export as JSON, written through Jackson's streaming generator while its rows are read:
 * {@code {kind, parameters, generatedAt, pseudonymKeyId, versions, rows: [...]}}, lifeAreas as an array.
 */
final class NonDeliveryRecordsJson implements StreamingOutput {

    private final PreparedExport<NonDeliveryExportRow> prepared;

    NonDeliveryRecordsJson(PreparedExport<NonDeliveryExportRow> prepared) {
        this.prepared = prepared;
    }

    @Override
    public void write(OutputStream out) throws IOException {
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
}
