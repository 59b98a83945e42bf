package se.folja.export.internal;

import java.util.List;
import java.util.Map;

import se.folja.api.export.Cell;
import se.folja.api.export.LifeAreaTable;
import se.folja.api.export.SuppressedTable;
import se.folja.api.ibic.UnitAreaCount;
import se.folja.store.spi.AssessmentStore;

/** Kalmar's analysis as an export: cancelling clients and their cancellations per life area and unit. */
final class LifeAreaExport {

    static final String KIND = "life-areas";

    private final AssessmentStore assessments;
    private final DataVersions data;

    LifeAreaExport(AssessmentStore assessments, DataVersions data) {
        this.assessments = assessments;
        this.data = data;
    }

    SuppressedTable table(ExportContext context) {
        List<UnitAreaCount> counts = context.reachesNone() ? List.of()
                : assessments.cancellationsByUnit(context.scope(), context.from(), context.to());
        int k = context.k();
        List<Cell> cells = LifeAreaTable.of(data.areaOrder(), counts, k);
        Map<String, String> parameters = context.parameters();
        context.audit(KIND, parameters, cells.size(), k);
        return new SuppressedTable(KIND, parameters, context.now(), k, data.versions(), cells);
    }
}
