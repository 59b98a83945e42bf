package se.folja.export.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import se.folja.api.export.AggregateRow;
import se.folja.api.export.Cell;
import se.folja.api.export.Dimension;
import se.folja.api.export.Summary;
import se.folja.api.export.Suppression;
import se.folja.store.spi.ExportRecordSource.GrantCount;
import se.folja.store.spi.ExportRecordSource.GroupCount;

/**
 * The non-delivery aggregate: cells by every dimension (rows: all but the last; columns: the last), totals per
 * row, per column and in all, suppression on the clients, and — when grants know every dimension — granted
 * sessions, rates and whole weeks, as the store counts them.
 */
final class Aggregation {

    private final List<Dimension> dimensions;
    private final boolean withGrants;
    private final Map<List<String>, long[]> granted = new HashMap<>();
    private final Map<List<String>, long[]> wholeWeeks = new HashMap<>();

    Aggregation(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
        this.withGrants = dimensions.stream().allMatch(Dimension::ofGrants);
    }

    boolean withGrants() {
        return withGrants;
    }

    /**
     * Takes the granted sessions and whole weeks of the groupings (each a subset of this table's dimensions): a
     * grouping's keys stand under its dimensions, {@link Cell#TOTAL} under the others.
     */
    void addGrantCounts(List<List<Dimension>> groupings, List<List<GrantCount>> counts) {
        for (int g = 0; g < groupings.size(); g++) {
            List<Dimension> grouping = groupings.get(g);
            for (GrantCount count : counts.get(g)) {
                List<String> keys = new ArrayList<>(dimensions.size());
                for (Dimension d : dimensions) {
                    int i = grouping.indexOf(d);
                    keys.add(i < 0 ? Cell.TOTAL : count.keys().get(i));
                }
                granted.put(List.copyOf(keys), new long[] {count.grantedSessions()});
                wholeWeeks.put(List.copyOf(keys), new long[] {count.wholeWeeks()});
            }
        }
    }

    /**
     * @param cells the counts by every dimension
     * @param rowTotals by every dimension but the last
     * @param columnTotals by the last
     * @param grand in all
     * @return cells row by row, each row's total last, then the column totals and the grand total
     */
    List<AggregateRow> rows(List<GroupCount> cells, List<GroupCount> rowTotals, List<GroupCount> columnTotals,
            GroupCount grand, int k) {
        int last = dimensions.size() - 1;
        TreeSet<List<String>> rowKeys = new TreeSet<>(Aggregation::compare);
        TreeSet<String> columnKeys = new TreeSet<>();
        Map<List<String>, GroupCount> byKey = new HashMap<>();
        for (GroupCount c : cells) {
            rowKeys.add(c.keys().subList(0, last));
            columnKeys.add(c.keys().get(last));
            byKey.put(c.keys(), c);
        }
        Map<List<String>, GroupCount> rowTotal = new HashMap<>();
        rowTotals.forEach(c -> rowTotal.put(c.keys(), c));
        Map<String, GroupCount> columnTotal = new HashMap<>();
        columnTotals.forEach(c -> columnTotal.put(c.keys().get(0), c));
        List<List<String>> rowList = new ArrayList<>(rowKeys);
        List<String> columnList = new ArrayList<>(columnKeys);

        long[][] clients = new long[rowList.size()][columnList.size()];
        long[] rowClients = new long[rowList.size()];
        long[] columnClients = new long[columnList.size()];
        for (int r = 0; r < rowList.size(); r++) {
            for (int c = 0; c < columnList.size(); c++) {
                clients[r][c] = clientsOf(byKey.get(join(rowList.get(r), columnList.get(c))));
            }
            rowClients[r] = last == 0 ? grand.clients() : clientsOf(rowTotal.get(rowList.get(r)));
        }
        for (int c = 0; c < columnList.size(); c++) {
            columnClients[c] = clientsOf(columnTotal.get(columnList.get(c)));
        }
        Suppression s = Suppression.of(clients, rowClients, columnClients, grand.clients(), k);

        List<AggregateRow> rows = new ArrayList<>();
        for (int r = 0; r < rowList.size(); r++) {
            for (int c = 0; c < columnList.size(); c++) {
                List<String> keys = join(rowList.get(r), columnList.get(c));
                rows.add(row(keys, byKey.get(keys), s.cell(r, c)));
            }
            GroupCount total = last == 0 ? grand : rowTotal.get(rowList.get(r));
            rows.add(row(join(rowList.get(r), Cell.TOTAL), total, s.row(r) || last == 0 && s.grand()));
        }
        if (last == 0) {
            // one dimension: the cells are the column totals, and the row's total is the grand total
            if (rowList.isEmpty()) {
                rows.add(row(List.of(Cell.TOTAL), grand, s.grand()));
            }
            return rows;
        }
        for (int c = 0; c < columnList.size(); c++) {
            List<String> keys = new ArrayList<>(Collections.nCopies(last, Cell.TOTAL));
            keys.add(columnList.get(c));
            rows.add(row(keys, columnTotal.get(columnList.get(c)), s.column(c)));
        }
        rows.add(row(Collections.nCopies(last + 1, Cell.TOTAL), grand, s.grand()));
        return rows;
    }

    private AggregateRow row(List<String> keys, GroupCount count, boolean suppressed) {
        if (suppressed) {
            return new AggregateRow(keys, null, null, null, null, null, true);
        }
        long nonDeliveries = count == null ? 0 : count.nonDeliveries();
        long clients = count == null ? 0 : count.clients();
        if (!withGrants) {
            return new AggregateRow(keys, nonDeliveries, clients, null, null, null, false);
        }
        long sessions = granted.getOrDefault(keys, new long[1])[0];
        return new AggregateRow(keys, nonDeliveries, clients, sessions,
                Summary.share(nonDeliveries, sessions),
                wholeWeeks.getOrDefault(keys, new long[1])[0], false);
    }

    private static long clientsOf(GroupCount count) {
        return count == null ? 0 : count.clients();
    }

    private static List<String> join(List<String> row, String column) {
        List<String> keys = new ArrayList<>(row);
        keys.add(column);
        return List.copyOf(keys);
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
