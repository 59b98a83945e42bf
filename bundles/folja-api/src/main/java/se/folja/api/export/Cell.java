package se.folja.api.export;

/**
 * A cell of an exported table: its counts, or none if suppressed.
 *
 * @param row the row's key, e.g. a life area's code
 * @param column the column's key, e.g. a unit's code; {@link #TOTAL} for the row's total
 * @param individuals distinct individuals counted, or null if suppressed
 * @param events events counted (e.g. cancellations), or null if suppressed
 * @param suppressed true if the cell counts fewer than k individuals, or is hidden so that such a cell cannot be
 *     recomputed from the totals
 * @since 1.0.0
 */
public record Cell(String row, String column, Long individuals, Long events, boolean suppressed) {

    /** The key of a total: the row's total as a column, the column's total as a row. */
    public static final String TOTAL = "TOTAL";
}
