package se.folja.api.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ValidationException;

/**
 * Exports for statisticians. Every call is audited; cells counting fewer than k individuals are suppressed with
 * their complements.
 *
 * @since 1.0.0
 */
@ProviderType
public interface Exports {

    /**
     * Kalmar's analysis as an export: per life area (rows) and unit (columns), the cancelling clients with an
     * assessed need in the area and their cancellations in the period, with totals per area and per unit.
     *
     * @param units the units to count; empty for every unit
     * @throws ValidationException naming {@code from} or {@code to}
     */
    SuppressedTable lifeAreas(LocalDate from, LocalDate to, Set<String> units, Actor actor);

    /**
     * The non-deliveries planned in the period, one pseudonymised row each, by planned start; checked now, streamed
     * from the database when written.
     *
     * @param units the units to export; empty for every unit
     * @throws ValidationException naming {@code from} or {@code to}
     * @throws se.folja.api.UnavailableException if no pseudonym key is configured
     * @throws se.folja.api.ForbiddenException if a named unit is not the user's
     */
    PreparedExport<NonDeliveryExportRow> nonDeliveries(LocalDate from, LocalDate to, Set<String> units, Actor actor);

    /**
     * Kalmar's table: clients, women and men, granted sessions, cancellations and their share, reasons and life
     * areas ranked — cancellations by day in the period, grants by the weeks whose Thursday lies in it. Audited.
     *
     * @param units the units to count; empty for every unit
     * @throws ValidationException naming {@code from} or {@code to}
     */
    Summary summary(LocalDate from, LocalDate to, Set<String> units, Actor actor);

    /**
     * Non-deliveries aggregated by any combination of dimensions, with distinct clients, and — when grants know
     * every dimension — granted sessions, the rate to them and whole weeks cancelled. Audited.
     *
     * @param groupBy one to four dimensions, at most one of week and month, none twice
     * @throws ValidationException naming {@code from}, {@code to} or {@code groupBy}
     */
    AggregateTable aggregate(LocalDate from, LocalDate to, Set<String> units, List<Dimension> groupBy, Actor actor);
}
