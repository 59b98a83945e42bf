package se.folja.rest.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import se.folja.api.export.PreparedExport;
import se.folja.api.export.PreparedResponseExport;
import se.folja.api.export.QuestionColumn;
import se.folja.api.export.RecordExport;
import se.folja.api.export.ScaleChangeRow;
import se.folja.rest.internal.json.JsonProvider;

/**
 * A follow-up record export as JSON, written through Jackson's streaming generator while its rows are read:
 * {@code {kind, parameters, generatedAt, pseudonymKeyId, versions, [questions,] rows: [...]}}. A response's answers
 * are an object by linkId (unanswered questions left out), so that no linkId meets a fixed field's name.
 */
abstract class FollowUpRecordsJson implements StreamingOutput {

    private final RecordExport export;

    FollowUpRecordsJson(RecordExport export) {
        this.export = export;
    }

    /** The scale-change records. */
    static FollowUpRecordsJson scaleChange(PreparedExport<ScaleChangeRow> prepared) {
        return new FollowUpRecordsJson(prepared.export()) {
            @Override
            void rows(JsonGenerator json) throws IOException {
                prepared.writeTo(row -> {
                    json.writeStartObject();
                    json.writeStringField("client", row.client());
                    json.writeStringField("unit", row.unit());
                    json.writeStringField("gender", row.gender());
                    json.writeStringField("ageBand", row.ageBand());
                    json.writeNumberField("measurements", row.measurements());
                    json.writeStringField("firstMonth", row.firstMonth());
                    json.writeStringField("latestMonth", row.latestMonth());
                    // the totals exactly as summed, 16 not 16.0
                    json.writeNumberField("first", row.first());
                    json.writeNumberField("latest", row.latest());
                    json.writeNumberField("change", row.change());
                    json.writeStringField("outcome", row.outcome().name());
                    json.writeBooleanField("recovered", row.recovered());
                    json.writeEndObject();
                });
            }
        };
    }

    /** The response records. */
    static FollowUpRecordsJson responses(PreparedResponseExport prepared) {
        List<QuestionColumn> questions = prepared.questions();
        return new FollowUpRecordsJson(prepared.export()) {
            @Override
            void header(JsonGenerator json) throws IOException {
                json.writeArrayFieldStart("questions");
                for (QuestionColumn q : questions) {
                    json.writeStartObject();
                    json.writeStringField("linkId", q.linkId());
                    json.writeStringField("type", q.type().name());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }

            @Override
            void rows(JsonGenerator json) throws IOException {
                int fixed = FollowUpExportTables.RESPONSE_COLUMNS.size();
                prepared.writeTo(row -> {
                    Object[] values = FollowUpExportTables.values(row, questions);
                    json.writeStartObject();
                    for (int i = 0; i < fixed; i++) {
                        write(json, FollowUpExportTables.RESPONSE_COLUMNS.get(i), values[i]);
                    }
                    json.writeObjectFieldStart("answers");
                    for (int i = 0; i < questions.size(); i++) {
                        if (values[fixed + i] != null) {
                            write(json, questions.get(i).linkId(), values[fixed + i]);
                        }
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                });
            }
        };
    }

    /** Writes what comes before the rows besides the metadata. */
    void header(JsonGenerator json) throws IOException {
        // nothing by default
    }

    /** Writes the rows, each an object, as they are read. */
    abstract void rows(JsonGenerator json) throws IOException;

    @Override
    public void write(OutputStream out) throws IOException {
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
            header(json);
            json.writeArrayFieldStart("rows");
            rows(json);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Writes a field of a string, whole number, decimal or boolean; null leaves it out. */
    static void write(JsonGenerator json, String name, Object value) throws IOException {
        if (value == null) {
            return;
        }
        json.writeFieldName(name);
        if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Double d) {
            json.writeNumber(java.math.BigDecimal.valueOf(d));
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(value.toString());
        }
    }
}
