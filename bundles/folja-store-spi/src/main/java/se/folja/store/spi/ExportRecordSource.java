package se.folja.store.spi;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.UnitScope;
import se.folja.api.export.Dimension;

/**
 * The rows of the record exports, read with a database cursor so that any number of rows needs the memory of a
 * few. Every read takes its units as a {@link UnitScope}, which says every unit, some or none explicitly.
 *
 * @since 1.0.0
 */
@ProviderType
public interface ExportRecordSource {

    /**
     * A client of the record export, with the life areas of counted needs in the assessments in force in the
     * period; the number stays inside Följa (it becomes a pseudonym).
     */
    record ExportClient(long id, String clientNumber, int birthDay, String legalGender, List<String> lifeAreas) {

        /** Masked: the number never reaches a log line through {@code toString}. */
        @Override
        public String toString() {
            return "ExportClient[" + id + "]";
        }
    }

    /** A non-delivery as read for an export: its client by id (see {@link ExportClient}). */
    record NonDeliveryRow(long clientId, String unit, String interventionType, String reason, String initiator,
            int plannedDay, int isoWeek) {
    }

    /** Receives the clients one by one. */
    @FunctionalInterface
    interface ClientConsumer {
        void accept(ExportClient client);
    }

    /** Receives the rows one by one. */
    @FunctionalInterface
    interface RowConsumer {
        /** @return false to stop reading */
        boolean accept(NonDeliveryRow row) throws IOException;
    }

    /**
     * The active non-deliveries planned in [from, to]: first every client they name, then the rows by planned
     * start, both from one snapshot of the database (so that every row's client has come before it). The rows
     * come through a database cursor: their memory is that of one fetch, the clients' that of the clients.
     *
     * @param units the units read; {@link UnitScope#NONE} reads nothing (no statement reaches the database)
     */
    void nonDeliveries(UnitScope units, LocalDate from, LocalDate to, ClientConsumer clients, RowConsumer rows)
            throws IOException;

    /** Cancellations and distinct clients of a reason, or (reason null) of all. */
    record ReasonCount(String reason, long cancellations, long clients) {
    }

    /**
     * @param units the units read; {@link UnitScope#NONE} reads nothing (no statement reaches the database)
     * @return the active non-deliveries planned in [from, to] per reason, and a line with reason null for all
     */
    List<ReasonCount> reasonCounts(UnitScope units, LocalDate from, LocalDate to);

    /** Non-deliveries and distinct clients of one combination of dimension values. */
    record GroupCount(List<String> keys, long nonDeliveries, long clients) {
    }

    /**
     * The counts of several groupings of the active non-deliveries planned in [from, to] at once — a table's cells,
     * its row and column totals and its grand total. On PostgreSQL the groupings that read the same tables are one
     * {@code GROUP BY GROUPING SETS}: one pass over the rows instead of one per grouping.
     *
     * @param groupings each a list of dimensions; an empty list for the total (which always has its one count)
     * @param units the units read; {@link UnitScope#NONE} reads nothing (no statement reaches the database)
     * @return per grouping, in the order given, its counts; for {@link UnitScope#NONE} none, but the total's one
     *     count of zeros
     */
    List<List<GroupCount>> groupingSets(UnitScope units, LocalDate from, LocalDate to,
            List<List<Dimension>> groupings);

    /** Sessions granted and whole weeks cancelled under one combination of dimension values. */
    record GrantCount(List<String> keys, long grantedSessions, long wholeWeeks) {
    }

    /**
     * Per grouping of dimensions that grants have (week, month, unit, intervention type, gender, age band): the
     * sessions granted in the ISO weeks whose Thursday lies in [from, to] (each by the grants valid on that
     * Thursday; a week belongs to the month of its Thursday, the age is that on the Thursday), and the
     * client-weeks whose active non-deliveries planned in [from, to] reach the sessions of the client's grants of
     * that unit and type valid on the week's Thursday. Counted by the database, grouped as
     * {@link #groupingSets}.
     *
     * @param groupings each a list of those dimensions; an empty list for the total
     * @param units the units read; {@link UnitScope#NONE} reads nothing (no statement reaches the database)
     * @return per grouping, in the order given, its counts (keys with neither sessions nor whole weeks left out)
     */
    List<List<GrantCount>> grantSets(UnitScope units, LocalDate from, LocalDate to,
            List<List<Dimension>> groupings);

    /** The clients of one legal gender with a grant, and the sessions granted them. */
    record GrantedClients(String legalGender, long clients, long sessions) {
    }

    /**
     * @param units the units read; {@link UnitScope#NONE} reads nothing (no statement reaches the database)
     * @return per legal gender, the clients with a grant valid on a Thursday of [from, to] and the sessions of the
     *     weeks of those Thursdays (each by the grants valid on it), as {@link #grantSets} counts them
     */
    List<GrantedClients> grantedClients(UnitScope units, LocalDate from, LocalDate to);
}
