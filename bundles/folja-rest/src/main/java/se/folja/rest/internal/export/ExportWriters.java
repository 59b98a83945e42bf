package se.folja.rest.internal.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import se.folja.api.export.AggregateRow;
import se.folja.api.export.AggregateTable;
import se.folja.api.export.Cell;
import se.folja.api.export.Dimension;
import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.RecordExport;
import se.folja.api.export.RankedCount;
import se.folja.api.export.Summary;
import se.folja.api.export.SuppressedTable;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.rest.internal.json.JsonProvider;

/**
 * Exports written as they are read: JSON through Jackson's streaming generator, CSV through Commons CSV (metadata
 * as {@code #} lines: R {@code comment = "#"}, pandas {@code comment="#"}). For Swedish Excel ({@code excel}) the CSV
 * starts with a UTF-8 byte order mark — without it Excel reads UTF-8 as Windows-1252 and å, ä, ö break — and uses
 * semicolons and decimal commas, which a Swedish Excel takes from its list separator and decimal symbol. No
 * {@code sep=;} line: Excel ignores it after a byte order mark, and every other reader would take it for data. A
 * record export holds no more than one row.
 */
final class ExportWriters {

    static final String[] COLUMNS = {"client", "gender", "ageBand", "unit", "interventionType", "reason",
        "initiator", "isoWeek", "lifeAreas"};

    private ExportWriters() {
    }

