package se.folja.export.internal;

/**
 * Small-cell suppression of a table of counts with its row totals, column totals and grand total.
 *
 * <p>Primary: a cell or total counting 1 to k − 1 individuals is suppressed (0 is shown: it describes nobody).
 * Complementary: the table's sums are equations — each row's cells with its total, each column's cells with its
 * total, the row totals with the grand total, the column totals with the grand total. An equation with exactly one
 * suppressed member would give that member away, so another member is suppressed: the smallest cell that counts
 * someone, else the smallest cell, else a total. This is repeated until no equation has exactly one suppressed
 * member. Suppressed cells are marked alike, whether primary or complementary.
 */
final class Suppression {

    private final long[][] cells;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long grandTotal;
    final boolean[][] cell;
    final boolean[] row;
    final boolean[] column;
    boolean grand;

    private Suppression(long[][] cells, long[] rowTotals, long[] columnTotals, long grandTotal) {
        this.cells = cells;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
        this.grandTotal = grandTotal;
        this.cell = new boolean[cells.length][columnTotals.length];
        this.row = new boolean[rowTotals.length];
        this.column = new boolean[columnTotals.length];
    }

    /**
     * @param cells individuals per row and column
     * @param k the smallest count shown; 1 suppresses nothing
     * @return which cells and totals to suppress
     */
    static Suppression of(long[][] cells, long[] rowTotals, long[] columnTotals, long grandTotal, int k) {
        Suppression s = new Suppression(cells, rowTotals, columnTotals, grandTotal);
        for (int r = 0; r < rowTotals.length; r++) {
            for (int c = 0; c < columnTotals.length; c++) {
                s.cell[r][c] = small(cells[r][c], k);
            }
            s.row[r] = small(rowTotals[r], k);
        }
        for (int c = 0; c < columnTotals.length; c++) {
            s.column[c] = small(columnTotals[c], k);
        }
        s.grand = small(grandTotal, k);
        s.complement();
        return s;
    }

    private static boolean small(long count, int k) {
        return count > 0 && count < k;
    }

    private void complement() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rowTotals.length; r++) {
                changed |= protectRow(r);
            }
            for (int c = 0; c < columnTotals.length; c++) {
                changed |= protectColumn(c);
            }
            changed |= protectTotals(row, rowTotals);
            changed |= protectTotals(column, columnTotals);
        }
    }

    private boolean protectRow(int r) {
        int hidden = row[r] ? 1 : 0;
        for (int c = 0; c < columnTotals.length; c++) {
            hidden += cell[r][c] ? 1 : 0;
        }
        if (hidden != 1) {
            return false;
        }
        int best = -1;
        for (int c = 0; c < columnTotals.length; c++) {
            if (!cell[r][c] && better(cells[r][c], best < 0 ? -1 : cells[r][best])) {
                best = c;
            }
        }
        if (best >= 0) {
            cell[r][best] = true;
        } else {
            row[r] = true;
        }
        return true;
    }

    private boolean protectColumn(int c) {
        int hidden = column[c] ? 1 : 0;
        for (int r = 0; r < rowTotals.length; r++) {
            hidden += cell[r][c] ? 1 : 0;
        }
        if (hidden != 1) {
            return false;
        }
        int best = -1;
        for (int r = 0; r < rowTotals.length; r++) {
            if (!cell[r][c] && better(cells[r][c], best < 0 ? -1 : cells[best][c])) {
                best = r;
            }
        }
        if (best >= 0) {
            cell[best][c] = true;
        } else {
            column[c] = true;
        }
        return true;
    }

    /** The totals of one direction with the grand total. */
    private boolean protectTotals(boolean[] hiddenTotals, long[] totals) {
        int hidden = grand ? 1 : 0;
        for (boolean h : hiddenTotals) {
            hidden += h ? 1 : 0;
        }
        if (hidden != 1) {
            return false;
        }
        int best = -1;
        for (int i = 0; i < totals.length; i++) {
            if (!hiddenTotals[i] && better(totals[i], best < 0 ? -1 : totals[best])) {
                best = i;
            }
        }
        if (best >= 0) {
            hiddenTotals[best] = true;
        } else {
            grand = true;
        }
        return true;
    }

    /** A complement that counts someone protects; among those, the smallest costs the least information. */
    private static boolean better(long candidate, long current) {
        if (current < 0) {
            return true;
        }
        boolean candidateCounts = candidate > 0;
        boolean currentCounts = current > 0;
        if (candidateCounts != currentCounts) {
            return candidateCounts;
        }
        return candidate < current;
    }
}
