package se.folja.api.export;


/**
 * Small-cell suppression of a table of counts with its row totals, column totals and grand total.
 *
 * <p>Primary: a cell or total counting 1 to k − 1 individuals is suppressed (0 is shown: it describes nobody).
 * Complementary: the table's sums are equations — each row's cells with its total, each column's cells with its
 * total, the row totals with the grand total, the column totals with the grand total. An equation with exactly one
 * suppressed member would give that member away, so another member is suppressed: the smallest cell that counts
 * someone, else the smallest cell, else a total. This is repeated until no equation has exactly one suppressed
 * member. Suppressed cells are marked alike, whether primary or complementary.
 *
 * <p>This is Följa's one rule for small counts: every count of individuals that a reader outside the units counted
 * may read (exports, and the life-area queries for administrators and statisticians) is suppressed by it, with the
 * same k ({@link SmallCounts#k()}). A count hides nothing when its reader belongs to every unit counted.
 *
 * @since 1.1.0
 */
public final class Suppression {

    private final long[][] cells;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long grandTotal;
    private final boolean[][] cell;
    private final boolean[] row;
    private final boolean[] column;
    private boolean grand;

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
     * @param cells individuals per row and column, {@code rowTotals.length} rows of {@code columnTotals.length}
     * @param rowTotals individuals per row
     * @param columnTotals individuals per column
     * @param grandTotal individuals in all
     * @param k the smallest count shown; 1 suppresses nothing
     * @return which cells and totals to suppress
     */
    public static Suppression of(long[][] cells, long[] rowTotals, long[] columnTotals, long grandTotal, int k) {
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

    /**
     * A list of counts whose sum is shown (e.g. reasons and their total): each counting 1 to k − 1 is suppressed,
     * and if that leaves exactly one suppressed, another too (the smallest that counts someone), so that the sum does
     * not give it away.
     *
     * @param counts individuals per item
     * @param k the smallest count shown; 1 suppresses nothing
     * @return per item, whether to suppress it
     */
    public static boolean[] ofList(long[] counts, int k) {
        boolean[] hidden = new boolean[counts.length];
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            hidden[i] = small(counts[i], k);
            n += hidden[i] ? 1 : 0;
        }
        if (n == 1) {
            int best = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!hidden[i] && better(counts[i], best < 0 ? -1 : counts[best])) {
                    best = i;
                }
            }
            if (best >= 0) {
                hidden[best] = true;
            }
        }
        return hidden;
    }

    /**
     * @return whether a count of individuals is small: 1 to k − 1 (0 describes nobody and is shown)
     */
    public static boolean small(long count, int k) {
        return count > 0 && count < k;
    }

    /** @return whether the cell at {@code row}, {@code column} is suppressed */
    public boolean cell(int row, int column) {
        return cell[row][column];
    }

    /** @return whether the total of {@code row} is suppressed */
    public boolean row(int row) {
        return this.row[row];
    }

    /** @return whether the total of {@code column} is suppressed */
    public boolean column(int column) {
        return this.column[column];
    }

    /** @return whether the grand total is suppressed */
    public boolean grand() {
        return grand;
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