    /** The byte order mark that tells Excel the CSV is UTF-8. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    /** @return a printer that has written the export's metadata; not closed: the container closes the stream */
    static CSVPrinter csv(Writer writer, boolean excel, String kind, Map<String, String> parameters,
            Instant generatedAt, Map<String, String> more, Map<String, String> versions) throws IOException {
        if (excel) {
            writer.write(BYTE_ORDER_MARK);
        }
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(excel ? ';' : ',')
                .setCommentMarker('#').get());
        printer.printComment("kind=" + kind);
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            printer.printComment("parameter." + p.getKey() + "=" + p.getValue());
        }
        printer.printComment("generatedAt=" + generatedAt);
        for (Map.Entry<String, String> m : more.entrySet()) {
            printer.printComment(m.getKey() + "=" + m.getValue());
        }
        for (Map.Entry<String, String> v : versions.entrySet()) {
            printer.printComment("version." + v.getKey() + "=" + v.getValue());
        }
        return printer;
    }

    /** The life-area table: a row per cell, suppressed cells with empty counts and {@code suppressed} TRUE. */
    static void lifeAreas(Writer writer, SuppressedTable table, LifeAreaSet areas, boolean excel) throws IOException {
        CSVPrinter printer = csv(writer, excel, table.kind(), table.parameters(), table.generatedAt(),
                Map.of("suppressionK", Integer.toString(table.suppressionK())), table.versions());
        printer.printRecord("lifeArea", "labelSv", "labelEn", "unit", "clients", "cancellations", "suppressed");
        for (Cell cell : table.cells()) {
            LifeAreaExportJson.Row row = LifeAreaExportJson.row(cell, areas);
            printer.printRecord(row.lifeArea(), row.labelSv(), row.labelEn(), row.unit(),
                    row.clients() == null ? "" : row.clients(), row.cancellations() == null ? "" : row.cancellations(),
                    Boolean.toString(row.suppressed()).toUpperCase(Locale.ROOT));
        }
        printer.flush();
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

    /** A header and a row per non-delivery; lifeAreas joined with {@code |}. */
    static void csv(Writer writer, PreparedExport<NonDeliveryExportRow> prepared, boolean excel) throws IOException {
        RecordExport export = prepared.export();
        CSVPrinter printer = csv(writer, excel, export.kind(), export.parameters(), export.generatedAt(),
                Map.of("pseudonymKeyId", export.pseudonymKeyId()), export.versions());
        printer.printRecord((Object[]) COLUMNS);
        prepared.writeTo(row -> printer.printRecord(row.client(), row.gender(), row.ageBand(), row.unit(),
                row.interventionType(), row.reason(), row.initiator(), row.isoWeek(), String.join("|", row.lifeAreas())));
        printer.flush();
    }

    static final String[] MEASURES = {"nonDeliveries", "clients", "grantedSessions", "rate", "wholeWeeks",
        "suppressed"};

    /** The aggregate as JSON: its metadata and a row per cell, keyed by the dimensions' names. */
    static Map<String, Object> aggregateJson(AggregateTable table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "non-delivery-aggregate");
        json.put("dimensions", table.dimensions().stream().map(Dimension::parameter).toList());
        json.put("parameters", table.parameters());
        json.put("generatedAt", table.generatedAt().toString());
        json.put("suppressionK", table.suppressionK());
        json.put("versions", table.versions());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AggregateRow row : table.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            for (int d = 0; d < table.dimensions().size(); d++) {
                r.put(table.dimensions().get(d).parameter(), row.keys().get(d));
            }
            r.put("nonDeliveries", row.nonDeliveries());
            r.put("clients", row.clients());
            r.put("grantedSessions", row.grantedSessions());
            r.put("rate", row.rate());
            r.put("wholeWeeks", row.wholeWeeks());
            r.put("suppressed", row.suppressed());
            rows.add(r);
        }
        json.put("rows", rows);
        return json;
    }

    /** The aggregate as CSV: a column per dimension, then the measures; a decimal comma for Swedish Excel. */
    static void aggregate(Writer writer, AggregateTable table, boolean excel) throws IOException {
        CSVPrinter printer = csv(writer, excel, "non-delivery-aggregate", table.parameters(), table.generatedAt(),
                Map.of("suppressionK", Integer.toString(table.suppressionK())), table.versions());
        List<String> header = new ArrayList<>(table.dimensions().stream().map(Dimension::parameter).toList());
        header.addAll(List.of(MEASURES));
        printer.printRecord(header);
        for (AggregateRow row : table.rows()) {
            List<Object> record = new ArrayList<>(row.keys());
            record.add(row.nonDeliveries() == null ? "" : row.nonDeliveries());
            record.add(row.clients() == null ? "" : row.clients());
            record.add(row.grantedSessions() == null ? "" : row.grantedSessions());
            record.add(row.rate() == null ? "" : decimal(row.rate(), excel));
            record.add(row.wholeWeeks() == null ? "" : row.wholeWeeks());
            record.add(Boolean.toString(row.suppressed()).toUpperCase(Locale.ROOT));
            printer.printRecord(record);
        }
        printer.flush();
    }

    /** The metadata of an export as the XLSX sheet {@code metadata} lists it. */
    static Map<String, String> metadata(String kind, Map<String, String> parameters, Instant generatedAt,
            Map<String, String> more, Map<String, String> versions) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("kind", kind);
        parameters.forEach((k, v) -> metadata.put("parameter." + k, v));
        metadata.put("generatedAt", generatedAt.toString());
        metadata.putAll(more);
        versions.forEach((k, v) -> metadata.put("version." + k, v));
        return metadata;
    }

    static void lifeAreasXlsx(OutputStream out, SuppressedTable table, LifeAreaSet areas) throws IOException {
        Xlsx xlsx = new Xlsx(out, "life-areas", List.of("lifeArea", "labelSv", "labelEn", "unit", "clients",
                "cancellations", "suppressed"));
        for (Cell cell : table.cells()) {
            LifeAreaExportJson.Row row = LifeAreaExportJson.row(cell, areas);
            xlsx.row(Arrays.asList(row.lifeArea(), row.labelSv(), row.labelEn(), row.unit(), row.clients(),
                    row.cancellations(), row.suppressed()));
        }
        xlsx.finish(metadata(table.kind(), table.parameters(), table.generatedAt(),
                Map.of("suppressionK", Integer.toString(table.suppressionK())), table.versions()));
    }

    static void aggregateXlsx(OutputStream out, AggregateTable table) throws IOException {
        List<String> header = new ArrayList<>(table.dimensions().stream().map(Dimension::parameter).toList());
        header.addAll(List.of(MEASURES));
        Xlsx xlsx = new Xlsx(out, "aggregate", header);
        for (AggregateRow row : table.rows()) {
            List<Object> values = new ArrayList<>(row.keys());
            values.addAll(Arrays.asList(row.nonDeliveries(), row.clients(), row.grantedSessions(),
                    row.rate(), row.wholeWeeks(), row.suppressed()));
            xlsx.row(values);
        }
        xlsx.finish(metadata("non-delivery-aggregate", table.parameters(), table.generatedAt(),
                Map.of("suppressionK", Integer.toString(table.suppressionK())), table.versions()));
    }

    static void recordsXlsx(OutputStream out, PreparedExport<NonDeliveryExportRow> prepared) throws IOException {
        RecordExport export = prepared.export();
        Xlsx xlsx = new Xlsx(out, "non-deliveries", List.of(COLUMNS));
        prepared.writeTo(row -> xlsx.row(List.of(row.client(), row.gender(), row.ageBand(), row.unit(),
                row.interventionType(), row.reason(), row.initiator(), row.isoWeek(), String.join("|", row.lifeAreas()))));
        xlsx.finish(metadata(export.kind(), export.parameters(), export.generatedAt(),
                Map.of("pseudonymKeyId", export.pseudonymKeyId()), export.versions()));
    }

    static final List<String> SUMMARY_COLUMNS = List.of("section", "code", "labelSv", "value", "cancellations",
            "clients", "suppressed");

    /** Kalmar's table in long form: the totals (section {@code total}), then the reasons and the life areas. */
    static List<List<Object>> summaryRows(Summary s) {
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("clients", s.clients());
        totals.put("women", s.women());
        totals.put("men", s.men());
        totals.put("grantedSessions", s.grantedSessions());
        totals.put("grantedSessionsPerWeek", Math.round(s.grantedSessionsPerWeek() * 100) / 100.0);
        totals.put("cancellations", s.cancellations());
        totals.put("cancellingClients", s.cancellingClients());
        totals.put("shareOfGrantedSessions", s.shareOfGrantedSessions());
        totals.forEach((code, value) -> rows.add(Arrays.asList("total", code, null, value, null, null,
                value == null)));
        for (RankedCount r : s.reasons()) {
            rows.add(Arrays.asList("reason", r.code(), r.labelSv(), null, r.events(), r.individuals(), r.suppressed()));
        }
        for (RankedCount r : s.lifeAreas()) {
            rows.add(Arrays.asList("lifeArea", r.code(), r.labelSv(), null, r.events(), r.individuals(),
                    r.suppressed()));
        }
        return rows;
    }

    static Map<String, String> summaryMetadata(Summary s) {
        Map<String, String> more = new LinkedHashMap<>();
        more.put("suppressionK", Integer.toString(s.suppressionK()));
        more.put("fromWeek", s.fromWeek().toString());
        more.put("toWeek", s.toWeek().toString());
        return more;
    }

    static void summaryCsv(Writer writer, Summary s, boolean excel) throws IOException {
        CSVPrinter printer = csv(writer, excel, "summary", s.parameters(), s.generatedAt(), summaryMetadata(s),
                s.versions());
        printer.printRecord(SUMMARY_COLUMNS);
        for (List<Object> row : summaryRows(s)) {
            List<Object> cells = new ArrayList<>();
            for (Object v : row) {
                cells.add(v == null ? "" : v instanceof Double d ? decimal(d, excel)
                        : v instanceof Boolean b ? Boolean.toString(b).toUpperCase(Locale.ROOT) : v);
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    static void summaryXlsx(OutputStream out, Summary s) throws IOException {
        Xlsx xlsx = new Xlsx(out, "summary", SUMMARY_COLUMNS);
        for (List<Object> row : summaryRows(s)) {
            xlsx.row(row);
        }
        xlsx.finish(metadata("summary", s.parameters(), s.generatedAt(), summaryMetadata(s), s.versions()));
    }

    /** A decimal as text: plain, with a decimal comma for Swedish Excel. */
    static String decimal(double value, boolean excel) {
        String text = BigDecimal.valueOf(value).toPlainString();
        return excel ? text.replace('.', ',') : text;
    }
}
