package se.folja.api.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Suppression on crafted tables, and the rule that no sum gives a hidden count away, on random ones. */
class SuppressionTest {

    /** A table with its totals, as sums of its cells. */
    static Suppression suppress(long[][] cells, int k) {
        long[] rows = Arrays.stream(cells).mapToLong(r -> Arrays.stream(r).sum()).toArray();
        long[] columns = new long[cells[0].length];
        for (long[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                columns[c] += row[c];
            }
        }
        Suppression s = Suppression.of(cells, rows, columns, Arrays.stream(rows).sum(), k);
        assertNoSumGivesAHiddenCountAway(s, cells.length, columns.length);
        return s;
    }

    /** Every row, column and the two sums of totals: none with exactly one hidden member. */
    static void assertNoSumGivesAHiddenCountAway(Suppression s, int rows, int columns) {
        for (int r = 0; r < rows; r++) {
            int hidden = s.row(r) ? 1 : 0;
            for (int c = 0; c < columns; c++) {
                hidden += s.cell(r, c) ? 1 : 0;
            }
            assertTrue(hidden != 1, "row " + r);
        }
        for (int c = 0; c < columns; c++) {
            int hidden = s.column(c) ? 1 : 0;
            for (int r = 0; r < rows; r++) {
                hidden += s.cell(r, c) ? 1 : 0;
            }
            assertTrue(hidden != 1, "column " + c);
        }
        int rowTotals = s.grand() ? 1 : 0;
        for (int r = 0; r < rows; r++) {
            rowTotals += s.row(r) ? 1 : 0;
        }
        assertTrue(rowTotals != 1, "row totals with the grand total");
        int columnTotals = s.grand() ? 1 : 0;
        for (int c = 0; c < columns; c++) {
            columnTotals += s.column(c) ? 1 : 0;
        }
        assertTrue(columnTotals != 1, "column totals with the grand total");
    }

    @Test
    void aTableWithoutSmallCellsShowsEverything() {
        Suppression s = suppress(new long[][] {{10, 7, 5}, {6, 0, 12}}, 5);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                assertFalse(s.cell(r, c));
            }
        }
        assertFalse(s.grand());
    }

    @Test
    void aSmallCellIsHiddenWithTheSmallestCountingCellsOfItsRowAndColumnAndTheirCrossing() {
        //            A   B   C
        long[][] t = {{20, 3, 9},   // row 0: B is small
                      {15, 8, 6},
                      {30, 12, 40}};
        Suppression s = suppress(t, 5);
        assertTrue(s.cell(0, 1), "primary");
        assertTrue(s.cell(0, 2), "complement in row 0: 9 is its smallest counting cell");
        assertTrue(s.cell(1, 1), "complement in column B: 8 is its smallest counting cell");
        assertTrue(s.cell(1, 2), "then row 1 and column C each had one hidden: 6 closes both");
        assertFalse(s.cell(0, 0) || s.cell(1, 0) || s.cell(2, 0) || s.cell(2, 1) || s.cell(2, 2));
        assertFalse(s.row(0) || s.row(1) || s.column(1) || s.grand(), "every total stays");
    }

    @Test
    void aZeroIsShownAndIsAComplementOnlyWhenNothingElseIs() {
        Suppression zeros = suppress(new long[][] {{0, 12}, {0, 30}}, 5);
        assertFalse(zeros.cell(0, 0) || zeros.cell(1, 0), "nobody is counted in a zero: nothing to hide");
        //            A  B   C
        long[][] t = {{2, 0, 0}, {9, 6, 7}};
        Suppression s = suppress(t, 5);
        assertTrue(s.cell(0, 0));
        assertTrue(s.row(0), "row 0's total is 2, itself small");
        assertFalse(s.cell(0, 1) || s.cell(0, 2), "with its total hidden, row 0 needs no zero hidden");
        assertTrue(s.cell(1, 0) || s.column(0), "column A had one hidden cell");
    }

    @Test
    void aOneColumnTableHidesTheNextSmallestRow() {
        Suppression s = suppress(new long[][] {{12}, {3}, {7}, {25}}, 5);
        assertTrue(s.cell(1, 0));
        assertTrue(s.row(1), "the row's total equals its one cell");
        assertTrue(s.cell(2, 0) && s.row(2), "the column's sum needs a second hidden row: 7 is the smallest");
        assertFalse(s.cell(0, 0) || s.cell(3, 0) || s.column(0) || s.grand());
    }

    @Test
    void kOfOneHidesNothingAndALargerKHidesMore() {
        long[][] t = {{1, 2}, {3, 4}};
        Suppression none = suppress(t, 1);
        assertFalse(none.cell(0, 0) || none.cell(0, 1) || none.cell(1, 0) || none.cell(1, 1) || none.grand());
        Suppression all = suppress(t, 11);
        assertTrue(all.cell(0, 0) && all.cell(1, 1) && all.grand(), "every count below 11");
    }

    @Test
    void onRandomTablesNoSumGivesAHiddenCountAway() {
        Random random = new Random(42);
        int hidden = 0;
        for (int n = 0; n < 2000; n++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            long[][] t = new long[rows][columns];
            for (long[] row : t) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(25);
                }
            }
            Suppression s = suppress(t, 1 + random.nextInt(8));
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    hidden += s.cell(r, c) ? 1 : 0;
                }
            }
        }
        assertTrue(hidden > 1000, "the random tables do hide cells: " + hidden);
    }

    @Test
    void aListHidesItsSmallItemsAndTheSmallestOtherWhenOnlyOneIsSmall() {
        assertArrayEquals(new boolean[] {false, true, false, true}, Suppression.ofList(new long[] {12, 3, 0, 7}, 5),
                "3 is small; 7 is the smallest that counts someone (0 describes nobody)");
        assertArrayEquals(new boolean[] {true, false, true}, Suppression.ofList(new long[] {2, 9, 4}, 5),
                "two small ones hide each other");
        assertArrayEquals(new boolean[3], Suppression.ofList(new long[] {5, 0, 6}, 5));
        assertArrayEquals(new boolean[] {false, false}, Suppression.ofList(new long[] {2, 9}, 1), "k = 1");
    }
}
