package se.folja.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.folja.api.ValidationException;
import se.folja.api.export.AggregateRow;
import se.folja.api.export.AggregateTable;
import se.folja.api.export.Dimension;
import se.folja.store.spi.ExportRecordSource;
import se.folja.store.spi.ExportRecordSource.GroupCount;

/**
 * Non-deliveries aggregated by one to four dimensions, with distinct clients, and — when grants know every
 * dimension — granted sessions, the rate to them and whole weeks cancelled.
 */
final class AggregateExport {

    static final String KIND = "non-delivery-aggregate";

    private final ExportRecordSource records;
    private final DataVersions data;

    AggregateExport(ExportRecordSource records, DataVersions data) {
        this.records = records;
        this.data = data;
    }

    /**
     * @return the dimensions asked for
     * @throws ValidationException naming {@code groupBy} unless one to four different ones, at most one of week
     *     and month
     */
    static List<Dimension> dimensions(List<Dimension> groupBy) {
        List<Dimension> dimensions = groupBy == null ? List.of() : groupBy;
        if (dimensions.isEmpty() || dimensions.size() > 4 || Set.copyOf(dimensions).size() != dimensions.size()
                || dimensions.contains(Dimension.WEEK) && dimensions.contains(Dimension.MONTH)) {
            throw ValidationException.of("groupBy", "must name one to four different dimensions, at most one of week"
                    + " and month");
        }
        return dimensions;
    }

    AggregateTable table(ExportContext context, List<Dimension> dimensions) {
        Aggregation aggregation = new Aggregation(dimensions);
        List<Dimension> rowDimensions = dimensions.subList(0, dimensions.size() - 1);
        // cells, column totals, the grand total and (with more than one dimension) row totals, in one call
        List<List<Dimension>> groupings = new ArrayList<>(List.of(dimensions,
                List.of(dimensions.get(dimensions.size() - 1)), List.of()));
        if (!rowDimensions.isEmpty()) {
            groupings.add(rowDimensions);
        }
        // a reader of no unit gets the empty answer, its total zero
        List<List<GroupCount>> counts = records.groupingSets(context.scope(), context.from(), context.to(),
                groupings);
        List<GroupCount> cells = counts.get(0);
        List<GroupCount> columnTotals = counts.get(1);
        GroupCount grand = counts.get(2).get(0);
        List<GroupCount> rowTotals = rowDimensions.isEmpty() ? List.of() : counts.get(3);
        if (aggregation.withGrants() && !context.reachesNone()) {
            aggregation.addGrantCounts(groupings, records.grantSets(context.scope(), context.from(), context.to(),
                    groupings));
        }
        int k = context.k();
        List<AggregateRow> rows = aggregation.rows(cells, rowTotals, columnTotals, grand, k);
        Map<String, String> parameters = context.parameters();
        parameters.put("groupBy", dimensions.stream().map(Dimension::parameter).collect(Collectors.joining(",")));
        context.audit(KIND, parameters, rows.size(), k);
        return new AggregateTable(dimensions, parameters, context.now(), k, data.versions(), rows);
    }
}
