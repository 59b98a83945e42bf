package se.folja.rest.internal.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.folja.api.export.AggregateRow;
import se.folja.api.export.AggregateTable;
import se.folja.api.export.Cell;
import se.folja.api.export.Dimension;
import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.RankedCount;
import se.folja.api.export.RecordExport;
import se.folja.api.export.Summary;
import se.folja.api.export.SuppressedTable;
import se.folja.api.ibic.LifeAreaSet;

/**
 * Each export as an {@link ExportTable}, the one shape its CSV and its XLSX are written from: the same columns, the
 * same values and the same metadata in both (CSV metadata as {@code #} lines: R {@code comment = "#"}, pandas
 * {@code comment="#"}). A record export's table holds no row: it reads them while it is written.
 */
final class ExportTables {

    static final List<String> COLUMNS = List.of("client", "gender", "ageBand", "unit", "interventionType", "reason",
            "initiator", "isoWeek", "lifeAreas");

    static final List<String> LIFE_AREA_COLUMNS = List.of("lifeArea", "labelSv", "labelEn", "unit", "clients",
            "cancellations", "suppressed");

    static final List<String> MEASURES = List.of("nonDeliveries", "clients", "grantedSessions", "rate", "wholeWeeks",
            "suppressed");

    static final List<String> SUMMARY_COLUMNS = List.of("section", "code", "labelSv", "value", "cancellations",
            "clients", "suppressed");

    private ExportTables() {
    }

    /** The life-area table: a row per cell, suppressed cells with empty counts and {@code suppressed} TRUE. */
    static ExportTable lifeAreas(SuppressedTable table, LifeAreaSet areas) {
        return new ExportTable("life-areas", LIFE_AREA_COLUMNS, metadata(table.kind(), table.parameters(),
                table.generatedAt(), Map.of("suppressionK", Integer.toString(table.suppressionK())), table.versions()),
                sink -> {
                    for (Cell cell : table.cells()) {
                        LifeAreaExportJson.Row row = LifeAreaExportJson.row(cell, areas);
                        sink.row(row.lifeArea(), row.labelSv(), row.labelEn(), row.unit(), row.clients(),
                                row.cancellations(), row.suppressed());
                    }
                }, false);
    }

    /** A row per non-delivery, read while written; lifeAreas joined with {@code |}. */
    static ExportTable nonDeliveries(PreparedExport<NonDeliveryExportRow> prepared) {
        RecordExport export = prepared.export();
        return new ExportTable("non-deliveries", COLUMNS, metadata(export.kind(), export.parameters(),
                export.generatedAt(), Map.of("pseudonymKeyId", export.pseudonymKeyId()), export.versions()),
                sink -> prepared.writeTo(row -> sink.row(row.client(), row.gender(), row.ageBand(), row.unit(),
                        row.interventionType(), row.reason(), row.initiator(), row.isoWeek(),
                        String.join("|", row.lifeAreas()))), false);
    }

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

    /** The aggregate: a column per dimension, then the measures. */
    static ExportTable aggregate(AggregateTable table) {
        List<String> header = new ArrayList<>(table.dimensions().stream().map(Dimension::parameter).toList());
        header.addAll(MEASURES);
        return new ExportTable("aggregate", header, metadata("non-delivery-aggregate", table.parameters(),
                table.generatedAt(), Map.of("suppressionK", Integer.toString(table.suppressionK())), table.versions()),
                sink -> {
                    for (AggregateRow row : table.rows()) {
                        List<Object> values = new ArrayList<>(row.keys());
                        values.addAll(Arrays.asList(row.nonDeliveries(), row.clients(), row.grantedSessions(),
                                row.rate(), row.wholeWeeks(), row.suppressed()));
                        sink.row(values.toArray());
                    }
                }, false);
    }

    /** Kalmar's table in long form: the totals (section {@code total}), then the reasons and the life areas. */
    static ExportTable summary(Summary s) {
        Map<String, String> more = new LinkedHashMap<>();
        more.put("suppressionK", Integer.toString(s.suppressionK()));
        more.put("fromWeek", s.fromWeek().toString());
        more.put("toWeek", s.toWeek().toString());
        return new ExportTable("summary", SUMMARY_COLUMNS, metadata("summary", s.parameters(), s.generatedAt(), more,
                s.versions()), sink -> {
                    for (Object[] row : summaryRows(s)) {
                        sink.row(row);
                    }
                }, false);
    }

    static List<Object[]> summaryRows(Summary s) {
        List<Object[]> rows = new ArrayList<>();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("clients", s.clients());
        totals.put("women", s.women());
        totals.put("men", s.men());
        totals.put("grantedSessions", s.grantedSessions());
        totals.put("grantedSessionsPerWeek", Math.round(s.grantedSessionsPerWeek() * 100) / 100.0);
        totals.put("cancellations", s.cancellations());
        totals.put("cancellingClients", s.cancellingClients());
        totals.put("shareOfGrantedSessions", s.shareOfGrantedSessions());
        totals.forEach((code, value) -> rows.add(new Object[] {"total", code, null, value, null, null,
            value == null}));
        for (RankedCount r : s.reasons()) {
            rows.add(new Object[] {"reason", r.code(), r.labelSv(), null, r.events(), r.individuals(), r.suppressed()});
        }
        for (RankedCount r : s.lifeAreas()) {
            rows.add(new Object[] {"lifeArea", r.code(), r.labelSv(), null, r.events(), r.individuals(),
                r.suppressed()});
        }
        return rows;
    }

    /** The metadata of an export: its kind, parameters, generation time, what else it says, and versions. */
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
}
