package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import se.folja.store.internal.entity.Days;
import se.folja.store.spi.FollowUpExportSource.FlowCount;
import se.folja.store.spi.FollowUpExportSource.Selection;
import se.folja.store.spi.FollowUpExportSource.Slice;

/**
 * Enrolled and ended per period and legal gender, in one statement: the enrolments joined to a {@code VALUES} list
 * of the periods (numbers of our own making, written into the statement, as {@link ExportSql#weeks} does) where they
 * were active, then counted per period and gender.
 */
public final class FlowQuery {

    private FlowQuery() {
    }

    /** As {@link se.folja.store.spi.FollowUpExportSource#flow}. */
    public static List<FlowCount> read(Connection c, Selection selection, List<Slice> slices) throws SQLException {
        if (slices.isEmpty()) {
            return List.of();
        }
        StringBuilder periods = new StringBuilder("(VALUES ");
        for (int i = 0; i < slices.size(); i++) {
            Slice s = slices.get(i);
            periods.append(i == 0 ? "" : ", ").append('(').append(s.index()).append(", ").append(Days.of(s.first()))
                    .append(", ").append(Days.of(s.last())).append(')');
        }
        periods.append(") p (slice, first_day, last_day)");
        // active: started on or before the period's last day, not ended before its first
        Sql sql = Sql.of("SELECT p.slice, c.legal_gender, COUNT(*),"
                + " SUM(CASE WHEN e.start_day >= p.first_day THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.end_day <= p.last_day THEN 1 ELSE 0 END)"
                + " FROM followup_enrolment e JOIN client c ON c.id = e.client_id JOIN " + periods
                + " ON e.start_day <= p.last_day AND (e.end_day IS NULL OR e.end_day >= p.first_day) WHERE ")
                .append(FollowUpSql.enrolments(selection)).append(" GROUP BY p.slice, c.legal_gender");
        List<FlowCount> counts = new ArrayList<>();
        try (PreparedStatement p = sql.prepare(c); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                counts.add(new FlowCount(r.getInt(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5)));
            }
        }
        return counts;
    }
}
