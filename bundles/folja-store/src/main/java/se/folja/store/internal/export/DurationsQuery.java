package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.folja.store.internal.entity.Days;
import se.folja.store.spi.FollowUpExportSource.DurationStats;
import se.folja.store.spi.FollowUpExportSource.Selection;

/**
 * Umeå's table, counted by the database in one statement: each enrolment's whole months (from its start to its last
 * day if it ended on or before the day asked about, else to that day), then per ongoing and ended their count,
 * clients, least, greatest, sum and the two middle values ({@code PERCENTILE_DISC} up and down).
 */
public final class DurationsQuery {

    private DurationsQuery() {
    }

    /** As {@link se.folja.store.spi.FollowUpExportSource#durations}. */
    public static List<DurationStats> read(Connection c, Selection selection, LocalDate asOf) throws SQLException {
        int day = Days.of(asOf);
        Sql sql = Sql.of("SELECT m.ended, COUNT(*), COUNT(DISTINCT m.client_id), MIN(m.months), MAX(m.months),"
                + " SUM(m.months), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY m.months),"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY m.months DESC) FROM (SELECT d.client_id, d.ended, "
                + FollowUpSql.months("d.start_day", "d.last_day") + " AS months FROM (SELECT e.client_id,"
                + " e.start_day, CASE WHEN e.end_day <= ? THEN 1 ELSE 0 END AS ended,"
                + " CASE WHEN e.end_day <= ? THEN e.end_day ELSE ? END AS last_day FROM followup_enrolment e WHERE ",
                day, day, day)
                .append(FollowUpSql.enrolments(selection)).append(" AND e.start_day <= ?", day)
                .append(") d) m GROUP BY m.ended");
        List<DurationStats> stats = new ArrayList<>();
        try (PreparedStatement p = sql.prepare(c); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                stats.add(new DurationStats(r.getInt(1) == 1, r.getLong(2), r.getLong(3), r.getInt(4), r.getInt(5),
                        r.getLong(6), r.getInt(7), r.getInt(8)));
            }
        }
        return stats;
    }
}
