package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.folja.api.UnitScope;
import se.folja.store.spi.ExportRecordSource.GrantedClients;

/** The summary's clients with a grant and their sessions, per legal gender. */
public final class GrantedClientsQuery {

    private GrantedClientsQuery() {
    }

    /** As {@link se.folja.store.spi.ExportRecordSource#grantedClients}, for some units or every unit. */
    public static List<GrantedClients> read(Connection c, UnitScope units, LocalDate from, LocalDate to)
            throws SQLException {
        Sql sql = Sql.of("SELECT c.legal_gender, COUNT(DISTINCT g.client_id), SUM(g.sessions_per_week)"
                + " FROM grant_decision g JOIN client c ON c.id = g.client_id JOIN " + ExportSql.weeks(from, to)
                + " ON w.counted = 1 AND g.valid_from <= w.thursday"
                + " AND (g.valid_to IS NULL OR g.valid_to >= w.thursday)"
                + " WHERE g.status = 'ACTIVE'").append(ExportSql.unitIn("g.unit_code", units))
                .append(" GROUP BY c.legal_gender");
        List<GrantedClients> answer = new ArrayList<>();
        try (PreparedStatement p = sql.prepare(c); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                answer.add(new GrantedClients(r.getString(1), r.getLong(2), r.getLong(3)));
            }
        }
        return answer;
    }
}
