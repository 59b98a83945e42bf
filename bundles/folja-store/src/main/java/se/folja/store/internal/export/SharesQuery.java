package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import se.folja.store.internal.entity.Days;
import se.folja.store.spi.FollowUpExportSource.AgeCount;
import se.folja.store.spi.FollowUpExportSource.Selection;

/**
 * Trosa's shares, counted by the database per age on the first day: the enrolments started in the period, their
 * dropouts, and — by a window over the completed responses answering the question — whether each has such a response
 * and whether its latest (by the day answered, then id) gives a positive code.
 */
public final class SharesQuery {

    private SharesQuery() {
    }

    /** As {@link se.folja.store.spi.FollowUpExportSource#shares}. */
    public static List<AgeCount> read(Connection c, Selection selection, LocalDate from, LocalDate to,
            LocalDate asOf, String linkId, Set<String> positive) throws SQLException {
        int day = Days.of(asOf);
        String age = "(e.start_day - c.birth_day) / 10000";
        Sql latest = Sql.of("(SELECT x.enrolment_id, x.positive FROM (SELECT r.enrolment_id, MAX(CASE WHEN 1 = 1")
                .append(FollowUpSql.in("a.code", new TreeSet<>(positive)))
                .append(" THEN 1 ELSE 0 END) AS positive, ROW_NUMBER() OVER (PARTITION BY r.enrolment_id"
                        + " ORDER BY r.answered_on DESC, r.id DESC) AS n FROM followup_response r"
                        + " JOIN followup_answer a ON a.response_id = r.id AND a.link_id = ?"
                        + " WHERE r.template_code = ? AND r.status = 'COMPLETED' AND r.answered_on <= ?",
                        linkId, selection.template(), day)
                .append(ExportSql.unitIn("r.unit_code", selection.units()))
                .append(" GROUP BY r.enrolment_id, r.id, r.answered_on) x WHERE x.n = 1) l");
        Sql sql = Sql.of("SELECT " + age + ", COUNT(*), SUM(CASE WHEN e.status = 'ENDED' AND e.end_reason = 'DROPOUT'"
                + " AND e.end_day <= ? THEN 1 ELSE 0 END), SUM(CASE WHEN l.enrolment_id IS NULL THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN l.positive = 1 THEN 1 ELSE 0 END) FROM followup_enrolment e"
                + " JOIN client c ON c.id = e.client_id LEFT JOIN ", day)
                .append(latest).append(" ON l.enrolment_id = e.id WHERE ").append(FollowUpSql.enrolments(selection))
                .append(" AND e.start_day BETWEEN ? AND ?", Days.of(from), Days.of(to))
                .append(" GROUP BY " + age);
        List<AgeCount> counts = new ArrayList<>();
        try (PreparedStatement p = sql.prepare(c); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                counts.add(new AgeCount(r.getInt(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
            }
        }
        return counts;
    }
}
