package se.folja.api.ibic;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Kalmar's analysis: for the non-deliveries of a period, the life areas in which the cancelling clients have an
 * assessed need (an assessment in force in the period, a need with qualifier 1–4 or 8). A client with needs in
 * several areas counts in each.
 *
 * <p>A reader who belongs to every unit counted reads exact counts ({@code suppressionK} 1). Anyone else reads them
 * suppressed as the life-area export suppresses its total column, with the same k: a suppressed count is null.
 *
 * @param units the units whose non-deliveries were counted; empty for every unit
 * @param from first day
 * @param to last day
 * @param cancellingClients distinct clients with at least one active non-delivery in the period, or null if
 *     suppressed
 * @param cancellations active non-deliveries in the period, or null if suppressed
 * @param clientsWithoutAssessment cancelling clients with no assessment in force in the period, or null if
 *     suppressed
 * @param suppressionK the smallest count shown; 1 when nothing is suppressed
 * @param areas by cancelling clients, most first, then IBIC's order; suppressed areas last, by code
 * @since 1.0.0
 */
public record CancellationLifeAreas(Set<String> units, LocalDate from, LocalDate to, Long cancellingClients,
        Long cancellations, Long clientsWithoutAssessment, int suppressionK, List<CancellationLifeArea> areas) {

    public CancellationLifeAreas {
        units = Set.copyOf(units);
        areas = List.copyOf(areas);
    }

    /**
     * Exact counts.
     *
     * @since 1.1.0
     */
    public CancellationLifeAreas(Set<String> units, LocalDate from, LocalDate to, long cancellingClients,
            long cancellations, long clientsWithoutAssessment, List<CancellationLifeArea> areas) {
        this(units, from, to, Long.valueOf(cancellingClients), Long.valueOf(cancellations),
                Long.valueOf(clientsWithoutAssessment), 1, areas);
    }
}
