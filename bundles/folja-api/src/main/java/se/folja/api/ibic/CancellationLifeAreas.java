package se.folja.api.ibic;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Kalmar's analysis: for the non-deliveries of a period, the life areas in which the cancelling clients have an
 * assessed need (an assessment in force in the period, a need with qualifier 1–4 or 8). A client with needs in
 * several areas counts in each.
 *
 * @param units the units whose non-deliveries were counted; empty for every unit
 * @param from first day
 * @param to last day
 * @param cancellingClients distinct clients with at least one active non-delivery in the period
 * @param cancellations active non-deliveries in the period
 * @param clientsWithoutAssessment cancelling clients with no assessment in force in the period
 * @param areas by cancelling clients, most first, then IBIC's order
 * @since 1.0.0
 */
public record CancellationLifeAreas(Set<String> units, LocalDate from, LocalDate to, long cancellingClients,
        long cancellations, long clientsWithoutAssessment, List<CancellationLifeArea> areas) {

    public CancellationLifeAreas {
        units = Set.copyOf(units);
        areas = List.copyOf(areas);
    }
}
