package se.folja.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.store.ExportRecordSource;
import se.folja.store.internal.entity.Days;

/**
 * The record exports' rows in plain JDBC: a read-only transaction with a fetch size, so that PostgreSQL reads
 * through a cursor and any number of rows needs the memory of one fetch. JPA would keep every entity it reads.
 */
@Component(service = ExportRecordSource.class)
public final class JdbcExportRecordSource implements ExportRecordSource {

    static final int FETCH_SIZE = 1000;

    private final DataSource dataSource;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JdbcExportRecordSource(@Reference(target = "(osgi.jndi.service.name=folja)") DataSource dataSource,
            @Reference SchemaMigration schema) {
        this.dataSource = dataSource;
    }

    @Override
    public void nonDeliveries(Set<String> units, LocalDate from, LocalDate to, RowConsumer consumer)
            throws IOException {
        String sql = "SELECT d.client_id, c.pin, c.birth_day, c.legal_gender, d.unit_code, d.intervention_type,"
                + " d.reason_code, d.initiator, d.planned_day, d.iso_week FROM non_delivery d"
                + " JOIN client c ON c.id = d.client_id WHERE d.status = 'ACTIVE' AND d.planned_day BETWEEN ? AND ?"
                + in("d.unit_code", units) + " ORDER BY d.planned_start, d.id";
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement p = bind(c.prepareStatement(sql), from, to, units)) {
                p.setFetchSize(FETCH_SIZE);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        NonDeliveryRow row = new NonDeliveryRow(r.getLong(1), r.getString(2).trim(), r.getInt(3),
                                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                                r.getInt(9), r.getInt(10));
                        if (!consumer.accept(row)) {
                            break;
                        }
                    }
                }
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw DatabaseFailure.of(e);
        }
    }

    @Override
    public Map<Long, List<String>> lifeAreasOfCancellingClients(Set<String> units, LocalDate from, LocalDate to) {
        String sql = "SELECT DISTINCT a.client_id, n.life_area FROM " + JpaAssessmentStore.CURRENT_NEEDS
                + " WHERE " + JpaAssessmentStore.IN_FORCE.replace("?1", "?").replace("?2", "?")
                + " AND " + JpaAssessmentStore.COUNTED
                + " AND a.client_id IN (SELECT d.client_id FROM non_delivery d WHERE d.status = 'ACTIVE'"
                + " AND d.planned_day BETWEEN ? AND ?" + in("d.unit_code", units) + ")";
        Map<Long, List<String>> areas = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            // IN_FORCE binds to, from, from in the order they appear
            int i = 1;
            p.setInt(i++, Days.of(to));
            p.setInt(i++, Days.of(from));
            p.setInt(i++, Days.of(from));
            p.setInt(i++, Days.of(from));
            p.setInt(i++, Days.of(to));
            for (String unit : units.stream().sorted().toList()) {
                p.setString(i++, unit);
            }
            p.setFetchSize(FETCH_SIZE);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    areas.computeIfAbsent(r.getLong(1), k -> new ArrayList<>(4)).add(r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw DatabaseFailure.of(e);
        }
        return areas;
    }

    @Override
    public List<ReasonCount> reasonCounts(Set<String> units, LocalDate from, LocalDate to) {
        String where = " FROM non_delivery d WHERE d.status = 'ACTIVE' AND d.planned_day BETWEEN ? AND ?"
                + in("d.unit_code", units);
        List<ReasonCount> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of("SELECT d.reason_code, COUNT(*), COUNT(DISTINCT d.client_id)" + where
                    + " GROUP BY d.reason_code", "SELECT NULL, COUNT(*), COUNT(DISTINCT d.client_id)" + where)) {
                try (PreparedStatement p = bind(c.prepareStatement(sql), from, to, units);
                        ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        counts.add(new ReasonCount(r.getString(1), r.getLong(2), r.getLong(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw DatabaseFailure.of(e);
        }
        return counts;
    }

    private static String in(String column, Set<String> units) {
        return units.isEmpty() ? "" : " AND " + column + " IN (" + String.join(", ", units.stream().map(u -> "?")
                .toList()) + ")";
    }

    private static PreparedStatement bind(PreparedStatement p, LocalDate from, LocalDate to, Set<String> units)
            throws SQLException {
        p.setInt(1, Days.of(from));
        p.setInt(2, Days.of(to));
        int i = 3;
        for (String unit : units.stream().sorted().toList()) {
            p.setString(i++, unit);
        }
        return p;
    }
}
