package se.folja.store.internal.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import se.folja.api.followup.RespondentRole;
import se.folja.store.internal.entity.Days;
import se.folja.store.spi.FollowUpExportSource.MeasuresConsumer;
import se.folja.store.spi.FollowUpExportSource.ScaleMeasures;
import se.folja.store.spi.FollowUpExportSource.Selection;

/**
 * A scale's first and latest total per enrolment, worked out by the database: each completed response of the
 * respondent that answers every item summed, ranked within its enrolment both ways by a window (the day answered, the
 * occasion's sequence, id), and the enrolments with two or more read through a cursor — one row per enrolment
 * reaches Java, never a response.
 */
public final class ScaleMeasuresQuery {

    /** Enrolments a round trip. */
    static final int FETCH_SIZE = 1000;

    private ScaleMeasuresQuery() {
    }

    /** As {@link se.folja.store.spi.FollowUpExportSource#scaleMeasures}. */
    public static void read(Connection c, Selection selection, LocalDate from, LocalDate to, RespondentRole role,
            List<String> items, MeasuresConsumer measures) throws IOException, SQLException {
        Sql totals = Sql.of("SELECT r.id, r.enrolment_id, r.answered_on, r.sequence, SUM(COALESCE(a.number_value,"
                + " a.int_value)) AS total FROM followup_answer a JOIN followup_response r ON r.id = a.response_id"
                + " JOIN followup_enrolment e ON e.id = r.enrolment_id WHERE ")
                .append(FollowUpSql.completedResponses(selection, from, to))
                .append(" AND r.role = ?", role.name()).append(" AND a.kind IN ('INTEGER', 'DECIMAL')")
                .append(FollowUpSql.in("a.link_id", items))
                .append(" GROUP BY r.id, r.enrolment_id, r.answered_on, r.sequence HAVING COUNT(DISTINCT a.link_id) = ?",
                        items.size());
        Sql sql = Sql.of("SELECT m.enrolment_id, e.unit_code, c.pin, c.birth_day, c.legal_gender, m.n, m.first_day,"
                + " m.first_total, m.latest_day, m.latest_total FROM (SELECT t.enrolment_id, COUNT(*) AS n,"
                + " MAX(CASE WHEN t.first_rank = 1 THEN t.answered_on END) AS first_day,"
                + " MAX(CASE WHEN t.first_rank = 1 THEN t.total END) AS first_total,"
                + " MAX(CASE WHEN t.latest_rank = 1 THEN t.answered_on END) AS latest_day,"
                + " MAX(CASE WHEN t.latest_rank = 1 THEN t.total END) AS latest_total FROM (SELECT s.id,"
                + " s.enrolment_id, s.answered_on, s.total, ROW_NUMBER() OVER (PARTITION BY s.enrolment_id"
                + " ORDER BY s.answered_on, s.sequence, s.id) AS first_rank, ROW_NUMBER() OVER (PARTITION BY"
                + " s.enrolment_id ORDER BY s.answered_on DESC, s.sequence DESC, s.id DESC) AS latest_rank FROM (")
                .append(totals).append(") s) t GROUP BY t.enrolment_id HAVING COUNT(*) >= 2) m"
                        + " JOIN followup_enrolment e ON e.id = m.enrolment_id JOIN client c ON c.id = e.client_id"
                        + " ORDER BY m.enrolment_id");
        Snapshot.read(c, () -> {
            try (PreparedStatement p = sql.prepare(c)) {
                p.setFetchSize(FETCH_SIZE);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ScaleMeasures m = new ScaleMeasures(r.getLong(1), r.getString(2), r.getString(3).trim(),
                                r.getInt(4), r.getString(5), r.getInt(6), Days.toDate(r.getInt(7)),
                                AnswerCountsQuery.plain(r, 8), Days.toDate(r.getInt(9)),
                                AnswerCountsQuery.plain(r, 10));
                        if (!measures.accept(m)) {
                            return;
                        }
                    }
                }
            }
        });
    }
}
