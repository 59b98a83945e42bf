package se.folja.store.internal.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.UnitScope;
import se.folja.api.export.Dimension;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.DatabaseFailure;
import se.folja.store.spi.ExportRecordSource;

/**
 * The exports' reads in plain JDBC (JPA would keep every entity it reads), one query class each in
 * {@code se.folja.store.internal.export}: this component owns the connection, the database's {@link SqlDialect}
 * (chosen once, at activation), and the threads that read the record export's rows ({@link RowPumps}, stopped at
 * deactivation). A read of no unit returns before it reaches the database.
 */
@Component(service = ExportRecordSource.class)
public final class JdbcExportRecordSource implements ExportRecordSource {

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final RowPumps pumps = new RowPumps();

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JdbcExportRecordSource(@Reference(target = "(osgi.jndi.service.name=folja)") DataSource dataSource,
            @Reference CurrentSchema schema) {
        this.dataSource = dataSource;
        try {
            this.dialect = SqlDialect.of(dataSource);
        } catch (SQLException e) {
            pumps.close();
            throw DatabaseFailure.translated(e);
        }
    }

    /** Ends every running record export (each reader at its next row) and their threads. */
    @Deactivate
    void deactivate() {
        pumps.close();
    }

    @Override
    public void nonDeliveries(UnitScope units, LocalDate from, LocalDate to, ClientConsumer clients,
            RowConsumer rows) throws IOException {
        if (units.reachesNone()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            RecordExportQuery.read(c, dialect, pumps, units, from, to, clients, rows);
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
    }

    @Override
    public List<ReasonCount> reasonCounts(UnitScope units, LocalDate from, LocalDate to) {
        if (units.reachesNone()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection()) {
            return ReasonCountsQuery.read(c, units, from, to);
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
    }

    @Override
    public List<List<GroupCount>> groupingSets(UnitScope units, LocalDate from, LocalDate to,
            List<List<Dimension>> groupings) {
        if (units.reachesNone()) {
            return NonDeliveryGroupingsQuery.none(groupings);
        }
        try (Connection c = dataSource.getConnection()) {
            return NonDeliveryGroupingsQuery.read(c, dialect, units, from, to, groupings);
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
    }

    @Override
    public List<List<GrantCount>> grantSets(UnitScope units, LocalDate from, LocalDate to,
            List<List<Dimension>> groupings) {
        if (units.reachesNone()) {
            return groupings.stream().map(g -> List.<GrantCount>of()).toList();
        }
        try (Connection c = dataSource.getConnection()) {
            return GrantSetsQuery.read(c, dialect, units, from, to, groupings);
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
    }

    @Override
    public List<GrantedClients> grantedClients(UnitScope units, LocalDate from, LocalDate to) {
        if (units.reachesNone()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection()) {
            return GrantedClientsQuery.read(c, units, from, to);
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
    }
}
