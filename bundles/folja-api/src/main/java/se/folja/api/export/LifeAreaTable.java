package se.folja.api.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import se.folja.api.ibic.UnitAreaCount;

/**
 * Kalmar's analysis as a table: cancelling clients and their cancellations per life area (rows) and unit (columns),
 * with every total, suppressed by {@link Suppression}. The life-area export is this table; the summary's life areas
 * and the life-area query of a reader outside the units counted are its total column, so that each hides what the
 * others hide.
 *
 * @since 1.1.0
 */
public final class LifeAreaTable {

    private LifeAreaTable() {
    }

    /**
     * @param areaOrder the life areas' codes in IBIC's order; an area not in it comes last
     * @param counts per unit and area, per area ({@code unit} null), per unit ({@code lifeArea} null) and in all
     *     (both null), as the store counts them
     * @param k the smallest count shown; 1 suppresses nothing
     * @return cells row by row (areas in IBIC's order, units in code order), each row's total last, then the units'
     *     totals and the grand total
     */
    public static List<Cell> of(List<String> areaOrder, List<UnitAreaCount> counts, int k) {
        List<String> rows = counts.stream().map(UnitAreaCount::lifeArea).filter(a -> a != null).distinct()
                .sorted((a, b) -> Integer.compare(order(areaOrder, a), order(areaOrder, b))).toList();
        List<String> columns = new ArrayList<>(counts.stream().map(UnitAreaCount::unit).filter(u -> u != null)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        Map<String, UnitAreaCount> byKey = new HashMap<>();
        counts.forEach(c -> byKey.put(c.unit() + "/" + c.lifeArea(), c));
        long[][] clients = new long[rows.size()][columns.size()];
        long[] rowTotals = new long[rows.size()];
        long[] columnTotals = new long[columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                clients[r][c] = clients(byKey.get(columns.get(c) + "/" + rows.get(r)));
            }
            rowTotals[r] = clients(byKey.get("null/" + rows.get(r)));
        }
        for (int c = 0; c < columns.size(); c++) {
            columnTotals[c] = clients(byKey.get(columns.get(c) + "/null"));
        }
        long grand = clients(byKey.get("null/null"));
        Suppression s = Suppression.of(clients, rowTotals, columnTotals, grand, k);
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells.add(cell(rows.get(r), columns.get(c), byKey.get(columns.get(c) + "/" + rows.get(r)),
                        s.cell(r, c)));
            }
            cells.add(cell(rows.get(r), Cell.TOTAL, byKey.get("null/" + rows.get(r)), s.row(r)));
        }
        for (int c = 0; c < columns.size(); c++) {
            cells.add(cell(Cell.TOTAL, columns.get(c), byKey.get(columns.get(c) + "/null"), s.column(c)));
        }
        cells.add(cell(Cell.TOTAL, Cell.TOTAL, byKey.get("null/null"), s.grand()));
        return cells;
    }

    private static long clients(UnitAreaCount count) {
        return count == null ? 0 : count.clients();
    }

    private static Cell cell(String row, String column, UnitAreaCount count, boolean suppressed) {
        if (suppressed) {
            return new Cell(row, column, null, null, true);
        }
        return new Cell(row, column, count == null ? 0 : count.clients(), count == null ? 0 : count.cancellations(),
                false);
    }

    private static int order(List<String> order, String code) {
        int i = order.indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
