package se.folja.store.internal.export;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import se.folja.store.internal.entity.Days;
import se.folja.store.spi.FollowUpExportSource.DateStats;
import se.folja.store.spi.FollowUpExportSource.NumberStats;
import se.folja.store.spi.FollowUpExportSource.Selection;
import se.folja.store.spi.FollowUpExportSource.ValueCount;

/**
 * The answer distributions, counted by the database: per question and value of the choice and yes/no questions,
 * and per number and date question its figures — the median's two middle values by {@code PERCENTILE_DISC}, ordered
 * up and down, so that no value leaves the database to be sorted. Free text is never read ({@code kind} STRING).
 */
public final class AnswerCountsQuery {

    /** A yes/no answer as the value it is counted under. */
    private static final String VALUE = "CASE WHEN a.kind = 'BOOLEAN' THEN CASE WHEN a.bool_value THEN 'true'"
            + " ELSE 'false' END ELSE a.code END";
    private static final String NUMBER = "COALESCE(a.number_value, a.int_value)";

    private AnswerCountsQuery() {
    }

    /** As {@link se.folja.store.spi.FollowUpExportSource#valueCounts}. */
    public static List<ValueCount> values(Connection c, Selection selection, LocalDate from, LocalDate to,
            Collection<String> linkIds) throws SQLException {
        List<ValueCount> counts = new ArrayList<>();
        for (boolean perValue : new boolean[] {false, true}) {
            Sql sql = Sql.of("SELECT a.link_id, " + (perValue ? VALUE : "NULL")
                    + ", COUNT(DISTINCT r.id), COUNT(DISTINCT r.client_id)")
                    .append(answers(selection, from, to, linkIds, "'CODING', 'BOOLEAN'"))
                    .append(" GROUP BY a.link_id" + (perValue ? ", " + VALUE : ""));
            try (PreparedStatement p = sql.prepare(c); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    counts.add(new ValueCount(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
                }
            }
        }
        return counts;
    }

    /** As {@link se.folja.store.spi.FollowUpExportSource#numberStats}. */
    public static List<NumberStats> numbers(Connection c, Selection selection, LocalDate from, LocalDate to,
            Collection<String> linkIds) throws SQLException {
        Sql sql = Sql.of("SELECT a.link_id, COUNT(DISTINCT r.id), COUNT(DISTINCT r.client_id), COUNT(*), MIN("
                + NUMBER + "), MAX(" + NUMBER + "), SUM(" + NUMBER + "), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY "
                + NUMBER + "), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY " + NUMBER + " DESC)")
                .append(answers(selection, from, to, linkIds, "'INTEGER', 'DECIMAL'")).append(" GROUP BY a.link_id");
        List<NumberStats> stats = new ArrayList<>();
        try (PreparedStatement p = sql.prepare(c); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                stats.add(new NumberStats(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), plain(r, 5),
                        plain(r, 6), plain(r, 7), plain(r, 8), plain(r, 9)));
            }
        }
        return stats;
    }

    /** As {@link se.folja.store.spi.FollowUpExportSource#dateStats}. */
    public static List<DateStats> dates(Connection c, Selection selection, LocalDate from, LocalDate to,
            Collection<String> linkIds) throws SQLException {
        Sql sql = Sql.of("SELECT a.link_id, COUNT(DISTINCT r.id), COUNT(DISTINCT r.client_id), MIN(a.date_day),"
                + " MAX(a.date_day)").append(answers(selection, from, to, linkIds, "'DATE'"))
                .append(" GROUP BY a.link_id");
        List<DateStats> stats = new ArrayList<>();
        try (PreparedStatement p = sql.prepare(c); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                stats.add(new DateStats(r.getString(1), r.getLong(2), r.getLong(3), Days.toDate(r.getInt(4)),
                        Days.toDate(r.getInt(5))));
            }
        }
        return stats;
    }

    /** @return the answers of the kinds to the questions, in the selection's completed responses of the period */
    private static Sql answers(Selection selection, LocalDate from, LocalDate to, Collection<String> linkIds,
            String kinds) {
        return Sql.of(" FROM followup_answer a JOIN followup_response r ON r.id = a.response_id"
                + " JOIN followup_enrolment e ON e.id = r.enrolment_id WHERE ")
                .append(FollowUpSql.completedResponses(selection, from, to))
                .append(" AND a.kind IN (" + kinds + ")").append(FollowUpSql.in("a.link_id", linkIds));
    }

    /**
     * @return the number as stored, without the padding of {@code DECIMAL(38, 10)} and never in exponent form (3.2,
     *     not 3.2000000000; 100, not 1E+2); null for SQL's null
     */
    static BigDecimal plain(ResultSet r, int column) throws SQLException {
        BigDecimal value = r.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
