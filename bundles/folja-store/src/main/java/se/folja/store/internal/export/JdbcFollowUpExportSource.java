package se.folja.store.internal.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.followup.RespondentRole;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.DatabaseFailure;
import se.folja.store.spi.FollowUpExportSource;

/**
 * The follow-up exports' reads in plain JDBC, one query class each in {@code se.folja.store.internal.export}
 * ({@link AnswerCountsQuery}, {@link DurationsQuery}, {@link FlowQuery}, {@link SharesQuery},
 * {@link ScaleMeasuresQuery}, {@link ResponseRecordsQuery}): counts, medians and the first and latest measurements
 * are worked out by the database, and what must be read row by row comes through a cursor. The same SQL runs on H2
 * and PostgreSQL. A read of no unit returns before it reaches the database.
 */
@Component(service = FollowUpExportSource.class)
public final class JdbcFollowUpExportSource implements FollowUpExportSource {

    private final DataSource dataSource;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JdbcFollowUpExportSource(@Reference(target = "(osgi.jndi.service.name=folja)") DataSource dataSource,
            @Reference CurrentSchema schema) {
        this.dataSource = dataSource;
    }

    /** A read of the database. */
    @FunctionalInterface
    private interface Read<T> {
        T from(Connection c) throws SQLException;
    }

    private <T> T read(Selection selection, T none, Read<T> read) {
        if (selection.units().reachesNone()) {
            return none;
        }
        try (Connection c = dataSource.getConnection()) {
            return read.from(c);
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
    }

    @Override
    public List<ValueCount> valueCounts(Selection selection, LocalDate from, LocalDate to,
            Collection<String> linkIds) {
        return read(selection, List.of(), c -> AnswerCountsQuery.values(c, selection, from, to, linkIds));
    }

    @Override
    public List<NumberStats> numberStats(Selection selection, LocalDate from, LocalDate to,
            Collection<String> linkIds) {
        return read(selection, List.of(), c -> AnswerCountsQuery.numbers(c, selection, from, to, linkIds));
    }

    @Override
    public List<DateStats> dateStats(Selection selection, LocalDate from, LocalDate to, Collection<String> linkIds) {
        return read(selection, List.of(), c -> AnswerCountsQuery.dates(c, selection, from, to, linkIds));
    }

    @Override
    public List<DurationStats> durations(Selection selection, LocalDate asOf) {
        return read(selection, List.of(), c -> DurationsQuery.read(c, selection, asOf));
    }

    @Override
    public List<FlowCount> flow(Selection selection, List<Slice> slices) {
        return read(selection, List.of(), c -> FlowQuery.read(c, selection, slices));
    }

    @Override
    public List<AgeCount> shares(Selection selection, LocalDate from, LocalDate to, LocalDate asOf, String linkId,
            Set<String> positive) {
        return read(selection, List.of(), c -> SharesQuery.read(c, selection, from, to, asOf, linkId, positive));
    }

    @Override
    public void scaleMeasures(Selection selection, LocalDate from, LocalDate to, RespondentRole role,
            List<String> items, MeasuresConsumer measures) throws IOException {
        stream(selection, c -> ScaleMeasuresQuery.read(c, selection, from, to, role, items, measures));
    }

    @Override
    public void responses(Selection selection, LocalDate from, LocalDate to, Collection<String> linkIds,
            ClientConsumer clients, ResponseConsumer responses) throws IOException {
        stream(selection, c -> ResponseRecordsQuery.read(c, selection, from, to, linkIds, clients, responses));
    }

    /** A read whose consumer may fail with an {@link IOException}, which reaches the caller as it is. */
    @FunctionalInterface
    private interface Stream {
        void from(Connection c) throws IOException, SQLException;
    }

    private void stream(Selection selection, Stream stream) throws IOException {
        if (selection.units().reachesNone()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            stream.from(c);
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
    }
}
