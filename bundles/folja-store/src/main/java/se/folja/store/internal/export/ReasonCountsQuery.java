package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.folja.api.UnitScope;
import se.folja.store.spi.ExportRecordSource.ReasonCount;

/** The summary's cancellations and cancelling clients per reason, and of all reasons. */
public final class ReasonCountsQuery {

    private ReasonCountsQuery() {
    }

    /** As {@link se.folja.store.spi.ExportRecordSource#reasonCounts}, for some units or every unit. */
    public static List<ReasonCount> read(Connection c, UnitScope units, LocalDate from, LocalDate to)
            throws SQLException {
        List<ReasonCount> counts = new ArrayList<>();
        for (Sql sql : List.of(
                Sql.of("SELECT d.reason_code, COUNT(*), COUNT(DISTINCT d.client_id) FROM non_delivery d WHERE ")
                        .append(ExportSql.activeNonDeliveries(from, to, units)).append(" GROUP BY d.reason_code"),
                Sql.of("SELECT NULL, COUNT(*), COUNT(DISTINCT d.client_id) FROM non_delivery d WHERE ")
                        .append(ExportSql.activeNonDeliveries(from, to, units)))) {
            try (PreparedStatement p = sql.prepare(c); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    counts.add(new ReasonCount(r.getString(1), r.getLong(2), r.getLong(3)));
                }
            }
        }
        return counts;
    }
}
