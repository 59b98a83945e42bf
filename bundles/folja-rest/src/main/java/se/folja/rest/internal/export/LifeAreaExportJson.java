package se.folja.rest.internal.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import se.folja.api.export.Cell;
import se.folja.api.export.SuppressedTable;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaSet;

/**
 * The life-area export as JSON: its metadata, then one row per life area and unit ({@code TOTAL} for totals); a
 * suppressed row has no counts and {@code suppressed: true}.
 */
public record LifeAreaExportJson(String kind, Map<String, String> parameters, Instant generatedAt, int suppressionK,
        Map<String, String> versions, List<Row> rows) {

    /** A cell: cancelling clients with an assessed need in the area, and their cancellations. */
    public record Row(String lifeArea, String labelSv, String labelEn, String unit, Long clients, Long cancellations,
            boolean suppressed) {
    }

    static LifeAreaExportJson of(SuppressedTable table, LifeAreaSet areas) {
        return new LifeAreaExportJson(table.kind(), table.parameters(), table.generatedAt(), table.suppressionK(),
                table.versions(), table.cells().stream().map(c -> row(c, areas)).toList());
    }

    static Row row(Cell c, LifeAreaSet areas) {
        LifeArea area = areas.area(c.row()).orElse(null);
        return new Row(c.row(), area == null ? null : area.labelSv(), area == null ? null : area.labelEn(),
                c.column(), c.individuals(), c.events(), c.suppressed());
    }
}
