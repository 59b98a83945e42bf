package se.folja.store.internal.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.folja.api.UnitScope;
import se.folja.store.spi.ExportRecordSource.ClientConsumer;
import se.folja.store.spi.ExportRecordSource.ExportClient;
import se.folja.store.spi.ExportRecordSource.RowConsumer;

/**
 * The record export's clients and rows, from one snapshot: a read-only {@code REPEATABLE READ} transaction with a
 * fetch size, so that PostgreSQL reads through a cursor and any number of rows needs the memory of one fetch.
 */
public final class RecordExportQuery {

    /** The record export's rows a round trip: larger, as it reads every row of the period (about 2 MB). */
    static final int RECORD_FETCH_SIZE = 10_000;

    private RecordExportQuery() {
    }

    /** As {@link se.folja.store.spi.ExportRecordSource#nonDeliveries}, for some units or every unit. */
    public static void read(Connection c, SqlDialect dialect, RowPumps pumps, UnitScope units, LocalDate from,
            LocalDate to, ClientConsumer clients, RowConsumer rows) throws IOException, SQLException {
        // one snapshot for both statements: no row can name a client that the first did not read
        Snapshot.read(c, () -> {
            try (PreparedStatement p = clients(units, from, to).prepare(c)) {
                p.setFetchSize(RECORD_FETCH_SIZE);
                readClients(p, clients);
            }
            dialect.beforeWholePeriod(c);
            try (PreparedStatement p = rows(units, from, to).prepare(c)) {
                p.setFetchSize(RECORD_FETCH_SIZE);
                pumps.run(p, rows);
            }
        });
    }

    /** @return the clients of the period with their life areas, each client's lines together */
    static Sql clients(UnitScope units, LocalDate from, LocalDate to) {
        return Sql.of("SELECT c.id, c.pin, c.birth_day, c.legal_gender, la.life_area FROM client c LEFT JOIN ")
                .append(ExportSql.lifeAreasInForce(from, to))
                .append(" ON la.client_id = c.id WHERE c.id IN (SELECT d.client_id FROM non_delivery d WHERE ")
                .append(ExportSql.activeNonDeliveries(from, to, units)).append(") ORDER BY c.id");
    }

    /** @return the rows by planned start: they need no join, what they say of their client came with the clients */
    static Sql rows(UnitScope units, LocalDate from, LocalDate to) {
        return Sql.of("SELECT d.client_id, d.unit_code, d.intervention_type, d.reason_code, d.initiator,"
                + " d.planned_day, d.iso_week FROM non_delivery d WHERE ")
                .append(ExportSql.activeNonDeliveries(from, to, units)).append(" ORDER BY d.planned_start, d.id");
    }

    /** One client per id from its lines (one per life area, or one with none). */
    private static void readClients(PreparedStatement p, ClientConsumer clients) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            long id = 0;
            String number = null;
            int birthDay = 0;
            String gender = null;
            List<String> areas = new ArrayList<>(4);
            while (r.next()) {
                long next = r.getLong(1);
                if (number != null && next != id) {
                    clients.accept(new ExportClient(id, number, birthDay, gender, List.copyOf(areas)));
                    areas.clear();
                }
                id = next;
                number = r.getString(2).trim();
                birthDay = r.getInt(3);
                gender = r.getString(4);
                String area = r.getString(5);
                if (area != null) {
                    areas.add(area);
                }
            }
            if (number != null) {
                clients.accept(new ExportClient(id, number, birthDay, gender, List.copyOf(areas)));
            }
        }
    }
}
